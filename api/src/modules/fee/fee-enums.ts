import { registerEnumType } from 'type-graphql';

export enum FeeKind {
  LABOUR = 'labour',
  VISIT = 'visit',
}
registerEnumType(FeeKind, {
  name: 'FeeKind',
  valuesConfig: { LABOUR: { description: '工时费 labour' }, VISIT: { description: '上门费 visit' } },
});

export enum ServiceKind {
  ON_SITE_REPAIR = 'on_site_repair',
  IN_SHOP_REPAIR = 'in_shop_repair',
  INSTALLATION = 'installation',
  MAINTENANCE = 'maintenance',
}
registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description: '服务方式 Service kind, as the fee table prices it',
  valuesConfig: {
    ON_SITE_REPAIR: { description: '上门维修 on-site repair' },
    IN_SHOP_REPAIR: { description: '送修/店内维修 in-shop repair' },
    INSTALLATION: { description: '安装 installation' },
    MAINTENANCE: { description: '保养 maintenance' },
  },
});

/** Distance from the station to the customer's region, in bands whose limits are configuration. */
export enum DistanceBand {
  NEAR = 'near',
  MIDDLE = 'middle',
  FAR = 'far',
}
registerEnumType(DistanceBand, {
  name: 'DistanceBand',
  valuesConfig: {
    NEAR: { description: '近 within the near limit (default 5 km)' },
    MIDDLE: { description: '中 within the middle limit (default 50 km)' },
    FAR: { description: '远 beyond' },
  },
});
