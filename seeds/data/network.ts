import { StationKind } from '../../api/src/modules/station/service-station.entity';

/**
 * The service network. Every station sends defective goods to its province's general agent
 * (`parent`); general agents deal with the manufacturers themselves. Stations sit near their
 * district's centre, so customers of the same district are in the near band.
 */
export interface StationData {
  code: string;
  name: string;
  kind: StationKind;
  /** District code from seeds/data/regions.ts */
  district: string;
  parent?: string;
  /** How many technicians work there. */
  technicians: number;
}

const OWN = StationKind.OWN_CENTER;
const AUTH = StationKind.AUTHORISED;
const AGENT = StationKind.GENERAL_AGENT;
const STORE = StationKind.RETAIL_STORE;

export const STATIONS: StationData[] = [
  // 总代理: one per province
  { code: 'GA-GD', name: '华南区总代理（广州白云）', kind: AGENT, district: '440111', technicians: 1 },
  { code: 'GA-BJ', name: '华北区总代理（北京丰台）', kind: AGENT, district: '110106', technicians: 1 },
  { code: 'GA-SH', name: '上海总代理（闵行）', kind: AGENT, district: '310112', technicians: 1 },
  { code: 'GA-SD', name: '山东总代理（济南历下）', kind: AGENT, district: '370102', technicians: 1 },
  { code: 'GA-ZJ', name: '浙江总代理（杭州萧山）', kind: AGENT, district: '330109', technicians: 1 },
  { code: 'GA-JS', name: '江苏总代理（南京鼓楼）', kind: AGENT, district: '320106', technicians: 1 },
  { code: 'GA-SC', name: '西南区总代理（成都成华）', kind: AGENT, district: '510108', technicians: 1 },
  { code: 'GA-HB', name: '华中区总代理（武汉江岸）', kind: AGENT, district: '420102', technicians: 1 },

  // 自营服务中心
  { code: 'SC-GZ01', name: '广州天河服务中心', kind: OWN, district: '440106', parent: 'GA-GD', technicians: 4 },
  { code: 'SC-SZ01', name: '深圳南山服务中心', kind: OWN, district: '440305', parent: 'GA-GD', technicians: 3 },
  { code: 'SC-BJ01', name: '北京朝阳服务中心', kind: OWN, district: '110105', parent: 'GA-BJ', technicians: 4 },
  { code: 'SC-SH01', name: '上海徐汇服务中心', kind: OWN, district: '310104', parent: 'GA-SH', technicians: 3 },
  { code: 'SC-HZ01', name: '杭州西湖服务中心', kind: OWN, district: '330106', parent: 'GA-ZJ', technicians: 3 },
  { code: 'SC-CD01', name: '成都武侯服务中心', kind: OWN, district: '510107', parent: 'GA-SC', technicians: 3 },
  { code: 'SC-QD01', name: '青岛崂山服务中心', kind: OWN, district: '370212', parent: 'GA-SD', technicians: 3 },

  // 授权维修站
  { code: 'AS-GZ02', name: '广州番禺家电维修站', kind: AUTH, district: '440113', parent: 'GA-GD', technicians: 2 },
  { code: 'AS-FS01', name: '佛山顺德家电维修站', kind: AUTH, district: '440606', parent: 'GA-GD', technicians: 2 },
  { code: 'AS-ZH01', name: '珠海香洲家电维修站', kind: AUTH, district: '440402', parent: 'GA-GD', technicians: 1 },
  { code: 'AS-SZ02', name: '深圳宝安家电维修站', kind: AUTH, district: '440306', parent: 'GA-GD', technicians: 2 },
  { code: 'AS-BJ02', name: '北京海淀家电维修站', kind: AUTH, district: '110108', parent: 'GA-BJ', technicians: 2 },
  { code: 'AS-SH02', name: '上海浦东家电维修站', kind: AUTH, district: '310115', parent: 'GA-SH', technicians: 2 },
  { code: 'AS-QD02', name: '青岛市北家电维修站', kind: AUTH, district: '370203', parent: 'GA-SD', technicians: 1 },
  { code: 'AS-JN01', name: '济南市中家电维修站', kind: AUTH, district: '370103', parent: 'GA-SD', technicians: 1 },
  { code: 'AS-NJ01', name: '南京江宁家电维修站', kind: AUTH, district: '320115', parent: 'GA-JS', technicians: 2 },
  { code: 'AS-SU01', name: '苏州姑苏家电维修站', kind: AUTH, district: '320508', parent: 'GA-JS', technicians: 2 },
  { code: 'AS-NB01', name: '宁波鄞州家电维修站', kind: AUTH, district: '330212', parent: 'GA-ZJ', technicians: 1 },
  { code: 'AS-WH01', name: '武汉洪山家电维修站', kind: AUTH, district: '420111', parent: 'GA-HB', technicians: 2 },

  // 专卖店: send defective goods to their general agent, repair nothing themselves
  { code: 'RS-GZ01', name: '格力专卖店（广州越秀）', kind: STORE, district: '440104', parent: 'GA-GD', technicians: 0 },
  { code: 'RS-FS01', name: '美的专卖店（佛山禅城）', kind: STORE, district: '440604', parent: 'GA-GD', technicians: 0 },
  { code: 'RS-SZ01', name: '海尔专卖店（深圳福田）', kind: STORE, district: '440304', parent: 'GA-GD', technicians: 0 },
  { code: 'RS-QD01', name: '海信专卖店（青岛市南）', kind: STORE, district: '370202', parent: 'GA-SD', technicians: 0 },
  { code: 'RS-BJ01', name: '卡萨帝专卖店（北京西城）', kind: STORE, district: '110102', parent: 'GA-BJ', technicians: 0 },
  { code: 'RS-SH01', name: 'TCL专卖店（上海黄浦）', kind: STORE, district: '310101', parent: 'GA-SH', technicians: 0 },
  { code: 'RS-HZ01', name: '小天鹅专卖店（杭州上城）', kind: STORE, district: '330102', parent: 'GA-ZJ', technicians: 0 },
  { code: 'RS-NJ01', name: '万和专卖店（南京玄武）', kind: STORE, district: '320102', parent: 'GA-JS', technicians: 0 },
  { code: 'RS-CD01', name: '长虹专卖店（成都锦江）', kind: STORE, district: '510104', parent: 'GA-SC', technicians: 0 },
];

/** What each kind of station can take on. */
export const STATION_PROFILE: Record<StationKind, { serviceRadiusKm: number; dailyCapacity: number }> = {
  [OWN]: { serviceRadiusKm: 30, dailyCapacity: 40 },
  [AUTH]: { serviceRadiusKm: 25, dailyCapacity: 20 },
  [AGENT]: { serviceRadiusKm: 60, dailyCapacity: 30 },
  [STORE]: { serviceRadiusKm: 10, dailyCapacity: 8 },
};

/** The central warehouse is kept by this station. */
export const CENTRAL_WAREHOUSE_STATION = 'SC-GZ01';
