import ShoppingCartIcon from '@mui/icons-material/ShoppingCart';
import type { PurchaseOrder } from '../../../schema/generated/graphql';
import { PurchaseOrderCreate } from './PurchaseOrderCreate';
import { PurchaseOrderList } from './PurchaseOrderList';
import { PurchaseOrderShow } from './PurchaseOrderShow';

export default {
  list: PurchaseOrderList,
  show: PurchaseOrderShow,
  create: PurchaseOrderCreate,
  icon: ShoppingCartIcon,
  recordRepresentation: (d: PurchaseOrder) => d.number,
};
