import { useFormatMoney } from '../serviceOrders/useFormatMoney';

/** Yuan as the reader writes it (hidden costs, for partners, come as null: shown as a dash). */
export const Money = ({ value }: { value: unknown }) => <>{useFormatMoney()(value == null ? null : Number(value))}</>;
