import { RECORD_FIELDS, defineLabels } from '../../common/labels/catalogue';

/** Names of this area's records, fields and values in both languages: API messages, exports and the panel read them. */
export const STATION_LABELS = defineLabels({
  types: {
    ServiceStation: {
      name: { zh: '维修站', en: 'service station' },
      plural: { zh: '维修站', en: 'service stations' },
      fields: {
        ...RECORD_FIELDS,
        code: { zh: '网点代码', en: 'Code' },
        kind: { zh: '网点类型', en: 'Kind' },
        parentId: { zh: '上级网点', en: 'Network parent' },
        regionId: { zh: '区域', en: 'Region' },
        address: { zh: '地址', en: 'Address' },
        contact: { zh: '联系人', en: 'Contact' },
        phone: { zh: '电话', en: 'Phone' },
        serviceRadiusKm: { zh: '服务半径（公里）', en: 'Service radius (km)' },
        dailyCapacity: { zh: '每日接单能力', en: 'Daily capacity' },
        latitude: { zh: '纬度', en: 'Latitude' },
        longitude: { zh: '经度', en: 'Longitude' },
        technicians: { zh: '维修员', en: 'Technicians' },
        warehouses: { zh: '仓库', en: 'Warehouses' },
      },
    },
    Technician: {
      name: { zh: '维修员', en: 'technician' },
      plural: { zh: '维修员', en: 'technicians' },
      fields: {
        ...RECORD_FIELDS,
        code: { zh: '工号', en: 'Code' },
        name: { zh: '姓名', en: 'Name' },
        stationId: { zh: '维修站', en: 'Station' },
        mobile: { zh: '手机', en: 'Mobile' },
        skillGrade: { zh: '技能等级', en: 'Skill grade' },
        dailyOrderLimit: { zh: '每日单量上限', en: 'Daily order limit' },
        baseWage: { zh: '底薪（元/月）', en: 'Base wage (yuan / month)' },
        wageCap: { zh: '工资上限（元/月）', en: 'Wage cap (yuan / month)' },
        commissionCoefficient: { zh: '提成系数', en: 'Commission coefficient' },
        status: { zh: '当前状态', en: 'Status' },
        regionIds: { zh: '负责区域', en: 'Regions covered' },
        regionId: { zh: '区域', en: 'Region' },
      },
    },
    Warehouse: {
      name: { zh: '仓库', en: 'warehouse' },
      plural: { zh: '仓库', en: 'warehouses' },
      fields: {
        ...RECORD_FIELDS,
        code: { zh: '仓库代码', en: 'Code' },
        stationId: { zh: '维修站', en: 'Station' },
        central: { zh: '中心仓', en: 'Central warehouse' },
        kind: { zh: '仓库类型', en: 'Kind' },
        address: { zh: '地址', en: 'Address' },
      },
    },
  },
  enums: {
    WarehouseKind: {
      PARTS: { zh: '配件仓', en: 'Parts' },
      OLD_PARTS: { zh: '旧件仓', en: 'Old parts' },
    },
    StationKind: {
      OWN_CENTER: { zh: '自营服务中心', en: 'Own service centre' },
      AUTHORISED: { zh: '授权维修站', en: 'Authorised repair station' },
      GENERAL_AGENT: { zh: '总代理', en: 'General agent' },
      RETAIL_STORE: { zh: '专卖店', en: 'Retail store' },
    },
    TechnicianStatus: {
      IDLE: { zh: '空闲', en: 'Idle' },
      ON_THE_WAY: { zh: '在途', en: 'On the way' },
      ON_SITE: { zh: '在现场', en: 'On site' },
      OFF_DUTY: { zh: '休息', en: 'Off duty' },
    },
  },
});
