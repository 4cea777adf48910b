import { fieldLabel, textOf } from '../../common/labels/catalogue';
import { defineImport } from '../import/import-spec';
import { Region } from '../region/region.entity';
import { Customer, CustomerKind, ServiceLevel } from './customer.entity';
import { CustomerCreateInput } from './customer.inputs';

const label = (key: string) => fieldLabel(key, 'Customer');

/** 客户导入: a mobile belongs to one customer (a second with the same mobile is refused). */
defineImport<CustomerCreateInput>({
  entity: 'customers',
  target: Customer,
  resource: 'customer',
  inputClass: CustomerCreateInput,
  columns: [
    { key: 'name', label: label('name'), type: 'text', required: true },
    { key: 'kind', label: label('kind'), type: 'enum', enumName: 'CustomerKind', enumObject: CustomerKind, hint: { zh: '不填为个人', en: 'individual when empty' } },
    { key: 'mobile', label: label('mobile'), type: 'text', hint: { zh: '个人客户必填', en: 'required for individuals' } },
    { key: 'phones', label: label('phones'), type: 'list' },
    { key: 'email', label: label('email'), type: 'text' },
    { key: 'address', label: label('address'), type: 'text' },
    { key: 'region', label: label('regionId'), type: 'ref', ref: { entity: () => Region, label: { zh: '区域', en: 'region' }, by: ['code', 'name'] } },
    { key: 'serviceLevel', label: label('serviceLevel'), type: 'enum', enumName: 'ServiceLevel', enumObject: ServiceLevel },
    { key: 'notes', label: label('notes'), type: 'text' },
  ],
  input: (v) =>
    Object.assign(new CustomerCreateInput(), {
      name: v.name,
      kind: v.kind,
      mobile: v.mobile,
      phones: v.phones,
      email: v.email,
      address: v.address,
      regionId: v.region,
      serviceLevel: v.serviceLevel,
      notes: v.notes,
    }),
  check: (input) => ((input.kind ?? CustomerKind.INDIVIDUAL) === CustomerKind.INDIVIDUAL && !input.mobile ? [{ column: 'mobile', message: textOf('import.mobileRequired') }] : []),
  keys: [{ columns: ['mobile'], label: label('mobile'), table: 'customer', tableColumns: ['mobile'] }],
  record: (input) => ({
    name: input.name,
    kind: input.kind ?? CustomerKind.INDIVIDUAL,
    mobile: input.mobile ?? null,
    phones: input.phones ?? [],
    email: input.email ?? null,
    address: input.address ?? null,
    region: input.regionId ?? null,
    serviceLevel: input.serviceLevel ?? ServiceLevel.NORMAL,
    notes: input.notes ?? null,
  }),
});
