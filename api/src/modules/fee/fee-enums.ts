import { labelledEnum } from '../../graphql/enums';
import './fee.labels';


export enum FeeKind {
  LABOUR = 'labour',
  VISIT = 'visit',
}
labelledEnum(FeeKind, 'FeeKind');

export enum ServiceKind {
  ON_SITE_REPAIR = 'on_site_repair',
  IN_SHOP_REPAIR = 'in_shop_repair',
  INSTALLATION = 'installation',
  MAINTENANCE = 'maintenance',
}
labelledEnum(ServiceKind, 'ServiceKind', { description: '服务方式 Service kind, as the fee table prices it' });

/** Distance from the station to the customer's region, in bands whose limits are configuration. */
export enum DistanceBand {
  NEAR = 'near',
  MIDDLE = 'middle',
  FAR = 'far',
}
labelledEnum(DistanceBand, 'DistanceBand', { notes: { NEAR: 'within the near limit (default 5 km)', MIDDLE: 'within the middle limit (default 50 km)', FAR: 'beyond' } });
