import FolderIcon from '@mui/icons-material/Folder';
import type { CodeGroup } from '../../../schema/generated/graphql';
import { CodeGroupCreate } from './CodeGroupCreate';
import { CodeGroupEdit } from './CodeGroupEdit';
import { CodeGroupList } from './CodeGroupList';
import { CodeGroupShow } from './CodeGroupShow';

export default {
  list: CodeGroupList,
  show: CodeGroupShow,
  edit: CodeGroupEdit,
  create: CodeGroupCreate,
  icon: FolderIcon,
  recordRepresentation: (group: CodeGroup) => `${group.code} ${group.name}`,
};
