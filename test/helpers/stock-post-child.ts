import 'reflect-metadata';
import request from 'supertest';
import { createApp } from '../../api/src/app';
import { loadConfig } from '../../api/src/config';

/**
 * A second API process that takes one posting step and is killed in the middle of it by
 * test/concurrency/stock-crash.test.ts. No time limits: the test, not a timeout, ends the posting.
 */
async function main(): Promise<void> {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: process.env.JWT_SECRET!, SERVE_ADMIN: 'false', DB_STATEMENT_TIMEOUT_MS: '0', REQUEST_TIMEOUT_MS: '0' });
  const app = await createApp(config, process.env.DATABASE_URL!, { migrations: { silent: true } });
  process.send?.('ready');
  const res = await request(app.app)
    .post('/graphql')
    .set('content-type', 'application/json')
    .set('authorization', `Bearer ${process.env.TOKEN}`)
    .send({ query: 'mutation($id: ID!) { issueStockOut(id: $id) { id status } }', variables: { id: process.env.DOC_ID } });
  process.send?.(JSON.stringify(res.body));
  await app.close();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
