import { fieldLabel } from '../../common/labels/catalogue';
import { defineImport } from '../import/import-spec';
import { Manufacturer } from '../product/manufacturer.entity';
import { Product } from '../product/product.entity';
import { Part } from './part.entity';
import { PartCreateInput } from './part.inputs';

const label = (key: string) => fieldLabel(key, 'Part');

defineImport<PartCreateInput>({
  entity: 'parts',
  target: Part,
  resource: 'part',
  inputClass: PartCreateInput,
  columns: [
    { key: 'code', label: label('code'), type: 'text', required: true },
    { key: 'name', label: label('name'), type: 'text', required: true },
    { key: 'spec', label: label('spec'), type: 'text' },
    { key: 'unit', label: label('unit'), type: 'text', hint: { zh: '不填为“个”', en: '个 (piece) when empty' } },
    { key: 'manufacturer', label: label('manufacturerId'), type: 'ref', ref: { entity: () => Manufacturer, label: { zh: '厂家', en: 'manufacturer' }, by: ['code', 'name'] } },
    { key: 'costPrice', label: label('costPrice'), type: 'money' },
    { key: 'salePrice', label: label('salePrice'), type: 'money' },
    { key: 'reorderPoint', label: label('reorderPoint'), type: 'integer' },
    { key: 'compatibleProducts', label: label('compatibleProductIds'), type: 'refs', ref: { entity: () => Product, label: { zh: '产品', en: 'product' }, by: ['modelNumber'] } },
  ],
  input: (v) =>
    Object.assign(new PartCreateInput(), {
      code: v.code,
      name: v.name,
      spec: v.spec,
      unit: v.unit,
      manufacturerId: v.manufacturer,
      costPrice: v.costPrice,
      salePrice: v.salePrice,
      reorderPoint: v.reorderPoint,
      compatibleProductIds: v.compatibleProducts,
    }),
  keys: [{ columns: ['code'], label: label('code'), table: 'part', tableColumns: ['code'] }],
  record: (input) => ({
    code: input.code,
    name: input.name,
    spec: input.spec ?? null,
    unit: input.unit ?? '个',
    manufacturer: input.manufacturerId ?? null,
    costPrice: input.costPrice ?? 0,
    salePrice: input.salePrice ?? 0,
    reorderPoint: input.reorderPoint ?? 0,
    compatibleProductIds: input.compatibleProductIds ?? [],
  }),
});
