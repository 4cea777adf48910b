import { RECORD_FIELDS, defineLabels } from '../../common/labels/catalogue';

/** Names of this area's records, fields and values in both languages: API messages, exports and the panel read them. */
export const REGION_LABELS = defineLabels({
  types: {
    Region: {
      name: { zh: '区域', en: 'region' },
      plural: { zh: '区域', en: 'regions' },
      fields: {
        ...RECORD_FIELDS,
        code: { zh: '区域代码', en: 'Code' },
        level: { zh: '级别', en: 'Level' },
        parentId: { zh: '上级区域', en: 'Parent region' },
        latitude: { zh: '纬度', en: 'Latitude' },
        longitude: { zh: '经度', en: 'Longitude' },
      },
    },
  },
  enums: {
    RegionLevel: {
      '1': { zh: '省', en: 'Province' },
      '2': { zh: '市', en: 'City' },
      '3': { zh: '区县', en: 'District' },
    },
  },
});
