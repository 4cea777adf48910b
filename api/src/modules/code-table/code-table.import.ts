import { fieldLabel } from '../../common/labels/catalogue';
import { runSql, sql } from '../query/sql';
import { defineImport } from '../import/import-spec';
import { ProductCategory } from '../product/product-category.entity';
import { CodeGroup } from './code-group.entity';
import { Code } from './code.entity';
import { CodeKind } from './code-kind';
import { CodeCreateInput } from './code-table.inputs';

const label = (key: string) => fieldLabel(key, 'Code');

/** 代码导入: a code belongs to a group of its kind; without a sort order it goes to the end of its table. */
defineImport<CodeCreateInput & { kind?: CodeKind }>({
  entity: 'codes',
  target: Code,
  resource: 'codeTable',
  inputClass: CodeCreateInput,
  columns: [
    { key: 'kind', label: label('kind'), type: 'enum', required: true, enumName: 'CodeKind', enumObject: CodeKind },
    { key: 'group', label: label('groupId'), type: 'ref', required: true, ref: { entity: () => CodeGroup, label: { zh: '代码组', en: 'code group' }, by: ['code', 'name'], within: { column: 'kind', property: 'kind' } } },
    { key: 'code', label: label('code'), type: 'text', required: true },
    { key: 'name', label: label('name'), type: 'text', required: true },
    { key: 'nameEn', label: label('nameEn'), type: 'text' },
    { key: 'shownToCustomers', label: label('shownToCustomers'), type: 'boolean' },
    { key: 'sortOrder', label: label('sortOrder'), type: 'integer' },
    { key: 'categories', label: label('categoryIds'), type: 'refs', ref: { entity: () => ProductCategory, label: { zh: '产品类别', en: 'product category' }, by: ['code', 'name'] } },
  ],
  input: (v) =>
    Object.assign(new CodeCreateInput(), {
      groupId: v.group,
      code: v.code,
      name: v.name,
      nameEn: v.nameEn,
      shownToCustomers: v.shownToCustomers,
      sortOrder: v.sortOrder,
      categoryIds: v.categories,
      kind: v.kind as CodeKind,
    }),
  keys: [{ columns: ['kind', 'code'], label: label('code'), table: 'code', tableColumns: ['kind', 'code'] }],
  async prepare(em, state) {
    const rows = await runSql<{ kind: string; last: number }>(em, sql`select "kind", max("sort_order") as "last" from "code" group by "kind"`);
    for (const r of rows) state.set(`sort:${r.kind}`, Number(r.last));
  },
  record: (input, row) => {
    let sortOrder = input.sortOrder;
    if (sortOrder === undefined || sortOrder === null) {
      sortOrder = Number(row.state.get(`sort:${input.kind}`) ?? 0) + 10;
      row.state.set(`sort:${input.kind}`, sortOrder);
    }
    return {
      kind: input.kind,
      group: input.groupId,
      code: input.code,
      name: input.name,
      nameEn: input.nameEn ?? null,
      shownToCustomers: input.shownToCustomers ?? true,
      sortOrder,
      categoryIds: input.categoryIds ?? [],
    };
  },
});
