import { createTestApp, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';

const CODES = `query($filter: CodeFilter) { codes(filter: $filter, sortField: sortOrder, perPage: 100) { total items { code name nameEn kind sortOrder active } } }`;
const CREATE = `mutation($input: CodeCreateInput!) { createCode(input: $input) { id code kind sortOrder groupId } }`;

describe('code tables', () => {
  let t: TestApp;
  let f: Fixtures;
  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t.em());
  });
  afterAll(() => t.close());

  it('takes the kind from the group and appends new codes at the end of the table', async () => {
    const group = await f.codeGroup(CodeKind.FAULT_SYMPTOM, { code: 'G-COOL', name: '制冷' });
    const a = await t.ok<{ createCode: { kind: string; sortOrder: number } }>(
      CREATE,
      { input: { groupId: group.id, code: 'S01', name: '不制冷', nameEn: 'Not cooling' } },
      t.admin,
    );
    const b = await t.ok<{ createCode: { kind: string; sortOrder: number } }>(
      CREATE,
      { input: { groupId: group.id, code: 'S02', name: '制冷效果差', nameEn: 'Poor cooling' } },
      t.admin,
    );
    expect(a.createCode.kind).toBe('FAULT_SYMPTOM');
    expect(b.createCode.sortOrder).toBe(a.createCode.sortOrder + 10);
    const dup = await t.gql(CREATE, { input: { groupId: group.id, code: 'S01', name: '重复' } }, t.admin);
    expect(dup.errors?.[0].extensions.code).toBe('CONFLICT');
    expect(dup.errors?.[0].extensions.field).toBe('code');
  });

  it('reorders a table and lists it in that order', async () => {
    const group = await f.codeGroup(CodeKind.REPAIR_METHOD);
    const codes = [];
    for (const code of ['M1', 'M2', 'M3']) codes.push(await f.code(CodeKind.REPAIR_METHOD, { group, code }));
    await t.ok(`mutation($ids: [ID!]!) { reorderCodes(ids: $ids) { id } }`, { ids: [codes[2].id, codes[0].id, codes[1].id] }, t.admin);
    const list = await t.ok<{ codes: { items: { code: string; sortOrder: number }[] } }>(CODES, { filter: { groupId: group.id } }, t.admin);
    expect(list.codes.items.map((c) => [c.code, c.sortOrder])).toEqual([
      ['M3', 10],
      ['M1', 20],
      ['M2', 30],
    ]);
    const cause = await f.code(CodeKind.FAULT_CAUSE);
    const mixed = await t.gql(`mutation($ids: [ID!]!) { reorderCodes(ids: $ids) { id } }`, { ids: [codes[0].id, cause.id] }, t.admin);
    expect(mixed.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('offers only the codes allowed for a product category (code limits and group profiles)', async () => {
    const [ac, tv] = [await f.category({ name: '空调' }), await f.category({ name: '电视' })];
    const acGroup = await f.codeGroup(CodeKind.FAULT_LOCATION, { categoryIds: [ac.id] });
    const anyGroup = await f.codeGroup(CodeKind.FAULT_LOCATION);
    await f.code(CodeKind.FAULT_LOCATION, { group: acGroup, code: 'L-COMPRESSOR' });
    await f.code(CodeKind.FAULT_LOCATION, { group: anyGroup, code: 'L-POWER' });
    await f.code(CodeKind.FAULT_LOCATION, { group: anyGroup, code: 'L-PANEL', categoryIds: [tv.id] });
    const forCategory = async (categoryId: string) =>
      (await t.ok<{ codes: { items: { code: string }[] } }>(CODES, { filter: { kind: 'FAULT_LOCATION', categoryId } }, t.admin)).codes.items
        .map((c) => c.code)
        .sort();
    expect(await forCategory(ac.id)).toEqual(['L-COMPRESSOR', 'L-POWER']);
    expect(await forCategory(tv.id)).toEqual(['L-PANEL', 'L-POWER']);
    const unknown = await t.gql(
      `mutation($input: CodeGroupCreateInput!) { createCodeGroup(input: $input) { id } }`,
      { input: { kind: 'FAULT_LOCATION', code: 'G-X', name: 'x', categoryIds: ['01900000-0000-7000-8000-000000000000'] } },
      t.admin,
    );
    expect(unknown.errors?.[0].extensions.fields?.[0].field).toBe('categoryIds');
  });

  it('deactivates instead of deleting: a group with codes and a category limiting codes are IN_USE', async () => {
    const category = await f.category();
    const group = await f.codeGroup(CodeKind.AFTER_SALES_REASON);
    const code = await f.code(CodeKind.AFTER_SALES_REASON, { group, categoryIds: [category.id] });
    const groupDelete = await t.gql(`mutation($id: ID!) { deleteCodeGroup(id: $id) { id } }`, { id: group.id }, t.admin);
    expect(groupDelete.errors?.[0].extensions.code).toBe('IN_USE');
    const categoryDelete = await t.gql(`mutation($id: ID!) { deleteProductCategory(id: $id) { id } }`, { id: category.id }, t.admin);
    expect(categoryDelete.errors?.[0].extensions.code).toBe('IN_USE');
    expect(categoryDelete.errors?.[0].message).toContain('代码表的类别限制');
    const off = await t.ok<{ updateCode: { active: boolean } }>(
      `mutation($id: ID!) { updateCode(id: $id, input: { active: false }) { active } }`,
      { id: code.id },
      t.admin,
    );
    expect(off.updateCode.active).toBe(false);
    const active = await t.ok<{ codes: { total: number } }>(CODES, { filter: { groupId: group.id, active: true } }, t.admin);
    expect(active.codes.total).toBe(0);
  });

  it('refuses moving a code into a group of another code table', async () => {
    const code = await f.code(CodeKind.FAULT_CAUSE);
    const symptomGroup = await f.codeGroup(CodeKind.FAULT_SYMPTOM);
    const res = await t.gql(
      `mutation($id: ID!, $g: ID!) { updateCode(id: $id, input: { groupId: $g }) { id } }`,
      { id: code.id, g: symptomGroup.id },
      t.admin,
    );
    expect(res.errors?.[0].extensions.fields?.[0].field).toBe('groupId');
  });
});
