import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import type { User } from '../../../schema/generated/graphql';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import { UserList } from './UserList';
import { UserShow } from './UserShow';

export default {
  list: UserList,
  show: UserShow,
  edit: UserEdit,
  create: UserCreate,
  icon: ManageAccountsIcon,
  recordRepresentation: (user: User) => `${user.displayName} (${user.username})`,
};
