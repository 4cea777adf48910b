import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import type { StockTransfer } from '../../../schema/generated/graphql';
import { StockTransferCreate } from './StockTransferCreate';
import { StockTransferList } from './StockTransferList';
import { StockTransferShow } from './StockTransferShow';

export default {
  list: StockTransferList,
  show: StockTransferShow,
  create: StockTransferCreate,
  icon: LocalShippingIcon,
  recordRepresentation: (d: StockTransfer) => d.number,
};
