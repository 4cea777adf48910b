import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import type { Borrowing } from '../../../schema/generated/graphql';
import { BorrowingCreate } from './BorrowingCreate';
import { BorrowingList } from './BorrowingList';
import { BorrowingShow } from './BorrowingShow';

export default {
  list: BorrowingList,
  show: BorrowingShow,
  create: BorrowingCreate,
  icon: SwapHorizIcon,
  recordRepresentation: (d: Borrowing) => d.number,
};
