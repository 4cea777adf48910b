import pg from 'pg';
const c = new pg.Client({ connectionString: 'postgres://postgres:postgres@localhost:46283/asp_reports_100000' });
await c.connect();
const sql = process.argv[2];
const r = await c.query('explain (analyze, buffers off) ' + sql);
console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'));
await c.end();
