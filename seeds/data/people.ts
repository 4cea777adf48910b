/** Word lists for people, companies and addresses (faker's zh_CN surnames and streets are too exotic). */

/** The most common surnames, most frequent first (the generator favours the front of the list). */
export const SURNAMES = [
  '王', '李', '张', '刘', '陈', '杨', '黄', '赵', '吴', '周', '徐', '孙', '马', '朱', '胡', '郭', '何', '林', '高', '罗',
  '郑', '梁', '谢', '宋', '唐', '许', '韩', '冯', '邓', '曹', '彭', '曾', '肖', '田', '董', '袁', '潘', '蒋', '蔡', '余',
  '杜', '叶', '程', '苏', '魏', '吕', '丁', '任', '沈', '姚', '卢', '姜', '崔', '钟', '谭', '陆', '汪', '范', '金', '石',
  '廖', '贾', '夏', '韦', '方', '白', '邹', '孟', '熊', '秦', '邱', '江', '尹', '薛', '段', '雷', '侯', '龙', '史', '黎',
];

/** Mobile number prefixes of the three carriers. */
export const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '135', '136', '137', '138', '139', '150', '151', '152', '153', '155', '156', '157', '158',
  '159', '166', '177', '180', '181', '182', '183', '185', '186', '187', '188', '189', '191', '198', '199',
];

export const COMMUNITIES = [
  '锦绣花园', '阳光家园', '翠湖苑', '金地名苑', '碧桂园', '万科城', '保利花园', '华润城', '绿地世纪城', '恒大名都',
  '丽景湾', '御景华庭', '中海锦苑', '龙湖春江郦城', '招商雍景湾', '时代倾城', '雅居乐花园', '世纪新城', '幸福里', '和平小区',
  '东方明珠苑', '滨江花园', '紫荆苑', '金色家园', '书香门第', '香樟苑', '融创壹号院', '新天地公寓', '长安小区', '文化新村',
];

export const EMAIL_DOMAINS = ['qq.com', '163.com', '126.com', 'sina.com', 'foxmail.com'];

/** Trade names for dealers, stores and companies. */
export const TRADE_NAMES = [
  '鑫盛', '恒通', '华美', '永兴', '百佳', '万家', '宏达', '嘉和', '顺发', '乐购', '东升', '金源', '利民', '汇丰', '新世纪',
  '国泰', '福满', '安居', '同德', '兴隆',
];

export const DEALER_SUFFIXES = ['家电有限公司', '电器商贸有限公司', '家电批发部', '电器销售有限公司'];
export const STORE_SUFFIXES = ['电器商行', '家电卖场', '家电城', '电器专营店'];
export const ENTERPRISE_KINDS = ['大酒店', '物业服务有限公司', '实验学校', '科技有限公司', '人民医院', '商务酒店', '餐饮管理有限公司', '写字楼管理处'];

export const CUSTOMER_NOTES = [
  '上门前请先电话联系',
  '小区需要登记，提前告知保安',
  '工作日白天家中无人，周末方便',
  '老人在家，说话请耐心',
  '家中有宠物狗',
  '只接受下午上门',
  '曾投诉过等待时间长，优先安排',
  '需开具增值税专用发票',
];

/** Where units were bought besides the network's retail stores. */
export const ONLINE_SELLERS = ['京东自营', '天猫官方旗舰店', '苏宁易购', '拼多多官方旗舰店', '国美电器'];

/** Extended warranties (延保) are the units whose warranty end was set by hand. */
export const EXTENDED_WARRANTY_NOTE = '购买延保一年，保修截止日已顺延';
