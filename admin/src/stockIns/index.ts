import MoveToInboxIcon from '@mui/icons-material/MoveToInbox';
import type { StockIn } from '../../../schema/generated/graphql';
import { StockInCreate } from './StockInCreate';
import { StockInList } from './StockInList';
import { StockInShow } from './StockInShow';

// No edit page: a document changes by its steps (a wrong one is cancelled and entered again).
export default {
  list: StockInList,
  show: StockInShow,
  create: StockInCreate,
  icon: MoveToInboxIcon,
  recordRepresentation: (d: StockIn) => d.number,
};
