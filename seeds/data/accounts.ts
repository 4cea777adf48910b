import { Role } from '../../api/src/modules/auth/role';

export interface DemoLogin {
  username: string;
  password: string;
  role: Role;
  displayName: string;
  /** Station code (seeds/data/network.ts) for station staff. */
  station?: string;
  /** The login is its station's first technician (User.technician): it reads its own commission. */
  technician?: boolean;
}

/** One login per role; every password is the username followed by 12345. */
export const DEMO_LOGINS: DemoLogin[] = [
  { username: 'admin', password: 'admin12345', role: Role.ADMIN, displayName: '系统管理员' },
  { username: 'dispatch', password: 'dispatch12345', role: Role.DISPATCHER, displayName: '调度员 李娜' },
  { username: 'tech', password: 'tech12345', role: Role.TECHNICIAN, displayName: '天河服务中心 维修员', station: 'SC-GZ01', technician: true },
  { username: 'parts', password: 'parts12345', role: Role.PARTS_KEEPER, displayName: '配件管理员 王芳' },
  { username: 'ops', password: 'ops12345', role: Role.OPERATIONS_REVIEWER, displayName: '运营审核 刘洋' },
  { username: 'finance', password: 'finance12345', role: Role.FINANCE_REVIEWER, displayName: '财务审核 陈静' },
  { username: 'manager', password: 'manager12345', role: Role.MANAGER, displayName: '售后经理 赵强' },
  { username: 'analyst', password: 'analyst12345', role: Role.ANALYST, displayName: '数据分析 孙丽' },
];

/**
 * The demo partner: a manufacturer's system reading its products and units and taking orders.
 * Its key is fixed (not random) so the README and the console can show it; like the demo
 * passwords it is public, so a production database should be started with SEED_DEMO=false.
 */
export const DEMO_PARTNER = {
  name: '格力电器售后系统（演示）',
  manufacturer: 'GREE',
  scopes: ['product:read', 'productUnit:read', 'productUnit:create', 'codeTable:read', 'serviceOrder:read', 'serviceOrder:create'],
  /** In the format of generateApiKey(): ask_<10 hex prefix>_<43 base64url characters of secret>. */
  prefix: 'de30a9e1f0',
  secret: 'RGVtby1wYXJ0bmVyLWtleS1mb3ItZ3JlZS1kZW1vLTA',
};

export const DEMO_PARTNER_KEY = `ask_${DEMO_PARTNER.prefix}_${DEMO_PARTNER.secret}`;
