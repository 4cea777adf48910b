/**
 * Provinces > cities > districts with their GB/T 2260 division codes and approximate centre
 * coordinates (WGS-84), so distances between stations and customers fall into the real bands:
 * the same district is near (≤ 5 km), another district of the city middle (≤ 50 km), another city far.
 * `areaCode` is the city's telephone prefix, used for landline numbers.
 */
export interface DistrictData {
  code: string;
  name: string;
  nameEn: string;
  lat: number;
  lng: number;
  /** Real roads of the district, for addresses. */
  roads: string[];
}

export interface CityData {
  code: string;
  name: string;
  nameEn: string;
  lat: number;
  lng: number;
  areaCode: string;
  districts: DistrictData[];
}

export interface ProvinceData {
  code: string;
  name: string;
  nameEn: string;
  lat: number;
  lng: number;
  cities: CityData[];
}

export const PROVINCES: ProvinceData[] = [
  {
    code: '440000', name: '广东省', nameEn: 'Guangdong', lat: 23.1317, lng: 113.2663,
    cities: [
      {
        code: '440100', name: '广州市', nameEn: 'Guangzhou', lat: 23.1291, lng: 113.2644, areaCode: '020',
        districts: [
          { code: '440104', name: '越秀区', nameEn: 'Yuexiu', lat: 23.129, lng: 113.2668, roads: ['中山五路', '北京路', '东风中路', '解放北路'] },
          { code: '440105', name: '海珠区', nameEn: 'Haizhu', lat: 23.0838, lng: 113.3172, roads: ['江南大道中', '新港中路', '工业大道北', '昌岗中路'] },
          { code: '440106', name: '天河区', nameEn: 'Tianhe', lat: 23.1247, lng: 113.3612, roads: ['天河路', '体育西路', '天河北路', '黄埔大道西', '中山大道西'] },
          { code: '440111', name: '白云区', nameEn: 'Baiyun', lat: 23.158, lng: 113.273, roads: ['机场路', '广园中路', '白云大道北', '同和路'] },
          { code: '440113', name: '番禺区', nameEn: 'Panyu', lat: 22.9376, lng: 113.3846, roads: ['市桥大北路', '迎宾路', '南大路', '番禺大道北'] },
        ],
      },
      {
        code: '440300', name: '深圳市', nameEn: 'Shenzhen', lat: 22.5431, lng: 114.0579, areaCode: '0755',
        districts: [
          { code: '440304', name: '福田区', nameEn: 'Futian', lat: 22.5211, lng: 114.055, roads: ['深南大道', '福华路', '彩田路', '益田路'] },
          { code: '440305', name: '南山区', nameEn: 'Nanshan', lat: 22.5333, lng: 113.9305, roads: ['科技园路', '南海大道', '后海大道', '学府路'] },
          { code: '440306', name: '宝安区', nameEn: "Bao'an", lat: 22.555, lng: 113.883, roads: ['宝安大道', '新安六路', '创业一路', '建安一路'] },
          { code: '440307', name: '龙岗区', nameEn: 'Longgang', lat: 22.7206, lng: 114.2469, roads: ['龙岗大道', '龙翔大道', '爱联路', '黄阁路'] },
        ],
      },
      {
        code: '440400', name: '珠海市', nameEn: 'Zhuhai', lat: 22.271, lng: 113.5767, areaCode: '0756',
        districts: [
          { code: '440402', name: '香洲区', nameEn: 'Xiangzhou', lat: 22.2656, lng: 113.5434, roads: ['凤凰路', '迎宾南路', '情侣路', '人民西路'] },
          { code: '440404', name: '金湾区', nameEn: 'Jinwan', lat: 22.147, lng: 113.363, roads: ['金湖大道', '机场东路', '珠海大道'] },
        ],
      },
      {
        code: '440600', name: '佛山市', nameEn: 'Foshan', lat: 23.0218, lng: 113.1219, areaCode: '0757',
        districts: [
          { code: '440604', name: '禅城区', nameEn: 'Chancheng', lat: 23.0093, lng: 113.1223, roads: ['季华五路', '汾江中路', '岭南大道北', '祖庙路'] },
          { code: '440606', name: '顺德区', nameEn: 'Shunde', lat: 22.805, lng: 113.2935, roads: ['美的大道', '德胜东路', '大良南国路', '容桂大道'] },
        ],
      },
    ],
  },
  {
    code: '110000', name: '北京市', nameEn: 'Beijing', lat: 39.9042, lng: 116.4074,
    cities: [
      {
        code: '110100', name: '北京市辖区', nameEn: 'Beijing', lat: 39.9042, lng: 116.4074, areaCode: '010',
        districts: [
          { code: '110101', name: '东城区', nameEn: 'Dongcheng', lat: 39.9288, lng: 116.416, roads: ['东长安街', '王府井大街', '东直门南大街', '崇文门外大街'] },
          { code: '110102', name: '西城区', nameEn: 'Xicheng', lat: 39.9123, lng: 116.366, roads: ['西单北大街', '金融大街', '德胜门外大街', '广安门内大街'] },
          { code: '110105', name: '朝阳区', nameEn: 'Chaoyang', lat: 39.9215, lng: 116.4435, roads: ['建国路', '朝阳北路', '望京街', '东三环中路', '酒仙桥路'] },
          { code: '110106', name: '丰台区', nameEn: 'Fengtai', lat: 39.8583, lng: 116.287, roads: ['丰台北路', '南四环西路', '科学城路', '角门路'] },
          { code: '110108', name: '海淀区', nameEn: 'Haidian', lat: 39.9593, lng: 116.2981, roads: ['中关村大街', '学院路', '西三环北路', '上地十街'] },
        ],
      },
    ],
  },
  {
    code: '310000', name: '上海市', nameEn: 'Shanghai', lat: 31.2304, lng: 121.4737,
    cities: [
      {
        code: '310100', name: '上海市辖区', nameEn: 'Shanghai', lat: 31.2304, lng: 121.4737, areaCode: '021',
        districts: [
          { code: '310101', name: '黄浦区', nameEn: 'Huangpu', lat: 31.2317, lng: 121.4845, roads: ['南京东路', '淮海中路', '西藏南路', '复兴东路'] },
          { code: '310104', name: '徐汇区', nameEn: 'Xuhui', lat: 31.1884, lng: 121.4365, roads: ['漕溪北路', '肇嘉浜路', '田林路', '虹桥路'] },
          { code: '310112', name: '闵行区', nameEn: 'Minhang', lat: 31.1128, lng: 121.3816, roads: ['莘庄沪闵路', '七莘路', '都市路', '虹井路'] },
          { code: '310115', name: '浦东新区', nameEn: 'Pudong', lat: 31.2213, lng: 121.5447, roads: ['世纪大道', '张杨路', '浦东南路', '杨高中路', '金科路'] },
        ],
      },
    ],
  },
  {
    code: '370000', name: '山东省', nameEn: 'Shandong', lat: 36.6512, lng: 117.1201,
    cities: [
      {
        code: '370100', name: '济南市', nameEn: 'Jinan', lat: 36.6512, lng: 117.1201, areaCode: '0531',
        districts: [
          { code: '370102', name: '历下区', nameEn: 'Lixia', lat: 36.6664, lng: 117.0768, roads: ['泉城路', '经十路', '解放路', '文化东路'] },
          { code: '370103', name: '市中区', nameEn: 'Shizhong', lat: 36.651, lng: 116.9972, roads: ['经七路', '英雄山路', '纬二路', '二环南路'] },
          { code: '370112', name: '历城区', nameEn: 'Licheng', lat: 36.6807, lng: 117.0654, roads: ['山大路', '花园路', '工业南路', '华信路'] },
        ],
      },
      {
        code: '370200', name: '青岛市', nameEn: 'Qingdao', lat: 36.0671, lng: 120.3826, areaCode: '0532',
        districts: [
          { code: '370202', name: '市南区', nameEn: 'Shinan', lat: 36.0706, lng: 120.4127, roads: ['香港中路', '东海西路', '山东路', '闽江路'] },
          { code: '370203', name: '市北区', nameEn: 'Shibei', lat: 36.0874, lng: 120.3748, roads: ['台东一路', '辽宁路', '延吉路', '长沙路'] },
          { code: '370211', name: '黄岛区', nameEn: 'Huangdao', lat: 35.9607, lng: 120.1985, roads: ['长江中路', '井冈山路', '江山中路', '前湾港路'] },
          { code: '370212', name: '崂山区', nameEn: 'Laoshan', lat: 36.1072, lng: 120.4685, roads: ['海尔路', '株洲路', '松岭路', '同安路'] },
        ],
      },
    ],
  },
  {
    code: '330000', name: '浙江省', nameEn: 'Zhejiang', lat: 30.2741, lng: 120.1551,
    cities: [
      {
        code: '330100', name: '杭州市', nameEn: 'Hangzhou', lat: 30.2741, lng: 120.1551, areaCode: '0571',
        districts: [
          { code: '330102', name: '上城区', nameEn: 'Shangcheng', lat: 30.2425, lng: 120.1692, roads: ['解放路', '延安路', '秋涛路', '望江东路'] },
          { code: '330106', name: '西湖区', nameEn: 'Xihu', lat: 30.2596, lng: 120.1302, roads: ['文三路', '天目山路', '古墩路', '文一西路'] },
          { code: '330108', name: '滨江区', nameEn: 'Binjiang', lat: 30.2083, lng: 120.2119, roads: ['江南大道', '滨盛路', '长河路', '网商路'] },
          { code: '330109', name: '萧山区', nameEn: 'Xiaoshan', lat: 30.1837, lng: 120.2645, roads: ['市心中路', '金城路', '建设四路', '博学路'] },
        ],
      },
      {
        code: '330200', name: '宁波市', nameEn: 'Ningbo', lat: 29.8683, lng: 121.544, areaCode: '0574',
        districts: [
          { code: '330203', name: '海曙区', nameEn: 'Haishu', lat: 29.8595, lng: 121.5506, roads: ['中山西路', '解放南路', '镇明路', '望春路'] },
          { code: '330212', name: '鄞州区', nameEn: 'Yinzhou', lat: 29.8169, lng: 121.5463, roads: ['天童南路', '四明中路', '钱湖北路', '日丽中路'] },
        ],
      },
    ],
  },
  {
    code: '320000', name: '江苏省', nameEn: 'Jiangsu', lat: 32.0603, lng: 118.7969,
    cities: [
      {
        code: '320100', name: '南京市', nameEn: 'Nanjing', lat: 32.0603, lng: 118.7969, areaCode: '025',
        districts: [
          { code: '320102', name: '玄武区', nameEn: 'Xuanwu', lat: 32.0486, lng: 118.7979, roads: ['中山路', '珠江路', '龙蟠路', '北京东路'] },
          { code: '320106', name: '鼓楼区', nameEn: 'Gulou', lat: 32.0662, lng: 118.7699, roads: ['中央路', '广州路', '汉中门大街', '湖南路'] },
          { code: '320115', name: '江宁区', nameEn: 'Jiangning', lat: 31.953, lng: 118.8399, roads: ['双龙大道', '胜太路', '天元中路', '竹山路'] },
        ],
      },
      {
        code: '320500', name: '苏州市', nameEn: 'Suzhou', lat: 31.299, lng: 120.5853, areaCode: '0512',
        districts: [
          { code: '320506', name: '吴中区', nameEn: 'Wuzhong', lat: 31.2624, lng: 120.6322, roads: ['东吴北路', '宝带西路', '越溪路', '吴中大道'] },
          { code: '320507', name: '相城区', nameEn: 'Xiangcheng', lat: 31.369, lng: 120.6423, roads: ['相城大道', '阳澄湖西路', '华元路', '嘉元路'] },
          { code: '320508', name: '姑苏区', nameEn: 'Gusu', lat: 31.3116, lng: 120.6172, roads: ['人民路', '干将西路', '观前街', '三香路'] },
        ],
      },
    ],
  },
  {
    code: '510000', name: '四川省', nameEn: 'Sichuan', lat: 30.5728, lng: 104.0668,
    cities: [
      {
        code: '510100', name: '成都市', nameEn: 'Chengdu', lat: 30.5728, lng: 104.0668, areaCode: '028',
        districts: [
          { code: '510104', name: '锦江区', nameEn: 'Jinjiang', lat: 30.6571, lng: 104.0834, roads: ['春熙路', '东大街', '锦华路', '静安路'] },
          { code: '510107', name: '武侯区', nameEn: 'Wuhou', lat: 30.642, lng: 104.0431, roads: ['人民南路四段', '科华北路', '武侯祠大街', '二环路南四段'] },
          { code: '510108', name: '成华区', nameEn: 'Chenghua', lat: 30.66, lng: 104.1015, roads: ['建设路', '二环路东二段', '双林路', '府青路'] },
          { code: '510116', name: '双流区', nameEn: 'Shuangliu', lat: 30.5744, lng: 103.9237, roads: ['东升街道棠湖西路', '藏卫路', '蛟龙大道', '双华路'] },
        ],
      },
    ],
  },
  {
    code: '420000', name: '湖北省', nameEn: 'Hubei', lat: 30.5928, lng: 114.3055,
    cities: [
      {
        code: '420100', name: '武汉市', nameEn: 'Wuhan', lat: 30.5928, lng: 114.3055, areaCode: '027',
        districts: [
          { code: '420102', name: '江岸区', nameEn: "Jiang'an", lat: 30.6003, lng: 114.3096, roads: ['解放大道', '中山大道', '沿江大道', '建设大道'] },
          { code: '420106', name: '武昌区', nameEn: 'Wuchang', lat: 30.5538, lng: 114.316, roads: ['中北路', '武珞路', '和平大道', '徐东大街'] },
          { code: '420111', name: '洪山区', nameEn: 'Hongshan', lat: 30.5001, lng: 114.3435, roads: ['珞喻路', '关山大道', '光谷大道', '雄楚大道'] },
        ],
      },
    ],
  },
];
