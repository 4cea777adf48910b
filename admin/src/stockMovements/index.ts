import ReceiptLongIcon from '@mui/icons-material/ReceiptLong';
import { StockMovementList } from './StockMovementList';

export default { list: StockMovementList, icon: ReceiptLongIcon };
