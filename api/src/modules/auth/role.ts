import { registerEnumType } from 'type-graphql';

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

registerEnumType(Role, {
  name: 'Role',
  description: '角色 Role',
  valuesConfig: {
    ADMIN: { description: '系统管理员 administrator' },
    DISPATCHER: { description: '调度员/客服 dispatcher, call-centre agent' },
    TECHNICIAN: { description: '维修站人员/维修员 station staff, technician (sees only their station)' },
    PARTS_KEEPER: { description: '配件管理员 parts keeper' },
    OPERATIONS_REVIEWER: { description: '运营审核 operations reviewer' },
    FINANCE_REVIEWER: { description: '财务审核 finance reviewer' },
    MANAGER: { description: '售后经理 manager' },
    ANALYST: { description: '分析员 analyst' },
  },
});
