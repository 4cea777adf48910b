import OutboxIcon from '@mui/icons-material/Outbox';
import type { StockOut } from '../../../schema/generated/graphql';
import { StockOutCreate } from './StockOutCreate';
import { StockOutList } from './StockOutList';
import { StockOutShow } from './StockOutShow';

export default {
  list: StockOutList,
  show: StockOutShow,
  create: StockOutCreate,
  icon: OutboxIcon,
  recordRepresentation: (d: StockOut) => d.number,
};
