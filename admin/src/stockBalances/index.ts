import InventoryIcon from '@mui/icons-material/Inventory';
import { StockBalanceList } from './StockBalanceList';

export default { list: StockBalanceList, icon: InventoryIcon };
