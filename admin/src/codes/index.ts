import ListAltIcon from '@mui/icons-material/ListAlt';
import type { Code } from '../../../schema/generated/graphql';
import { CodeCreate } from './CodeCreate';
import { CodeEdit } from './CodeEdit';
import { CodeList } from './CodeList';
import { CodeShow } from './CodeShow';

export default {
  list: CodeList,
  show: CodeShow,
  edit: CodeEdit,
  create: CodeCreate,
  icon: ListAltIcon,
  recordRepresentation: (code: Code) => `${code.code} ${code.name}`,
};
