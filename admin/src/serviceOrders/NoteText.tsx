import { OrderNumberLink } from './OrderNumberLink';

const ORDER_NUMBER = /(SO-\d{4}-\d{6})/;

/** A timeline note; order numbers in it (重修 of …, 整改单 …) open those orders, for those signed in. */
export const NoteText = ({ note, linkOrders }: { note: string; linkOrders: boolean }) => (
  <>
    {linkOrders
      ? note.split(ORDER_NUMBER).map((part, i) => (i % 2 === 1 ? <OrderNumberLink key={i} number={part} /> : part))
      : note}
  </>
);
