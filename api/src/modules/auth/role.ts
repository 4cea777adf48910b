import { labelledEnum } from '../../graphql/enums';
import './auth.labels';


/** The people of DOMAIN.md "Who uses it". */
export enum Role {
  ADMIN = 'admin',
  DISPATCHER = 'dispatcher',
  TECHNICIAN = 'technician',
  PARTS_KEEPER = 'parts_keeper',
  OPERATIONS_REVIEWER = 'operations_reviewer',
  FINANCE_REVIEWER = 'finance_reviewer',
  MANAGER = 'manager',
  ANALYST = 'analyst',
}

labelledEnum(Role, 'Role', { description: '角色 Role', notes: { TECHNICIAN: 'sees only their station' } });
