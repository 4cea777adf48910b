/**
 * Spare parts. Each maker gets its own version of every part of a category it sells
 * (a Gree control board fits Gree air conditioners only); `leaves` narrows a part to some
 * sub-categories. Generic parts (refrigerant, pipes) fit every product of their category.
 * Prices are cost ranges in yuan; the sale price is cost plus a 35–60 % margin.
 */
export interface PartTemplate {
  /** Two-digit suffix of the part code. */
  no: string;
  name: string;
  spec: string;
  unit?: string;
  cost: [number, number];
  reorderPoint: number;
  leaves?: string[];
}

export const MAKER_PARTS: Record<string, PartTemplate[]> = {
  AC: [
    { no: '01', name: '空调主控板', spec: '变频控制器 室内机', cost: [180, 320], reorderPoint: 5 },
    { no: '02', name: '变频模块板', spec: '室外机驱动板', cost: [260, 480], reorderPoint: 4 },
    { no: '03', name: '变频压缩机', spec: 'R32 转子式', cost: [900, 1800], reorderPoint: 2 },
    { no: '04', name: '室内风机电机', spec: '直流无刷 DC310V', cost: [120, 220], reorderPoint: 4 },
    { no: '05', name: '室外风机电机', spec: '直流无刷 DC310V', cost: [150, 260], reorderPoint: 3 },
    { no: '06', name: '四通阀', spec: '制冷制热换向阀', cost: [80, 150], reorderPoint: 4 },
    { no: '07', name: '管温传感器', spec: 'NTC 20kΩ', cost: [8, 18], reorderPoint: 20 },
    { no: '08', name: '空调遥控器', spec: '原装红外遥控器', cost: [25, 45], reorderPoint: 15 },
  ],
  WM: [
    { no: '01', name: '洗衣机电脑板', spec: '程序控制板', cost: [150, 280], reorderPoint: 4 },
    { no: '02', name: '直驱变频电机', spec: 'DD 直驱', cost: [380, 650], reorderPoint: 2, leaves: ['WM-DRUM', 'WM-COMBO'] },
    { no: '03', name: '排水泵', spec: '30W 交流排水泵', cost: [45, 90], reorderPoint: 8 },
    { no: '04', name: '进水电磁阀', spec: '双路进水阀 AC220V', cost: [30, 60], reorderPoint: 8 },
    { no: '05', name: '门锁开关', spec: '延时门锁', cost: [35, 70], reorderPoint: 6, leaves: ['WM-DRUM', 'WM-COMBO'] },
    { no: '06', name: '滚筒轴承套件', spec: '6205/6206 轴承 + 油封', unit: '套', cost: [60, 120], reorderPoint: 5, leaves: ['WM-DRUM', 'WM-COMBO'] },
    { no: '07', name: '门封圈', spec: '食品级橡胶', cost: [70, 140], reorderPoint: 4, leaves: ['WM-DRUM', 'WM-COMBO'] },
    { no: '08', name: '减速离合器', spec: '波轮洗衣机离合器总成', cost: [160, 260], reorderPoint: 3, leaves: ['WM-TOP'] },
  ],
  RF: [
    { no: '01', name: '冰箱主控板', spec: '电源控制板', cost: [140, 260], reorderPoint: 4 },
    { no: '02', name: '冰箱压缩机', spec: 'R600a 变频压缩机', cost: [480, 900], reorderPoint: 2 },
    { no: '03', name: '冷冻风扇电机', spec: 'DC12V', cost: [40, 80], reorderPoint: 6 },
    { no: '04', name: '化霜加热丝', spec: '铝管加热器 220V', cost: [30, 60], reorderPoint: 6 },
    { no: '05', name: '冷藏室门封条', spec: '磁性门封', unit: '条', cost: [45, 90], reorderPoint: 6 },
    { no: '06', name: '温度传感器', spec: 'NTC 5kΩ', cost: [8, 15], reorderPoint: 20 },
  ],
  WH: [
    { no: '01', name: '热水器主控板', spec: '恒温控制器', cost: [120, 220], reorderPoint: 4 },
    { no: '02', name: '脉冲点火器', spec: '3V 脉冲点火', cost: [35, 70], reorderPoint: 6, leaves: ['WH-GAS'] },
    { no: '03', name: '燃气比例阀', spec: '天然气 12T', cost: [90, 180], reorderPoint: 4, leaves: ['WH-GAS'] },
    { no: '04', name: '水流量传感器', spec: '霍尔式', cost: [25, 50], reorderPoint: 8, leaves: ['WH-GAS'] },
    { no: '05', name: '电加热管', spec: '2000W/3000W 双管', cost: [60, 120], reorderPoint: 5, leaves: ['WH-ELEC'] },
    { no: '06', name: '镁棒', spec: '防腐阳极棒', unit: '根', cost: [15, 30], reorderPoint: 20, leaves: ['WH-ELEC', 'WH-HEATPUMP'] },
    { no: '07', name: '空气能压缩机', spec: 'R32 热泵压缩机', cost: [1200, 2200], reorderPoint: 1, leaves: ['WH-HEATPUMP'] },
  ],
  TV: [
    { no: '01', name: '电视主板', spec: '4K 主板', cost: [220, 420], reorderPoint: 3 },
    { no: '02', name: '电源板', spec: '一体化电源', cost: [120, 240], reorderPoint: 4 },
    { no: '03', name: '背光灯条', spec: 'LED 灯条', unit: '套', cost: [90, 200], reorderPoint: 5, leaves: ['TV-LCD', 'TV-MINILED'] },
    { no: '04', name: '逻辑板', spec: 'T-CON 板', cost: [80, 160], reorderPoint: 3, leaves: ['TV-LCD', 'TV-MINILED'] },
    { no: '05', name: '电视遥控器', spec: '蓝牙语音遥控器', cost: [30, 60], reorderPoint: 15 },
    { no: '06', name: '激光光机', spec: '三色激光光机模组', cost: [3800, 6500], reorderPoint: 1, leaves: ['TV-LASER'] },
  ],
};

export interface GenericPart {
  code: string;
  name: string;
  spec: string;
  unit: string;
  cost: number;
  salePrice: number;
  reorderPoint: number;
  /** The category code (a top-level one includes its sub-categories) it fits. */
  category: string;
}

export const GENERIC_PARTS: GenericPart[] = [
  { code: 'GEN-R32', name: 'R32 冷媒', spec: '10kg/瓶 分装', unit: '千克', cost: 45, salePrice: 80, reorderPoint: 20, category: 'AC' },
  { code: 'GEN-CU6', name: '空调铜管', spec: 'φ6.35mm 保温连接管', unit: '米', cost: 28, salePrice: 50, reorderPoint: 50, category: 'AC' },
  { code: 'GEN-CU9', name: '空调铜管', spec: 'φ9.52mm 保温连接管', unit: '米', cost: 38, salePrice: 65, reorderPoint: 50, category: 'AC' },
  { code: 'GEN-DRAIN', name: '冷凝排水管', spec: 'φ16mm PVC', unit: '米', cost: 2, salePrice: 5, reorderPoint: 100, category: 'AC' },
  { code: 'GEN-CAP', name: '压缩机启动电容', spec: '35μF 450V', unit: '个', cost: 12, salePrice: 30, reorderPoint: 20, category: 'AC' },
  { code: 'GEN-INHOSE', name: '洗衣机进水管', spec: '1.5 米 不锈钢编织', unit: '根', cost: 15, salePrice: 35, reorderPoint: 20, category: 'WM' },
  { code: 'GEN-OUTHOSE', name: '洗衣机排水管', spec: '加长 2 米', unit: '根', cost: 8, salePrice: 20, reorderPoint: 20, category: 'WM' },
  { code: 'GEN-FLUE', name: '燃气热水器烟管', spec: 'φ60mm 铝合金 1 米', unit: '根', cost: 35, salePrice: 70, reorderPoint: 10, category: 'WH-GAS' },
  { code: 'GEN-GASHOSE', name: '燃气软管', spec: '不锈钢波纹管 1.5 米', unit: '根', cost: 20, salePrice: 45, reorderPoint: 15, category: 'WH-GAS' },
  { code: 'GEN-WALLMOUNT', name: '电视挂架', spec: '55–85 英寸 通用', unit: '套', cost: 40, salePrice: 99, reorderPoint: 10, category: 'TV' },
];
