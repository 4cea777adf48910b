import { Role } from '../../api/src/modules/auth/role';
import { ANALYTICS_DOCUMENTS } from '../../admin/src/analytics/analyticsApi';
import { fromDefinition, toDefinition } from '../../admin/src/analytics/definition';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { analyticsAs } from '../helpers/panel-provider';
import { queryWorld } from '../helpers/query-world';

/**
 * The panel's analytics calls, each one against the real API: the documents fit the schema, the
 * answers have the shapes the pages read, and a definition round-trips through the builder's form.
 */
describe('panel analytics API against the real server', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
    await queryWorld(t.em());
  });
  afterAll(() => t.close());

  it('every document is used and answers', async () => {
    const api = analyticsAs(t, await t.userWith([Role.ANALYST]));
    const roots = await api.queryRoots();
    expect(roots.find((r) => r.root === 'serviceOrders')).toMatchObject({ type: 'ServiceOrder', title: 'number' });
    const catalogue = await api.queryCatalogue('serviceOrders');
    expect(catalogue.fields.find((f) => f.path === 'station.parent.name')).toMatchObject({ type: 'text', column: true, groupable: true });
    const definition = { root: 'serviceOrders', filter: { combinator: 'and', rules: [{ field: 'status', operator: 'in', value: ['IN_REPAIR'] }] }, groupBy: [{ field: 'station.name' }] };
    const result = await api.runQuery(definition);
    expect(result.rows.map((r) => r.values)).toEqual([
      ['北站', 2],
      ['总站', 1],
    ]);
    const saved = await api.createSavedQuery({ name: '面板', definition });
    expect((await api.savedQueries()).map((s) => s.id)).toEqual([saved.id]);
    expect((await api.updateSavedQuery(saved.id, { name: '面板改名' })).name).toBe('面板改名');
    // The builder's form and back give the same definition the server keeps.
    expect(toDefinition(fromDefinition(saved.definition, []))).toEqual(definition);
    const run = await api.startExport({ format: 'CSV', savedQueryId: saved.id });
    expect(await api.exportRun(run.id)).toMatchObject({ status: 'PENDING', total: 2, url: `exports/${run.id}` });
    await api.deleteSavedQuery(saved.id);
    const admin = analyticsAs(t);
    const batch = await admin.startImport({ entity: 'parts', mode: 'DRY_RUN', fileName: 'parts.csv' });
    expect(await admin.importBatch(batch.id)).toMatchObject({ status: 'PENDING', errors: [], uploadUrl: `imports/${batch.id}` });
    expect(Object.keys(ANALYTICS_DOCUMENTS)).toHaveLength(11);
  });
});
