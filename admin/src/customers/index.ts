import PeopleIcon from '@mui/icons-material/People';
import type { Customer } from '../../../schema/generated/graphql';
import { CustomerCreate } from './CustomerCreate';
import { CustomerEdit } from './CustomerEdit';
import { CustomerList } from './CustomerList';
import { CustomerShow } from './CustomerShow';

export default {
  list: CustomerList,
  show: CustomerShow,
  edit: CustomerEdit,
  create: CustomerCreate,
  icon: PeopleIcon,
  recordRepresentation: (customer: Customer) => (customer.mobile ? `${customer.name} ${customer.mobile}` : customer.name),
};
