/**
 * `npm run bench`: service-order list queries through the whole API (GraphQL, DataLoaders,
 * PostgreSQL), at the demo size and at 50x, with the ratio between the two.
 */
import os from 'node:os';
import path from 'node:path';
import net from 'node:net';
import { Client } from 'pg';
import request from 'supertest';
import { createApp } from '../../api/src/app';
import { loadConfig } from '../../api/src/config';
import { startEmbeddedPostgres } from '../../api/src/db/embedded';
import { signToken } from '../../api/src/modules/auth/auth.service';
import { User } from '../../api/src/modules/auth/user.entity';
import { Role } from '../../api/src/modules/auth/role';
import { seedServiceOrders } from '../../seeds/service-orders';
import { Fixtures } from '../helpers/fixtures';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { Customer } from '../../api/src/modules/customer/customer.entity';
import { ProductUnit } from '../../api/src/modules/product/product-unit.entity';

const RUNS = 15;
const ORDER_FIELDS = `number status overdue slaDueAt contactName customer { name } product { modelNumber brand { name } } station { name } technicians { name } symptomCode { name }`;

const QUERIES: Record<string, { query: string; variables?: Record<string, unknown> }> = {
  'newest page (25, with relations)': { query: `{ serviceOrders(perPage: 25) { total items { ${ORDER_FIELDS} } } }` },
  'overdue, soonest due first': { query: `{ serviceOrders(filter: { overdue: true }, sortField: slaDueAt, sortOrder: ASC) { total items { ${ORDER_FIELDS} } } }` },
  'one station, open states': {
    query: `query($st: ID) { serviceOrders(filter: { stationId: $st, statuses: [RECEIVED, DISPATCHED, IN_REPAIR, AWAITING_PARTS] }) { total items { ${ORDER_FIELDS} } } }`,
  },
  'free text: 4 phone digits': { query: `{ serviceOrders(filter: { q: "1388" }) { total items { ${ORDER_FIELDS} } } }` },
  'exact order number': { query: `query($n: String) { serviceOrders(filter: { number: $n }) { total items { ${ORDER_FIELDS} timeline { action } } } }` },
};

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, 'localhost', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  let serverUrl = process.env.DATABASE_URL;
  const embedded = serverUrl
    ? undefined
    : await startEmbeddedPostgres({ dir: path.join(os.tmpdir(), `asp-bench-${process.pid}`), port: await freePort(), database: 'postgres', persistent: false });
  serverUrl ??= embedded!.url;
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query('drop database if exists asp_bench');
  await admin.query('create database asp_bench');
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = '/asp_bench';
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'bench', SERVE_ADMIN: 'false' });
  const app = await createApp(config, url.toString(), { migrations: { silent: true } });
  try {
    const em = app.orm.em.fork();
    const f = new Fixtures(em);
    const region = await f.region({ latitude: 22.53, longitude: 113.93 });
    const stations = [];
    for (let i = 0; i < 8; i++) stations.push(await f.station({ latitude: 22.5 + i * 0.05, longitude: 113.9 + i * 0.05 }));
    for (const station of stations) for (let i = 0; i < 4; i++) await f.technician({ station });
    const products = [];
    for (let i = 0; i < 20; i++) products.push(await f.product());
    for (const kind of Object.values(CodeKind)) for (let i = 0; i < 10; i++) await f.code(kind);
    for (let i = 0; i < 10; i++) await f.part();
    for (let i = 0; i < 1500; i++) {
      const owner = em.create(Customer, { name: `客户${i}`, mobile: `138${String(i).padStart(8, '0')}`, region } as never);
      em.create(ProductUnit, { serialNumber: `B${i}`, product: products[i % products.length], owner, purchaseDate: '2025-06-01', warrantyEndsOn: '2026-06-01' } as never);
    }
    const user = em.create(User, { username: 'bench', displayName: 'bench', roles: [Role.ADMIN, Role.DISPATCHER], passwordHash: 'x' } as never);
    await withoutAudit(() => em.flush());
    await em.transactional((tx) => seedServiceOrders(tx, { count: 2000, timeZone: config.timeZone }));
    const token = signToken(user as User, config).token;
    const http = request(app.app);
    const sample = (await app.orm.em.fork().getConnection().execute(`select number, station_id from service_order order by created_at desc limit 1`))[0];

    const measure = async (): Promise<Record<string, number>> => {
      const out: Record<string, number> = {};
      for (const [name, q] of Object.entries(QUERIES)) {
        const variables = { st: sample.station_id, n: sample.number, ...q.variables };
        const times: number[] = [];
        for (let i = 0; i < RUNS + 2; i++) {
          const t0 = process.hrtime.bigint();
          const res = await http.post('/graphql').set('authorization', `Bearer ${token}`).send({ query: q.query, variables });
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
          if (i >= 2) times.push(ms);
        }
        out[name] = median(times);
      }
      return out;
    };

    const small = await measure();
    const count = async () => Number((await app.orm.em.fork().getConnection().execute(`select count(*) as n from service_order`))[0].n);
    const smallCount = await count();
    // Grow to 50x by copying the orders with new ids and numbers (timelines stay with the originals).
    await app.orm.em.fork().getConnection().execute(`
      insert into service_order
      select (md5(o.id::text || g)::uuid), o.created_at - (g || ' minutes')::interval, o.updated_at, 'SO-B' || g || '-' || substr(o.number, 4),
             o.kind, o.attribute, o.channel, o.on_site, o.status, o.customer_id, o.contact_name, o.contact_phone, o.address, o.region_id,
             o.product_unit_id, o.product_id, o.serial_number, o.purchase_date, o.reported_symptom, o.symptom_code_id, o.cause_code_id,
             o.location_code_id, o.method_code_id, o.customer_request, o.station_id, o.appointment_start, o.appointment_end, o.distance_km,
             o.distance_band, o.sla_due_at, o.in_warranty, o.warranty_ends_on, o.repeat_repair, null, o.exchange_offered, null, o.labour_fee,
             o.visit_fee, o.parts_fee, o.payer, o.fees_overridden, o.fee_override_reason, o.appraisal_verdict, o.appraisal_note,
             o.agent_station_id, o.logistics_number, o.return_visit_score, o.return_visit_comment, o.cancel_reason, o.dispatched_at,
             o.started_at, o.completed_at, o.returned_at, o.visited_at, o.closed_at, md5(o.tracking_token || g), null, o.internal_note
        from service_order o cross join generate_series(1, 49) g
       where o.number like 'SO-2%'`);
    await app.orm.em.fork().getConnection().execute('analyze');
    const large = await measure();
    const largeCount = await count();

    console.log(`\nService-order list through GraphQL, median of ${RUNS} runs (ms)\n`);
    console.log(`| query | ${smallCount} orders | ${largeCount} orders | ratio |`);
    console.log('| --- | ---: | ---: | ---: |');
    for (const name of Object.keys(QUERIES)) {
      console.log(`| ${name} | ${small[name].toFixed(1)} | ${large[name].toFixed(1)} | ${(large[name] / small[name]).toFixed(2)} |`);
    }
    console.log(`\nrows ratio: ${(largeCount / smallCount).toFixed(1)}x`);
  } finally {
    await app.close();
    await embedded?.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
