import { createTestApp, type TestApp } from '../helpers/test-app';

/**
 * The checked-in migrations build exactly the schema the entities declare: nothing left for the
 * ORM to change, so `npm run migration:create` proposes only what a change really adds.
 */
describe('migrations and entities', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('leave no difference between the database and the entity metadata', async () => {
    const sql = await t.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
    expect(sql.trim()).toBe('');
  });
});
