import FactCheckIcon from '@mui/icons-material/FactCheck';
import type { Stocktake } from '../../../schema/generated/graphql';
import { StocktakeCreate } from './StocktakeCreate';
import { StocktakeList } from './StocktakeList';
import { StocktakeShow } from './StocktakeShow';

export default {
  list: StocktakeList,
  show: StocktakeShow,
  create: StocktakeCreate,
  icon: FactCheckIcon,
  recordRepresentation: (d: Stocktake) => d.number,
};
