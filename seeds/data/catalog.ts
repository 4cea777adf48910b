/**
 * Appliance makers, their brands, the category tree and the product models.
 * Warranty months follow what Chinese makers publish for the whole unit (整机包修):
 * air conditioners 6 years, refrigerators, washing machines and gas water heaters 3 years,
 * electric water heaters 5 years, televisions 1 year (3 for premium lines).
 */
export interface ManufacturerData {
  code: string;
  /** How people call it: 格力, 美的 … */
  short: string;
  name: string;
  nameEn: string;
  contact: string;
  phone: string;
  address: string;
  /** Prefix of the serial numbers its factories print. */
  serialPrefix: string;
}

export const MANUFACTURERS: ManufacturerData[] = [
  { code: 'GREE', short: '格力', name: '珠海格力电器股份有限公司', nameEn: 'Gree Electric Appliances', contact: '售后服务部 黄经理', phone: '400-836-5315', address: '广东省珠海市香洲区前山金鸡西路789号', serialPrefix: 'G' },
  { code: 'MIDEA', short: '美的', name: '美的集团股份有限公司', nameEn: 'Midea Group', contact: '用户服务中心 陈经理', phone: '400-889-9315', address: '广东省佛山市顺德区北滘镇美的大道6号', serialPrefix: 'M' },
  { code: 'HAIER', short: '海尔', name: '海尔智家股份有限公司', nameEn: 'Haier Smart Home', contact: '服务管理部 王经理', phone: '400-699-9999', address: '山东省青岛市崂山区海尔路1号', serialPrefix: 'H' },
  { code: 'HISENSE', short: '海信', name: '海信集团控股股份有限公司', nameEn: 'Hisense Group', contact: '客户服务部 刘经理', phone: '400-611-1111', address: '山东省青岛市市南区东海西路17号', serialPrefix: 'X' },
  { code: 'TCL', short: 'TCL', name: 'TCL实业控股股份有限公司', nameEn: 'TCL Industries', contact: '服务运营部 周经理', phone: '400-812-3456', address: '广东省惠州市仲恺高新区惠风三路17号', serialPrefix: 'T' },
  { code: 'VANWARD', short: '万和', name: '广东万和新电气股份有限公司', nameEn: 'Vanward New Electric', contact: '售后管理部 梁经理', phone: '400-883-3666', address: '广东省佛山市顺德区高新区建设中路13号', serialPrefix: 'W' },
  { code: 'CHANGHONG', short: '长虹', name: '四川长虹电器股份有限公司', nameEn: 'Sichuan Changhong Electric', contact: '服务中心 杨经理', phone: '400-811-1666', address: '四川省绵阳市高新区绵兴东路35号', serialPrefix: 'C' },
];

export interface BrandData {
  code: string;
  name: string;
  nameEn: string;
  manufacturer: string;
  /** Premium lines cost more labour (a brand-specific fee rule). */
  premium?: boolean;
}

export const BRANDS: BrandData[] = [
  { code: 'GREE', name: '格力', nameEn: 'GREE', manufacturer: 'GREE' },
  { code: 'KINGHOME', name: '晶弘', nameEn: 'KINGHOME', manufacturer: 'GREE' },
  { code: 'TOSOT', name: '大松', nameEn: 'TOSOT', manufacturer: 'GREE' },
  { code: 'MIDEA', name: '美的', nameEn: 'Midea', manufacturer: 'MIDEA' },
  { code: 'LITTLESWAN', name: '小天鹅', nameEn: 'LittleSwan', manufacturer: 'MIDEA' },
  { code: 'COLMO', name: 'COLMO', nameEn: 'COLMO', manufacturer: 'MIDEA', premium: true },
  { code: 'HAIER', name: '海尔', nameEn: 'Haier', manufacturer: 'HAIER' },
  { code: 'CASARTE', name: '卡萨帝', nameEn: 'Casarte', manufacturer: 'HAIER', premium: true },
  { code: 'LEADER', name: '统帅', nameEn: 'Leader', manufacturer: 'HAIER' },
  { code: 'HISENSE', name: '海信', nameEn: 'Hisense', manufacturer: 'HISENSE' },
  { code: 'RONSHEN', name: '容声', nameEn: 'Ronshen', manufacturer: 'HISENSE' },
  { code: 'KELON', name: '科龙', nameEn: 'Kelon', manufacturer: 'HISENSE' },
  { code: 'TCL', name: 'TCL', nameEn: 'TCL', manufacturer: 'TCL' },
  { code: 'FFALCON', name: '雷鸟', nameEn: 'FFALCON', manufacturer: 'TCL' },
  { code: 'VANWARD', name: '万和', nameEn: 'Vanward', manufacturer: 'VANWARD' },
  { code: 'CHANGHONG', name: '长虹', nameEn: 'Changhong', manufacturer: 'CHANGHONG' },
  { code: 'MEILING', name: '美菱', nameEn: 'MeiLing', manufacturer: 'CHANGHONG' },
];

export interface CategoryData {
  code: string;
  name: string;
  nameEn: string;
  /** Installed by a technician after delivery (installation date, installation fees). */
  installed?: boolean;
  children?: CategoryData[];
}

export const CATEGORIES: CategoryData[] = [
  {
    code: 'AC', name: '空调', nameEn: 'Air conditioners', installed: true,
    children: [
      { code: 'AC-WALL', name: '挂壁式空调', nameEn: 'Wall-mounted air conditioners', installed: true },
      { code: 'AC-FLOOR', name: '柜式空调', nameEn: 'Floor-standing air conditioners', installed: true },
      { code: 'AC-CENTRAL', name: '家用中央空调', nameEn: 'Residential central air conditioning', installed: true },
    ],
  },
  {
    code: 'WM', name: '洗衣机', nameEn: 'Washing machines',
    children: [
      { code: 'WM-DRUM', name: '滚筒洗衣机', nameEn: 'Front-loading washers' },
      { code: 'WM-TOP', name: '波轮洗衣机', nameEn: 'Top-loading washers' },
      { code: 'WM-COMBO', name: '洗烘一体机', nameEn: 'Washer-dryers' },
    ],
  },
  {
    code: 'RF', name: '冰箱', nameEn: 'Refrigerators',
    children: [
      { code: 'RF-SBS', name: '对开门冰箱', nameEn: 'Side-by-side refrigerators' },
      { code: 'RF-MULTI', name: '多门冰箱', nameEn: 'French-door and multi-door refrigerators' },
      { code: 'RF-DOUBLE', name: '双门冰箱', nameEn: 'Two-door refrigerators' },
      { code: 'RF-FREEZER', name: '冷柜', nameEn: 'Chest freezers' },
    ],
  },
  {
    code: 'WH', name: '热水器', nameEn: 'Water heaters', installed: true,
    children: [
      { code: 'WH-GAS', name: '燃气热水器', nameEn: 'Gas water heaters', installed: true },
      { code: 'WH-ELEC', name: '电热水器', nameEn: 'Electric water heaters', installed: true },
      { code: 'WH-HEATPUMP', name: '空气能热水器', nameEn: 'Heat-pump water heaters', installed: true },
    ],
  },
  {
    code: 'TV', name: '电视', nameEn: 'Televisions',
    children: [
      { code: 'TV-LCD', name: '液晶电视', nameEn: 'LCD televisions' },
      { code: 'TV-MINILED', name: 'Mini LED电视', nameEn: 'Mini LED televisions' },
      { code: 'TV-LASER', name: '激光电视', nameEn: 'Laser televisions', installed: true },
    ],
  },
];

export interface ProductData {
  modelNumber: string;
  name: string;
  brand: string;
  category: string;
  warrantyMonths: number;
  listPrice: number;
}

/** [modelNumber, name, brand, leaf category, warranty months, list price] */
type Row = [string, string, string, string, number, number];

const ROWS: Row[] = [
  // 挂壁式空调
  ['KFR-26GW/NhGd1B', '格力 云佳 大1匹 新一级能效 变频冷暖 挂机', 'GREE', 'AC-WALL', 72, 2699],
  ['KFR-35GW/NhGd1B', '格力 云佳 1.5匹 新一级能效 变频冷暖 挂机', 'GREE', 'AC-WALL', 72, 2999],
  ['KFR-35GW/NhPd1BAj', '格力 天仪 1.5匹 新一级能效 变频冷暖 挂机', 'GREE', 'AC-WALL', 72, 3899],
  ['KFR-35GW/N8MJA1', '美的 酷省电 1.5匹 新一级能效 变频冷暖 挂机', 'MIDEA', 'AC-WALL', 72, 2599],
  ['KFR-26GW/N8XHA1', '美的 风尊 大1匹 新一级能效 变频冷暖 挂机', 'MIDEA', 'AC-WALL', 72, 2899],
  ['KFR-35GW/B5LAA81U1', '海尔 静悦 1.5匹 新一级能效 变频冷暖 挂机', 'HAIER', 'AC-WALL', 72, 2799],
  ['CAS358GCA(81)U1', '卡萨帝 云鼎 1.5匹 新一级能效 变频冷暖 挂机', 'CASARTE', 'AC-WALL', 72, 6999],
  ['KFR-35GW/S510-X1', '科龙 舒适家 1.5匹 新一级能效 变频冷暖 挂机', 'KELON', 'AC-WALL', 72, 2399],
  ['KFR-35GW/E500A1', '海信 速冷热 1.5匹 新一级能效 变频冷暖 挂机', 'HISENSE', 'AC-WALL', 72, 2499],
  ['KFR-35GW/RV1Ea+B1', 'TCL 真省电 1.5匹 新一级能效 变频冷暖 挂机', 'TCL', 'AC-WALL', 72, 2299],
  // 柜式空调
  ['KFR-72LW/NhIa1BAj', '格力 云锦 3匹 新一级能效 变频冷暖 立柜式', 'GREE', 'AC-FLOOR', 72, 7999],
  ['KFR-51LW/NhGc1B', '格力 云佳 2匹 新一级能效 变频冷暖 立柜式', 'GREE', 'AC-FLOOR', 72, 5699],
  ['KFR-72LW/N8MJA1', '美的 锐云 3匹 新一级能效 变频冷暖 立柜式', 'MIDEA', 'AC-FLOOR', 72, 6999],
  ['KFR-72LW/81@U1-Ke', '海尔 雷神者 3匹 新一级能效 变频冷暖 立柜式', 'HAIER', 'AC-FLOOR', 72, 7299],
  ['KFR-72LW/A8X720N-A1', '海信 自然风 3匹 新一级能效 变频冷暖 立柜式', 'HISENSE', 'AC-FLOOR', 72, 6499],
  // 家用中央空调
  ['GMV-H140WL/H', '格力 GMV Star 5匹 一拖四 多联机', 'GREE', 'AC-CENTRAL', 72, 23999],
  ['MDS-H120W(1)N1', '美的 理想家 5匹 一拖四 多联机', 'MIDEA', 'AC-CENTRAL', 72, 21999],
  ['RFC125MXSAVA(G)', '海尔 智尊 4.5匹 一拖三 多联机', 'HAIER', 'AC-CENTRAL', 72, 19999],
  // 滚筒洗衣机
  ['TG100VT096WDG-Y1T', '小天鹅 水魔方 10公斤 变频滚筒洗衣机', 'LITTLESWAN', 'WM-DRUM', 36, 3299],
  ['MG100V33WY', '美的 简尚 10公斤 变频滚筒洗衣机', 'MIDEA', 'WM-DRUM', 36, 1799],
  ['EG100MATE28S', '海尔 纤美 10公斤 直驱滚筒洗衣机', 'HAIER', 'WM-DRUM', 36, 2599],
  ['C1 10W3U1', '卡萨帝 纤诺 10公斤 双擎直驱滚筒洗衣机', 'CASARTE', 'WM-DRUM', 36, 9999],
  ['HG100DES12F', '海信 璀璨 10公斤 变频滚筒洗衣机', 'HISENSE', 'WM-DRUM', 36, 1999],
  ['G100V3-D', 'TCL 超薄 10公斤 变频滚筒洗衣机', 'TCL', 'WM-DRUM', 36, 1499],
  // 波轮洗衣机
  ['TB100V23H', '小天鹅 健康除螨 10公斤 变频波轮洗衣机', 'LITTLESWAN', 'WM-TOP', 36, 1399],
  ['MB80ECO', '美的 随心洗 8公斤 全自动波轮洗衣机', 'MIDEA', 'WM-TOP', 36, 899],
  ['EB100B20Mate1', '海尔 大神童 10公斤 全自动波轮洗衣机', 'HAIER', 'WM-TOP', 36, 1199],
  ['@G100L100-B', '统帅 10公斤 全自动波轮洗衣机', 'LEADER', 'WM-TOP', 36, 799],
  // 洗烘一体机
  ['TD100VT096WDG', '小天鹅 本色 10公斤 变频洗烘一体机', 'LITTLESWAN', 'WM-COMBO', 36, 3999],
  ['EG100HMATE71S', '海尔 精华洗 10公斤 直驱洗烘一体机', 'HAIER', 'WM-COMBO', 36, 3699],
  ['CLDG12WD1', 'COLMO 星图 12公斤 洗烘一体机', 'COLMO', 'WM-COMBO', 36, 12999],
  // 对开门冰箱
  ['BCD-600WKPZM(E)', '海尔 600升 对开门 一级能效 风冷无霜冰箱', 'HAIER', 'RF-SBS', 36, 3999],
  ['BCD-606WKPZM(E)', '美的 606升 对开门 一级能效 风冷无霜冰箱', 'MIDEA', 'RF-SBS', 36, 3599],
  ['BCD-529WD18HP', '容声 529升 对开门 一级能效 风冷无霜冰箱', 'RONSHEN', 'RF-SBS', 36, 3299],
  ['BCD-655WKSD', 'TCL 655升 对开门 一级能效 风冷无霜冰箱', 'TCL', 'RF-SBS', 36, 2999],
  // 多门冰箱
  ['BCD-508WGHTDD9D9U1', '海尔 508升 十字对开门 一级能效 干湿分储冰箱', 'HAIER', 'RF-MULTI', 36, 5699],
  ['BCD-635WGCTDM4GYU1', '卡萨帝 635升 十字对开门 一级能效 原石系列冰箱', 'CASARTE', 'RF-MULTI', 36, 16999],
  ['BCD-521WSPZM(E)', '美的 521升 法式多门 一级能效 风冷无霜冰箱', 'MIDEA', 'RF-MULTI', 36, 4299],
  ['BCD-509WD18FP', '容声 509升 十字对开门 一级能效 冰箱', 'RONSHEN', 'RF-MULTI', 36, 4499],
  ['BCD-468WPQD', '晶弘 468升 法式四门 一级能效 冰箱', 'KINGHOME', 'RF-MULTI', 36, 3699],
  ['BCD-410WQ3S', '美菱 410升 法式多门 一级能效 冰箱', 'MEILING', 'RF-MULTI', 36, 2899],
  // 双门冰箱
  ['BCD-190WDPT', '海尔 190升 双门 风冷无霜冰箱', 'HAIER', 'RF-DOUBLE', 36, 1399],
  ['BCD-172CM(E)', '美的 172升 双门 节能冰箱', 'MIDEA', 'RF-DOUBLE', 36, 999],
  ['BCD-186D11D', '容声 186升 双门 一级能效 冰箱', 'RONSHEN', 'RF-DOUBLE', 36, 1199],
  // 冷柜
  ['BC/BD-200GHDT', '海尔 200升 家用冷柜 冷藏冷冻转换', 'HAIER', 'RF-FREEZER', 36, 1299],
  ['BD/BC-203KMD(E)', '美的 203升 家用冷柜 一级能效', 'MIDEA', 'RF-FREEZER', 36, 1199],
  // 燃气热水器
  ['JSQ30-16ET5', '万和 16升 零冷水 恒温燃气热水器', 'VANWARD', 'WH-GAS', 36, 2699],
  ['JSQ25-13ST6', '万和 13升 强排式 恒温燃气热水器', 'VANWARD', 'WH-GAS', 36, 1599],
  ['JSQ30-16MK5', '美的 16升 零冷水 燃气热水器', 'MIDEA', 'WH-GAS', 36, 2499],
  ['JSQ30-16WN7S', '海尔 16升 水伺服恒温 燃气热水器', 'HAIER', 'WH-GAS', 36, 2299],
  ['JSQ22-12RB', '格力 12升 恒温燃气热水器', 'GREE', 'WH-GAS', 36, 1399],
  // 电热水器
  ['DSZF-60JE5', '万和 60升 一级能效 速热电热水器', 'VANWARD', 'WH-ELEC', 60, 1299],
  ['F6032-JE3(HE)', '美的 60升 一级能效 变频速热电热水器', 'MIDEA', 'WH-ELEC', 60, 1499],
  ['EC6002-MC3U1', '海尔 60升 一级能效 净水洗电热水器', 'HAIER', 'WH-ELEC', 60, 1699],
  ['DSZF-60B3', '统帅 60升 储水式电热水器', 'LEADER', 'WH-ELEC', 60, 799],
  // 空气能热水器
  ['KF66/200N-E3', '格力 水之沁 200升 空气能热水器', 'GREE', 'WH-HEATPUMP', 72, 8999],
  ['RSJF-V32/RDN8-X1-200', '美的 悦享 200升 空气能热水器', 'MIDEA', 'WH-HEATPUMP', 72, 7999],
  // 液晶电视
  ['65E3N', '海信 65英寸 4K 超高清 液晶电视', 'HISENSE', 'TV-LCD', 12, 2999],
  ['55A59K', '海信 55英寸 4K 远场语音 液晶电视', 'HISENSE', 'TV-LCD', 12, 1899],
  ['65V8E', 'TCL 65英寸 4K 120Hz 液晶电视', 'TCL', 'TV-LCD', 12, 2699],
  ['55S375C', 'TCL 55英寸 4K 液晶电视', 'TCL', 'TV-LCD', 12, 1599],
  ['55S555C', '雷鸟 鹏6 55英寸 4K 游戏电视', 'FFALCON', 'TV-LCD', 12, 1799],
  ['65D5K', '长虹 65英寸 4K 远场语音 液晶电视', 'CHANGHONG', 'TV-LCD', 12, 2399],
  ['LU65X5', '海尔 65英寸 4K 液晶电视', 'HAIER', 'TV-LCD', 12, 2499],
  // Mini LED 电视
  ['75E7N PRO', '海信 75英寸 ULED Mini LED 电视', 'HISENSE', 'TV-MINILED', 36, 7999],
  ['75Q10K', 'TCL 75英寸 QD-Mini LED 电视', 'TCL', 'TV-MINILED', 36, 8999],
  ['65Q9K', 'TCL 65英寸 QD-Mini LED 电视', 'TCL', 'TV-MINILED', 36, 5999],
  ['75D8K', '长虹 75英寸 Mini LED 电视', 'CHANGHONG', 'TV-MINILED', 36, 5499],
  // 激光电视
  ['100L9H', '海信 100英寸 三色激光电视', 'HISENSE', 'TV-LASER', 36, 29999],
  ['88L5K', '海信 88英寸 激光电视', 'HISENSE', 'TV-LASER', 36, 12999],
  ['100X9', 'TCL 100英寸 激光电视', 'TCL', 'TV-LASER', 36, 19999],
];

export const PRODUCTS: ProductData[] = ROWS.map(([modelNumber, name, brand, category, warrantyMonths, listPrice]) => ({
  modelNumber,
  name,
  brand,
  category,
  warrantyMonths,
  listPrice,
}));
