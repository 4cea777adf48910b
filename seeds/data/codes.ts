import { CodeKind } from '../../api/src/modules/code-table/code-kind';

/**
 * The five code tables, grouped SAP-style. `categories` name product category codes of
 * seeds/data/catalog.ts; a category stands for itself and all its sub-categories, so a group
 * limited to 'AC' is in the catalog profile of every air-conditioner sub-category.
 * No categories: the group or code applies to every product.
 * Codes are numbered by group (S1xx, S2xx …) and get sortOrder 10, 20 … per table in this order.
 */
export interface CodeData {
  code: string;
  name: string;
  nameEn: string;
  categories?: string[];
  /** After-sales reasons only: offered to customers in self-service, or internal. */
  shownToCustomers?: boolean;
}

export interface CodeGroupData {
  kind: CodeKind;
  code: string;
  name: string;
  nameEn: string;
  categories?: string[];
  codes: CodeData[];
}

type Row = [code: string, name: string, nameEn: string, categories?: string[]];

const rows = (list: Row[]): CodeData[] => list.map(([code, name, nameEn, categories]) => ({ code, name, nameEn, categories }));

const ALL_WITH_WATER = ['AC', 'WM', 'RF', 'WH'];

export const CODE_GROUPS: CodeGroupData[] = [
  // 不良现象 / 报修故障
  {
    kind: CodeKind.FAULT_SYMPTOM, code: 'SYM-POWER', name: '电源/开机', nameEn: 'Power and start-up',
    codes: rows([
      ['S101', '不通电/无法开机', 'No power, will not switch on'],
      ['S102', '开机后自动关机', 'Switches itself off'],
      ['S103', '跳闸/漏电', 'Trips the breaker or leaks current'],
      ['S104', '遥控器失灵', 'Remote control not working'],
      ['S105', '按键失灵', 'Buttons not responding'],
      ['S106', '显示故障代码', 'Shows an error code'],
    ]),
  },
  {
    kind: CodeKind.FAULT_SYMPTOM, code: 'SYM-COOL', name: '制冷/制热', nameEn: 'Cooling and heating', categories: ['AC', 'RF'],
    codes: rows([
      ['S201', '不制冷', 'Does not cool'],
      ['S202', '制冷效果差', 'Cools poorly'],
      ['S203', '不制热', 'Does not heat', ['AC']],
      ['S204', '制热效果差', 'Heats poorly', ['AC']],
      ['S205', '室外机不启动', 'Outdoor unit does not start', ['AC']],
      ['S206', '冷冻室不冷', 'Freezer not cold', ['RF']],
      ['S207', '冷藏室结冰', 'Fridge compartment freezes', ['RF']],
      ['S208', '蒸发器结霜严重', 'Heavy frost on the evaporator'],
    ]),
  },
  {
    kind: CodeKind.FAULT_SYMPTOM, code: 'SYM-NOISE', name: '噪音/振动', nameEn: 'Noise and vibration', categories: ['AC', 'WM', 'RF'],
    codes: rows([
      ['S301', '运行噪音大', 'Loud when running'],
      ['S302', '有异响', 'Abnormal noise'],
      ['S303', '振动大/移位', 'Vibrates strongly or walks'],
    ]),
  },
  {
    kind: CodeKind.FAULT_SYMPTOM, code: 'SYM-WATER', name: '漏水/进排水', nameEn: 'Leaks, water inlet and drain', categories: ALL_WITH_WATER,
    codes: rows([
      ['S401', '室内机漏水', 'Indoor unit leaks water', ['AC']],
      ['S402', '机器底部漏水', 'Leaks water underneath', ['WM', 'RF', 'WH']],
      ['S403', '不进水', 'Does not fill with water', ['WM']],
      ['S404', '不排水', 'Does not drain', ['WM']],
      ['S405', '出水量小', 'Low water flow', ['WH']],
    ]),
  },
  {
    kind: CodeKind.FAULT_SYMPTOM, code: 'SYM-WASH', name: '洗涤/脱水', nameEn: 'Washing and spinning', categories: ['WM'],
    codes: rows([
      ['S501', '不脱水', 'Does not spin'],
      ['S502', '滚筒/波轮不转', 'Drum or pulsator does not turn'],
      ['S503', '门锁打不开', 'Door will not unlock'],
      ['S504', '衣物洗不干净', 'Clothes do not come out clean'],
      ['S505', '烘干不干', 'Does not dry', ['WM-COMBO']],
    ]),
  },
  {
    kind: CodeKind.FAULT_SYMPTOM, code: 'SYM-HEAT', name: '加热/燃烧', nameEn: 'Heating and burning', categories: ['WH'],
    codes: rows([
      ['S601', '不加热', 'Does not heat water'],
      ['S602', '水温忽冷忽热', 'Water temperature fluctuates'],
      ['S603', '点不着火', 'Will not ignite', ['WH-GAS']],
      ['S604', '燃烧有异味', 'Smells of gas or burning', ['WH-GAS']],
    ]),
  },
  {
    kind: CodeKind.FAULT_SYMPTOM, code: 'SYM-DISPLAY', name: '显示/图像', nameEn: 'Display and picture', categories: ['TV'],
    codes: rows([
      ['S701', '黑屏有声音', 'Black screen with sound'],
      ['S702', '有图像无声音', 'Picture without sound'],
      ['S703', '花屏/彩条', 'Distorted picture or colour bars'],
      ['S704', '屏幕有亮线/暗线', 'Lines across the screen'],
      ['S705', '画面闪烁', 'Flickering picture'],
      ['S706', '无信号', 'No signal'],
      ['S707', '网络连接失败', 'Cannot connect to the network'],
      ['S708', '开机卡在启动画面', 'Stuck on the start-up logo'],
    ]),
  },
  {
    kind: CodeKind.FAULT_SYMPTOM, code: 'SYM-LOOK', name: '外观/其他', nameEn: 'Appearance and other',
    codes: rows([
      ['S801', '外观破损', 'Cosmetic damage'],
      ['S802', '门关不严', 'Door does not close tightly', ['RF', 'WM']],
      ['S803', '有异味', 'Bad smell'],
    ]),
  },

  // 不良原因 / 故障原因
  {
    kind: CodeKind.FAULT_CAUSE, code: 'CAU-ELEC', name: '电气/电控', nameEn: 'Electrics and controls',
    codes: rows([
      ['C101', '电脑板故障', 'Control board failure'],
      ['C102', '电源板损坏', 'Power board damaged'],
      ['C103', '传感器失效', 'Sensor failure'],
      ['C104', '线路接触不良', 'Loose wiring'],
      ['C105', '电源电压异常', 'Abnormal supply voltage'],
      ['C106', '软件程序异常', 'Firmware fault'],
      ['C107', '遥控器/显示板故障', 'Remote control or display board fault'],
    ]),
  },
  {
    kind: CodeKind.FAULT_CAUSE, code: 'CAU-REFRIG', name: '制冷系统', nameEn: 'Refrigeration system', categories: ['AC', 'RF', 'WH-HEATPUMP'],
    codes: rows([
      ['C201', '冷媒泄漏', 'Refrigerant leak'],
      ['C202', '压缩机故障', 'Compressor failure'],
      ['C203', '毛细管/膨胀阀堵塞', 'Capillary tube or expansion valve blocked'],
      ['C204', '四通阀故障', 'Four-way valve failure', ['AC', 'WH-HEATPUMP']],
      ['C205', '化霜系统故障', 'Defrost system failure', ['RF']],
      ['C206', '风机电机损坏', 'Fan motor damaged'],
      ['C207', '冷凝器脏堵', 'Condenser clogged with dirt'],
    ]),
  },
  {
    kind: CodeKind.FAULT_CAUSE, code: 'CAU-MECH', name: '机械/结构', nameEn: 'Mechanics and structure', categories: ALL_WITH_WATER,
    codes: rows([
      ['C301', '轴承磨损', 'Worn bearing', ['WM']],
      ['C302', '皮带松脱', 'Loose drive belt', ['WM']],
      ['C303', '减震器失效', 'Failed shock absorber', ['WM']],
      ['C304', '排水泵堵塞', 'Blocked drain pump', ['WM']],
      ['C305', '进水阀故障', 'Inlet valve failure', ['WM']],
      ['C306', '门锁开关损坏', 'Door lock switch damaged', ['WM']],
      ['C307', '排水管堵塞/倾斜', 'Condensate pipe blocked or badly sloped', ['AC']],
      ['C308', '门封条老化', 'Worn door gasket', ['RF', 'WM']],
    ]),
  },
  {
    kind: CodeKind.FAULT_CAUSE, code: 'CAU-HEAT', name: '燃气/加热', nameEn: 'Gas and heating', categories: ['WH'],
    codes: rows([
      ['C401', '点火针故障', 'Igniter failure', ['WH-GAS']],
      ['C402', '燃气比例阀故障', 'Gas proportional valve failure', ['WH-GAS']],
      ['C403', '水流传感器故障', 'Water flow sensor failure'],
      ['C404', '加热管损坏', 'Heating element damaged', ['WH-ELEC']],
      ['C405', '水垢堆积', 'Scale build-up'],
    ]),
  },
  {
    kind: CodeKind.FAULT_CAUSE, code: 'CAU-DISPLAY', name: '显示/信号', nameEn: 'Display and signal', categories: ['TV'],
    codes: rows([
      ['C501', '背光灯条损坏', 'Backlight strip failure'],
      ['C502', '屏幕面板损坏', 'Screen panel damaged'],
      ['C503', '逻辑板故障', 'T-CON board failure'],
      ['C504', '主板故障', 'Main board failure'],
      ['C505', '信号源/线材问题', 'Signal source or cable problem'],
    ]),
  },
  {
    kind: CodeKind.FAULT_CAUSE, code: 'CAU-USE', name: '使用/安装/外因', nameEn: 'Use, installation and external causes',
    codes: rows([
      ['C601', '使用不当', 'Misuse'],
      ['C602', '安装不规范', 'Improper installation'],
      ['C603', '运输/搬运损坏', 'Damaged in transport or moving'],
      ['C604', '鼠虫害', 'Rodents or insects'],
      ['C605', '无故障/用户误判', 'No fault found'],
      ['C606', '自然老化', 'Normal wear and ageing'],
    ]),
  },

  // 故障部位
  {
    kind: CodeKind.FAULT_LOCATION, code: 'LOC-UNIT', name: '整机/电气', nameEn: 'Whole unit and electrics',
    codes: rows([
      ['L101', '主控板', 'Main control board'],
      ['L102', '电源部分', 'Power supply'],
      ['L103', '显示/按键板', 'Display and key panel'],
      ['L104', '遥控器', 'Remote control'],
      ['L105', '电源线/插头', 'Power cord and plug'],
      ['L106', '外壳/面板', 'Cabinet and panels'],
    ]),
  },
  {
    kind: CodeKind.FAULT_LOCATION, code: 'LOC-AC', name: '空调部件', nameEn: 'Air-conditioner parts', categories: ['AC'],
    codes: rows([
      ['L201', '室内机', 'Indoor unit'],
      ['L202', '室外机', 'Outdoor unit'],
      ['L203', '压缩机', 'Compressor'],
      ['L204', '冷媒管路', 'Refrigerant piping'],
      ['L205', '排水管', 'Condensate drain'],
    ]),
  },
  {
    kind: CodeKind.FAULT_LOCATION, code: 'LOC-RF', name: '冰箱部件', nameEn: 'Refrigerator parts', categories: ['RF'],
    codes: rows([
      ['L301', '冷藏室', 'Fridge compartment'],
      ['L302', '冷冻室', 'Freezer compartment'],
      ['L303', '门体/门封', 'Door and gasket'],
      ['L304', '制冷系统', 'Sealed refrigeration system'],
    ]),
  },
  {
    kind: CodeKind.FAULT_LOCATION, code: 'LOC-WM', name: '洗衣机部件', nameEn: 'Washing-machine parts', categories: ['WM'],
    codes: rows([
      ['L401', '内筒/外筒', 'Drum and tub'],
      ['L402', '电机/传动', 'Motor and drive'],
      ['L403', '进排水系统', 'Water inlet and drain'],
      ['L404', '门锁', 'Door lock'],
      ['L405', '烘干系统', 'Dryer system', ['WM-COMBO']],
    ]),
  },
  {
    kind: CodeKind.FAULT_LOCATION, code: 'LOC-WH', name: '热水器部件', nameEn: 'Water-heater parts', categories: ['WH'],
    codes: rows([
      ['L501', '燃烧系统', 'Burner system', ['WH-GAS']],
      ['L502', '内胆', 'Tank', ['WH-ELEC', 'WH-HEATPUMP']],
      ['L503', '水路', 'Water circuit'],
    ]),
  },
  {
    kind: CodeKind.FAULT_LOCATION, code: 'LOC-TV', name: '电视部件', nameEn: 'Television parts', categories: ['TV'],
    codes: rows([
      ['L601', '屏幕', 'Screen'],
      ['L602', '背光', 'Backlight'],
      ['L603', '主板', 'Main board'],
      ['L604', '接口', 'Connectors'],
      ['L605', '光机', 'Light engine', ['TV-LASER']],
    ]),
  },

  // 维修方法 / 处理方式
  {
    kind: CodeKind.REPAIR_METHOD, code: 'MTH-REPLACE', name: '更换部件', nameEn: 'Replace a part',
    codes: rows([
      ['M101', '更换电脑板', 'Replace the control board'],
      ['M102', '更换电源板', 'Replace the power board'],
      ['M103', '更换传感器', 'Replace a sensor'],
      ['M104', '更换电机', 'Replace a motor', ['AC', 'WM', 'RF', 'WH']],
      ['M105', '更换压缩机', 'Replace the compressor', ['AC', 'RF', 'WH-HEATPUMP']],
      ['M106', '更换门封/门锁', 'Replace the door gasket or lock', ['RF', 'WM']],
      ['M107', '更换屏幕', 'Replace the screen', ['TV']],
      ['M108', '更换背光灯条', 'Replace the backlight strips', ['TV']],
      ['M109', '更换遥控器', 'Replace the remote control'],
    ]),
  },
  {
    kind: CodeKind.REPAIR_METHOD, code: 'MTH-REPAIR', name: '维修/调整', nameEn: 'Repair and adjust',
    codes: rows([
      ['M201', '补焊/紧固接线', 'Resolder or tighten the wiring'],
      ['M202', '检漏补漏并加注冷媒', 'Find and seal the leak, recharge refrigerant', ['AC', 'RF', 'WH-HEATPUMP']],
      ['M203', '疏通管路', 'Clear blocked pipes', ['AC', 'WM', 'WH']],
      ['M204', '调整安装/重新固定', 'Adjust or refit the installation'],
      ['M205', '升级软件', 'Update the firmware'],
      ['M206', '清洗保养', 'Clean and service'],
      ['M207', '除垢', 'Descale', ['WH', 'WM']],
      ['M208', '调平/更换减震', 'Level the machine or replace the dampers', ['WM']],
    ]),
  },
  {
    kind: CodeKind.REPAIR_METHOD, code: 'MTH-OTHER', name: '其他处理', nameEn: 'Other handling',
    codes: rows([
      ['M301', '指导用户使用', 'Advise the customer on use'],
      ['M302', '返厂维修', 'Send back to the manufacturer'],
      ['M303', '换机处理', 'Exchange the unit'],
      ['M304', '退机处理', 'Take back and refund'],
      ['M305', '无需维修', 'No repair needed'],
    ]),
  },

  // 售后原因 (returns and exchanges); internal reasons are hidden from customers
  {
    kind: CodeKind.AFTER_SALES_REASON, code: 'RSN-QUALITY', name: '质量问题', nameEn: 'Quality problems',
    codes: rows([
      ['R101', '商品质量问题', 'Quality defect'],
      ['R102', '三包期内多次维修仍未修好', 'Still failing after repeated warranty repairs'],
      ['R103', '开箱损坏', 'Damaged out of the box'],
      ['R104', '性能与描述不符', 'Not as described'],
    ]),
  },
  {
    kind: CodeKind.AFTER_SALES_REASON, code: 'RSN-DELIVERY', name: '物流配送', nameEn: 'Delivery',
    codes: rows([
      ['R201', '配送破损', 'Damaged in delivery'],
      ['R202', '少件/漏发配件', 'Missing parts or accessories'],
      ['R203', '发错型号', 'Wrong model delivered'],
    ]),
  },
  {
    kind: CodeKind.AFTER_SALES_REASON, code: 'RSN-CUSTOMER', name: '客户原因', nameEn: 'Customer reasons',
    codes: rows([
      ['R301', '七天无理由退货', 'Seven-day no-reason return'],
      ['R302', '尺寸/安装条件不合适', 'Does not fit the space or installation conditions'],
      ['R303', '重复下单/拍错', 'Ordered twice or by mistake'],
    ]),
  },
  {
    kind: CodeKind.AFTER_SALES_REASON, code: 'RSN-INTERNAL', name: '内部原因', nameEn: 'Internal reasons',
    codes: rows([
      ['R401', '质量鉴定判定换货', 'Exchange decided by quality appraisal'],
      ['R402', '门店库存调换', 'Store stock swap'],
      ['R403', '厂家召回', 'Manufacturer recall'],
    ]).map((c) => ({ ...c, shownToCustomers: false })),
  },
];
