import type { Knex } from 'knex';

/**
 * Scale data for benchmarks and load tests: N service orders (with customers, units, timelines,
 * technicians and parts lines to match) written set-based, in SQL, from the master data already
 * in the database (the demo seed's stations, products, codes and parts). Distributions follow the
 * demo seed: stations and products are weighted (a few big ones), intake grows over 24 months with
 * a summer peak (air conditioners), symptom codes are Pareto-like, and an order's state follows
 * its age. Orders are numbered `G<run minute><7 digits>` (G2612011035 0000001) so they never meet the intake counter.
 */

export interface ScaleOptions {
  orders: number;
  /** Customers per order (default 0.25) and units per order (default 0.35). */
  customersPerOrder?: number;
  unitsPerOrder?: number;
  /** Seed of PostgreSQL's random(): the same seed gives the same data. */
  seed?: number;
  log?: (line: string) => void;
}

export interface ScaleResult {
  orders: number;
  customers: number;
  units: number;
  events: number;
  technicians: number;
  parts: number;
  seconds: number;
}

const TABLES = ['customer', 'product_unit', 'service_order', 'service_order_event', 'service_order_technician', 'service_order_part'];

/** Random helpers as temporary functions of the session (gone when it ends). */
const FUNCTIONS = `
create function pg_temp.uuid7(ts timestamptz) returns uuid language sql volatile as $$
  select (lpad(to_hex((extract(epoch from ts) * 1000)::bigint), 12, '0') || '7' || substr(md5(random()::text), 1, 3)
          || to_hex(8 + floor(random() * 4)::int) || substr(md5(random()::text), 1, 15))::uuid $$;
create function pg_temp.pick(n int) returns int language sql volatile as $$ select floor(random() * n)::int $$;
`;

/**
 * Pick tables: each candidate repeated by its weight, numbered from 0, so a weighted random choice
 * is an equality join on floor(random() * count).
 */
const PICKS = `
create temp table g_station on commit drop as
  select row_number() over () - 1 as i, s.id from service_station s
  cross join lateral generate_series(1, 1 + (abs(hashtext(s.id::text)) % 12)) w where s.active;
create temp table g_product on commit drop as
  select row_number() over () - 1 as i, p.id, p.warranty_months from product p
  cross join lateral generate_series(1, 1 + (abs(hashtext(p.id::text)) % 8)) w where p.active;
create temp table g_region on commit drop as
  select row_number() over () - 1 as i, r.id from region r where r.level >= 2;
create temp table g_symptom on commit drop as
  select row_number() over () - 1 as i, c.id from (select id, row_number() over (order by sort_order, id) as rank from code where kind = 'fault_symptom' and active) c
  cross join lateral generate_series(1, greatest(1, 30 / c.rank::int)) w;
create temp table g_cause on commit drop as select row_number() over () - 1 as i, id from code where kind = 'fault_cause' and active;
create temp table g_location on commit drop as select row_number() over () - 1 as i, id from code where kind = 'fault_location' and active;
create temp table g_method on commit drop as select row_number() over () - 1 as i, id from code where kind = 'repair_method' and active;
create temp table g_part on commit drop as select row_number() over () - 1 as i, id, sale_price from part where active;
create temp table g_tech on commit drop as select station_id, array_agg(id order by id) as ids from technician where active group by station_id;
-- 24 months back from this one, growing towards now, with a summer peak (June to August).
create temp table g_month on commit drop as
  select row_number() over () - 1 as i, m.start from (
    select (date_trunc('month', now() at time zone 'Asia/Shanghai') - (k || ' months')::interval)::date as start, k from generate_series(0, 23) k) m
  cross join lateral generate_series(1, (10 + (23 - m.k) + case when extract(month from m.start) in (6, 7, 8) then 12 else 0 end)::int) w;
`;

const count = async (trx: Knex.Transaction, table: string) => Number((await trx.raw(`select count(*)::bigint as n from ${table}`)).rows[0].n);

export async function generateScaleData(knex: Knex, opts: ScaleOptions): Promise<ScaleResult> {
  const log = opts.log ?? (() => undefined);
  const started = Date.now();
  const customers = Math.max(1, Math.round(opts.orders * (opts.customersPerOrder ?? 0.25)));
  const units = Math.max(1, Math.round(opts.orders * (opts.unitsPerOrder ?? 0.35)));
  const result: ScaleResult = { orders: opts.orders, customers, units, events: 0, technicians: 0, parts: 0, seconds: 0 };
  await knex.transaction(async (trx) => {
    const step = async (label: string, statement: string, bindings: unknown[] = []) => {
      const t0 = Date.now();
      const r = (await trx.raw(statement, bindings as never[])) as { rowCount?: number };
      log(`${label}: ${r.rowCount ?? ''} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      return r.rowCount ?? 0;
    };
    // A bulk load, not a request: no statement timeout; foreign keys are checked by construction
    // (every id comes from the tables above), so their triggers are skipped when we may.
    await trx.raw('set local statement_timeout = 0');
    await trx.raw(`set local work_mem = '256MB'`);
    await trx.raw('savepoint replica');
    try {
      await trx.raw(`set local session_replication_role = replica`);
      await trx.raw('release savepoint replica');
    } catch {
      await trx.raw('rollback to savepoint replica');
      log('foreign keys stay checked (the role may not set session_replication_role)');
    }
    await trx.raw('select setseed(?)', [((opts.seed ?? 20261201) % 1000) / 1000]);
    await trx.raw(FUNCTIONS);
    await trx.raw(PICKS);
    for (const t of ['g_station', 'g_product', 'g_region', 'g_symptom', 'g_part', 'g_month']) {
      if ((await count(trx, t)) === 0) throw new Error(`No master data for ${t}: seed the demo data first (npm start once, or npm run seed)`);
    }

    // Secondary indexes are dropped for the load and built again after: one sort instead of a million inserts into each.
    const indexes = (
      await trx.raw(
        `select i.indexname, i.indexdef from pg_indexes i
          where i.schemaname = current_schema() and i.tablename = any(?)
            and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
        [TABLES],
      )
    ).rows as Array<{ indexname: string; indexdef: string }>;
    for (const ix of indexes) await trx.raw(`drop index "${ix.indexname}"`);
    log(`dropped ${indexes.length} secondary indexes for the load`);

    const counts = Object.fromEntries(await Promise.all(['g_station', 'g_product', 'g_region', 'g_symptom', 'g_cause', 'g_location', 'g_method', 'g_part', 'g_month'].map(async (t) => [t, await count(trx, t)])));
    const n = (t: string) => Number(counts[t]);

    await step(
      'customers',
      `create temp table g_customer on commit drop as
       select x.g - 1 as i, pg_temp.uuid7(x.ts) as id, x.ts,
              (array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','林','罗','高'])[1 + floor(x.r1 * 20)::int]
              || (array['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀英','霞','平','刚','桂英','建国','志强','海燕'])[1 + floor(x.r2 * 25)::int] as name,
              '1' || (array['3','5','7','8','9'])[1 + floor(x.r3 * 5)::int] || lpad((x.g * 7919 % 1000000000)::text, 9, '0') as mobile,
              r.id as region_id,
              case when x.r4 < 0.05 then 'vip' when x.r4 < 0.08 then 'contract' else 'normal' end as service_level,
              case when x.r5 < 0.92 then 'individual' when x.r5 < 0.96 then 'store' else 'enterprise' end as kind
         from (select g, now() - (random() * 1000) * interval '1 day' as ts, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5,
                      pg_temp.pick(?) as ri from generate_series(1, ?) g) x
         join g_region r on r.i = x.ri`,
      [n('g_region'), customers],
    );
    await trx.raw('create index on g_customer (i)');
    await step(
      'customer rows',
      `insert into customer (id, created_at, updated_at, name, kind, mobile, phones, region_id, service_level, active, search_text)
       select id, ts, ts, name, kind, mobile, '{}', region_id, service_level, true, name || ' ' || mobile from g_customer`,
    );
    await step(
      'units',
      `create temp table g_unit on commit drop as
       select u.i, pg_temp.uuid7(u.ts) as id, u.ts, p.id as product_id, p.warranty_months, c.id as owner_id, u.purchase,
              'G' || to_char(now(), 'YYMMDDHH24MISS') || lpad(u.i::text, 8, '0') as serial
         from (select g - 1 as i, now() - (random() * 1000) * interval '1 day' as ts, (current_date - (random() * 1000)::int) as purchase,
                      pg_temp.pick(?) as pi, pg_temp.pick(?) as ci from generate_series(1, ?) g) u
         join g_product p on p.i = u.pi join g_customer c on c.i = u.ci`,
      [n('g_product'), customers, units],
    );
    await trx.raw('create index on g_unit (i)');
    await step(
      'unit rows',
      `insert into product_unit (id, created_at, updated_at, serial_number, product_id, owner_id, purchase_date, warranty_ends_on, warranty_overridden, active)
       select id, ts, ts, serial, product_id, owner_id, purchase, (purchase + (warranty_months || ' months')::interval)::date, false, true from g_unit`,
    );

    // The orders, with what their state implies decided once per row.
    await step(
      'orders (plan)',
      `create temp table g_order on commit drop as
       with base as (
         select x.*, m.start + (x.day * interval '1 day') + (8 + x.hour) * interval '1 hour' - interval '8 hours' as created
           from (select g, pg_temp.pick(?) as mi, floor(random() * 30) as day, random() * 12 as hour,
                        pg_temp.pick(?) as ui, pg_temp.pick(?) as si, pg_temp.pick(?) as yi,
                        pg_temp.pick(?) as ci, pg_temp.pick(?) as li, pg_temp.pick(?) as hi,
                        random() as r1, random() as r2, random() as r3
                   from generate_series(1, ?) g) x
           join g_month m on m.i = x.mi),
       aged as (select b.*, least(b.created, now() - interval '1 hour') as created_at from base b)
       select a.g, pg_temp.uuid7(a.created_at) as id, a.created_at, u.id as unit_id, u.product_id, u.serial, u.owner_id, u.purchase, u.warranty_ends_on_calc,
              st.id as station_id, sy.id as symptom_id, ca.id as cause_id, lo.id as location_id, me.id as method_id, a.r2, a.r3,
              case
                when a.created_at > now() - interval '3 days' then (array['received','dispatched','in_repair','in_repair','awaiting_parts','completed'])[1 + floor(a.r1 * 6)::int]
                when a.created_at > now() - interval '14 days' then (array['in_repair','awaiting_parts','completed','returned_to_customer','visited','visited','cancelled','sent_to_agent'])[1 + floor(a.r1 * 8)::int]
                else (array['visited','visited','visited','visited','visited','visited','visited','visited','returned_to_customer','cancelled'])[1 + floor(a.r1 * 10)::int]
              end as status
         from aged a
         join (select i, id, product_id, serial, owner_id, purchase, (purchase + (warranty_months || ' months')::interval)::date as warranty_ends_on_calc from g_unit) u on u.i = a.ui
         join g_station st on st.i = a.si
         join g_symptom sy on sy.i = a.yi
         left join g_cause ca on ca.i = a.ci
         left join g_location lo on lo.i = a.li
         left join g_method me on me.i = a.hi`,
      [n('g_month'), units, n('g_station'), n('g_symptom'), n('g_cause'), n('g_location'), n('g_method'), opts.orders],
    );
    await step(
      'order rows',
      `insert into service_order (id, created_at, updated_at, number, kind, attribute, channel, on_site, status, customer_id, contact_name, contact_phone,
              address, region_id, product_unit_id, product_id, serial_number, purchase_date, reported_symptom, symptom_code_id, cause_code_id,
              location_code_id, method_code_id, customer_request, station_id, sla_due_at, in_warranty, warranty_ends_on, repeat_repair,
              exchange_offered, labour_fee, visit_fee, parts_fee, payer, fees_overridden, dispatched_at, started_at, completed_at, returned_at,
              visited_at, closed_at, return_visit_score, cancel_reason, tracking_token)
       select o.id, o.created_at, o.created_at,
              'G' || to_char(now(), 'YYMMDDHH24MI') || lpad(o.g::text, 7, '0'),
              case when o.r2 < 0.85 then 'repair' when o.r2 < 0.95 then 'installation' else 'maintenance' end,
              'after_sale', (array['phone','phone','phone','walk_in','online'])[1 + floor(o.r3 * 5)::int], o.r3 < 0.8, o.status,
              c.id, c.name, c.mobile, null, c.region_id, o.unit_id, o.product_id, o.serial, o.purchase,
              '报修：' || (array['不制冷','不通电','有异响','漏水','显示故障代码','不加热','噪音大'])[1 + floor(o.r2 * 7)::int], o.symptom_id,
              case when done then o.cause_id end,
              case when done then o.location_id end,
              case when done then o.method_id end,
              'repair', case when o.status = 'received' and o.r3 < 0.3 then null else o.station_id end,
              o.created_at + (24 * (1 + floor(o.r2 * 3)::int)) * interval '1 hour',
              warranty, o.warranty_ends_on_calc, o.r3 < 0.03, false,
              case when done then (array[0, 50, 80, 100, 120, 150, 200])[1 + floor(o.r2 * 7)::int] end,
              case when done then (array[0, 30, 50])[1 + floor(o.r3 * 3)::int] end,
              null,
              case when done then case when warranty then 'manufacturer' else 'customer' end end,
              false,
              case when o.status not in ('received') then o.created_at + (0.2 + o.r2 * 6) * interval '1 hour' end,
              case when o.status not in ('received', 'dispatched', 'cancelled') then o.created_at + (3 + o.r2 * 40) * interval '1 hour' end,
              case when done then o.created_at + (10 + o.r3 * 110) * interval '1 hour' end,
              case when o.status in ('returned_to_customer', 'visited') then o.created_at + (20 + o.r3 * 140) * interval '1 hour' end,
              case when o.status = 'visited' then o.created_at + (60 + o.r3 * 200) * interval '1 hour' end,
              case when o.status in ('visited', 'cancelled') then o.created_at + (60 + o.r3 * 200) * interval '1 hour' end,
              case when o.status = 'visited' then (array[5,5,5,4,4,3,2,1])[1 + floor(o.r2 * 8)::int] end,
              case when o.status = 'cancelled' then (array['顾客自行解决','重复报修','顾客不愿付费'])[1 + floor(o.r2 * 3)::int] end,
              md5(o.id::text || o.g)
         from (select *, status in ('completed','returned_to_customer','visited') as done, coalesce(warranty_ends_on_calc >= created_at::date, false) as warranty from g_order) o
         join g_customer c on c.id = o.owner_id`,
    );
    // Timelines: the steps that lead to each state, a few hours to days apart.
    await step(
      'timeline rows',
      `insert into service_order_event (id, order_id, at, action, from_status, status, actor_kind, actor_id, actor_label, station_id, department_name, note, internal)
       select pg_temp.uuid7(o.created_at + p.hours * interval '1 hour'), o.id, o.created_at + p.hours * interval '1 hour', p.action, p.from_status, p.status,
              'user', 'generated', case when p.step = 1 then '客服' else '维修站' end, case when p.step = 1 then null else o.station_id end, null, null, false
         from service_order o
         join (values
           ('received', 1, 'create', null, 'received', 0),
           ('dispatched', 1, 'create', null, 'received', 0), ('dispatched', 2, 'dispatch', 'received', 'dispatched', 2),
           ('in_repair', 1, 'create', null, 'received', 0), ('in_repair', 2, 'dispatch', 'received', 'dispatched', 2), ('in_repair', 3, 'start_repair', 'dispatched', 'in_repair', 20),
           ('awaiting_parts', 1, 'create', null, 'received', 0), ('awaiting_parts', 2, 'dispatch', 'received', 'dispatched', 2), ('awaiting_parts', 3, 'start_repair', 'dispatched', 'in_repair', 20), ('awaiting_parts', 4, 'await_parts', 'in_repair', 'awaiting_parts', 22),
           ('completed', 1, 'create', null, 'received', 0), ('completed', 2, 'dispatch', 'received', 'dispatched', 2), ('completed', 3, 'start_repair', 'dispatched', 'in_repair', 20), ('completed', 4, 'complete', 'in_repair', 'completed', 26),
           ('sent_to_agent', 1, 'create', null, 'received', 0), ('sent_to_agent', 2, 'dispatch', 'received', 'dispatched', 2), ('sent_to_agent', 3, 'send_to_agent', 'dispatched', 'sent_to_agent', 24),
           ('returned_to_customer', 1, 'create', null, 'received', 0), ('returned_to_customer', 2, 'dispatch', 'received', 'dispatched', 2), ('returned_to_customer', 3, 'start_repair', 'dispatched', 'in_repair', 20), ('returned_to_customer', 4, 'complete', 'in_repair', 'completed', 26), ('returned_to_customer', 5, 'return_to_customer', 'completed', 'returned_to_customer', 50),
           ('visited', 1, 'create', null, 'received', 0), ('visited', 2, 'dispatch', 'received', 'dispatched', 2), ('visited', 3, 'start_repair', 'dispatched', 'in_repair', 20), ('visited', 4, 'complete', 'in_repair', 'completed', 26), ('visited', 5, 'return_to_customer', 'completed', 'returned_to_customer', 50), ('visited', 6, 'record_return_visit', 'returned_to_customer', 'visited', 120),
           ('cancelled', 1, 'create', null, 'received', 0), ('cancelled', 2, 'cancel', 'received', 'cancelled', 30)
         ) as p(final, step, action, from_status, status, hours) on p.final = o.status
        where o.id in (select id from g_order)`,
    );
    await step(
      'technician rows',
      `insert into service_order_technician (id, order_id, technician_id, work_date, lead)
       select pg_temp.uuid7(o.created_at), o.id, t.ids[1 + pg_temp.pick(array_length(t.ids, 1))], (o.created_at at time zone 'Asia/Shanghai')::date, true
         from service_order o join g_tech t on t.station_id = o.station_id
        where o.id in (select id from g_order) and o.status <> 'received'`,
    );
    await step(
      'parts lines',
      `insert into service_order_part (id, order_id, part_id, kind, quantity, unit_price, created_at, arrived_at)
       select pg_temp.uuid7(o.created_at), o.id, p.id, case when o.status = 'awaiting_parts' then 'awaited' else 'used' end, 1 + pg_temp.pick(2), p.sale_price,
              o.created_at + interval '20 hours', null
         from (select *, pg_temp.pick(?) as pi from service_order where id in (select id from g_order) and status in ('completed', 'returned_to_customer', 'visited', 'awaiting_parts') and random() < 0.3) o
         join g_part p on p.i = o.pi`,
      [n('g_part')],
    );
    await step('parts fees', `update service_order o set parts_fee = l.fee from (select order_id, sum(quantity * unit_price) as fee from service_order_part where kind = 'used' group by order_id) l where l.order_id = o.id and o.id in (select id from g_order)`);

    for (const ix of indexes) {
      const t0 = Date.now();
      await trx.raw(ix.indexdef);
      log(`index ${ix.indexname} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    }
    // Intake appends orders in time order, so a month's orders share pages; generated in random
    // time order they would not, and every report of a month would visit pages all over the table.
    if (opts.orders > 0) await trx.raw('cluster service_order using service_order_created_at_index');
    result.events = await count(trx, 'service_order_event');
    result.technicians = await count(trx, 'service_order_technician');
    result.parts = await count(trx, 'service_order_part');
  });
  // Vacuumed, not only analysed: new rows (and the clustered rewrite) start with an empty
  // visibility map, and index-only scans visit the heap until a vacuum sets it.
  for (const t of TABLES) await knex.raw(`vacuum (analyze) "${t}"`);
  result.seconds = (Date.now() - started) / 1000;
  return result;
}
