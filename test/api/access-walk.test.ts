import { Role } from '../../api/src/modules/auth/role';
import { PARTNER_GRANTABLE } from '../../api/src/modules/auth/permissions';
import { policyOf } from '../../api/src/common/access/policy';
import { Technician } from '../../api/src/modules/station/technician.entity';
import { StockBalance } from '../../api/src/modules/stock/ledger/balance.entity';
import { ReturnRequest } from '../../api/src/modules/returns/return-request.entity';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { accessWorld } from '../helpers/access-world';

/**
 * Walks the schema as each scoped caller would: every query returning a record type, every
 * relation field below it (three levels from each record, two from each page, with an alias), lists, get-many by ids and get-one for
 * every id in the database, then checks each record that came back against an independent
 * statement of who may see what (SQL written here, not the policies). Ad-hoc queries are walked
 * too: every root the caller may query, with the id of every record a path reaches and the
 * sensitive fields, and every saved query the caller sees, run as the caller. A planted leak must be caught.
 */

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface IntrospectedField {
  name: string;
  args: Array<{ name: string; type: TypeRef; defaultValue: string | null }>;
  type: TypeRef;
}
interface IntrospectedType {
  name: string;
  kind: string;
  fields: IntrospectedField[] | null;
}

const INTROSPECT = `{ __schema { queryType { name } types { name kind fields { name
  args { name defaultValue type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
  type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }`;

const named = (t: TypeRef): TypeRef => (t.ofType ? named(t.ofType) : t);
const required = (f: IntrospectedField) => f.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null);

/** Values a partner must never see in clear. */
const SENSITIVE = ['contactName', 'contactPhone', 'mobile', 'phones', 'address', 'email', 'notes', 'internalNote', 'trackingToken', 'actorLabel', 'baseWage', 'costPrice',
  'unitCost', 'averageCost', 'requestedBy', 'confirmedBy', 'enteredBy', 'reviewedBy', 'financeReviewedBy', 'ownerName', 'reviewNote'];

/** Stock documents and their tables: each has lines and a timeline of its own (`<table>_line`, `<table>_event`). */
const STOCK_DOCUMENTS: Record<string, string> = {
  StockIn: 'stock_in',
  StockOut: 'stock_out',
  Requisition: 'requisition',
  Borrowing: 'borrowing',
  StockTransfer: 'stock_transfer',
  PurchaseOrder: 'purchase_order',
  Stocktake: 'stocktake',
};

const READ_SCOPES = PARTNER_GRANTABLE.filter((s) => s.endsWith(':read'));

/** This month and the last in the business time zone (the reports walked). */
const reportMonth = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);
const lastMonth = (() => {
  const [y, m] = reportMonth.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
})();

type Allowed = Map<string, Set<string> | 'all'>;

describe('no relation, alias, filter or query leads out of a caller’s scope', () => {
  let t: TestApp;
  let types: Map<string, IntrospectedType>;
  let queryFields: IntrospectedField[];
  let world: Awaited<ReturnType<typeof accessWorld>>;
  const keys: Record<'maker' | 'retailer' | 'network', { key: string; id: string }> = {} as never;

  const sql = async (text: string, params: unknown[] = []) =>
    new Set((await t.em().getConnection().execute<Array<{ id: string }>>(text, params)).map((r) => r.id));

  beforeAll(async () => {
    t = await createTestApp();
    const issue = async (input: Record<string, unknown>) => {
      const r = await t.ok<{ issueApiKey: { key: string; apiKey: { id: string } } }>(
        `mutation($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key apiKey { id } } }`,
        { input: { scopes: READ_SCOPES, ...input } },
        t.admin,
      );
      return { key: r.issueApiKey.key, id: r.issueApiKey.apiKey.id };
    };
    keys.retailer = await issue({ name: '零售商', partnerKind: 'RETAILER' });
    world = await accessWorld(t, { retailer: keys.retailer.id });
    keys.maker = await issue({ name: '甲厂对接', partnerKind: 'MANUFACTURER', manufacturerId: world.makerA.id });
    keys.network = await issue({ name: '甲站外包网络', partnerKind: 'SERVICE_NETWORK', stationId: world.s1.id });
    // Saved queries an administrator shares with every role and every key: each caller runs them in its own scope.
    const everyone = { sharedWithRoles: Object.keys(Role), sharedWithApiKeyIds: [keys.maker.id, keys.retailer.id, keys.network.id] };
    for (const [name, definition] of Object.entries({
      orders: { root: 'serviceOrders', columns: ['id', 'contactName', 'contactPhone', 'address', 'internalNote', 'customer.id', 'customer.name', 'customer.mobile', 'station.id', 'productUnit.id', 'agentStation.id', 'previousOrder.id', 'reworkOf.id', 'customer.defaultTechnician.id'] },
      technicians: { root: 'technicians', columns: ['id', 'name', 'mobile', 'baseWage', 'station.id'] },
      parts: { root: 'orderParts', columns: ['id', 'order.id', 'part.id', 'part.costPrice'] },
    })) {
      await t.ok(`mutation($input: SavedQueryCreateInput!) { createSavedQuery(input: $input) { id } }`, { input: { name, definition, ...everyone } }, t.admin);
    }
    // Reports: the world's orders completed now, paid by their maker, late; last month's statements
    // confirmed for both makers; a reward for each technician.
    await t.em().getConnection().execute(`update service_order set completed_at = now(), sla_due_at = now() - interval '1 hour', labour_fee = 10, payer = 'manufacturer', return_visit_score = 4, visited_at = now()`);
    for (const maker of [world.makerA, world.makerB]) {
      await t.ok(`mutation($i: SettlementConfirmInput!) { confirmSettlement(input: $i) { status } }`, { i: { manufacturerId: maker.id, month: lastMonth } }, t.admin);
    }
    for (const tech of [world.t1, world.t2]) {
      await t.ok(`mutation($i: CommissionAdjustmentInput!) { addCommissionAdjustment(input: $i) { id } }`, { i: { technicianId: tech.id, month: reportMonth, kind: 'REWARD', amount: 10, reason: '走查奖励' } }, t.admin);
    }
    const schema = await t.ok<{ __schema: { types: IntrospectedType[] } }>(INTROSPECT, {}, t.admin);
    types = new Map(schema.__schema.types.map((ty) => [ty.name, ty]));
    queryFields = types.get('Query')!.fields!;
  });
  afterAll(() => t.close());

  /** Who may see what, stated again in SQL for each kind of caller. */
  async function allowedFor(kind: 'station' | 'maker' | 'retailer' | 'network'): Promise<Allowed> {
    const { s1, makerA } = world;
    const all = 'all' as const;
    const a: Allowed = new Map();
    if (kind === 'station' || kind === 'network') {
      const orders = await sql(`select id from service_order where station_id = ?`, [s1.id]);
      a.set('ServiceOrder', orders);
      a.set('ServiceStation', new Set([s1.id]));
      a.set('Technician', await sql(`select id from technician where station_id = ?`, [s1.id]));
      a.set('Warehouse', await sql(`select id from warehouse where station_id = ?`, [s1.id]));
      if (kind === 'network') {
        a.set('Customer', await sql(`select distinct customer_id as id from service_order where station_id = ?`, [s1.id]));
        a.set('ProductUnit', await sql(`select distinct product_unit_id as id from service_order where station_id = ?`, [s1.id]));
      }
    }
    if (kind === 'maker') {
      a.set('ServiceOrder', await sql(`select o.id from service_order o join product p on p.id = o.product_id where p.manufacturer_id = ?`, [makerA.id]));
      a.set(
        'Customer',
        await sql(
          `select u.owner_id as id from product_unit u join product p on p.id = u.product_id where p.manufacturer_id = ? and u.owner_id is not null
           union select o.customer_id from service_order o join product p on p.id = o.product_id where p.manufacturer_id = ?`,
          [makerA.id, makerA.id],
        ),
      );
      a.set('ProductUnit', await sql(`select u.id from product_unit u join product p on p.id = u.product_id where p.manufacturer_id = ?`, [makerA.id]));
      a.set('Product', await sql(`select id from product where manufacturer_id = ?`, [makerA.id]));
      a.set('Brand', await sql(`select id from brand where manufacturer_id = ?`, [makerA.id]));
      a.set('Manufacturer', new Set([makerA.id]));
      a.set('Part', await sql(`select id from part where manufacturer_id = ?`, [makerA.id]));
      a.set('Technician', new Set());
      a.set('Warehouse', new Set());
    }
    if (kind === 'retailer') {
      const mine = keys.retailer.id;
      a.set('ServiceOrder', await sql(`select id from service_order where created_by_api_key_id = ?`, [mine]));
      a.set('Customer', await sql(`select id from customer where created_by_api_key_id = ? union select customer_id from service_order where created_by_api_key_id = ?`, [mine, mine]));
      a.set('ProductUnit', await sql(`select id from product_unit where created_by_api_key_id = ? union select product_unit_id from service_order where created_by_api_key_id = ?`, [mine, mine]));
      a.set('Technician', new Set());
      a.set('Warehouse', new Set());
    }
    // Stock is per warehouse: the station's staff and its network's key see its warehouses' stock
    // and documents (a transfer by both ends); other keys none.
    const stationStock = kind === 'station' || kind === 'network';
    const stockStations = stationStock ? [world.s1.id] : [];
    const inS1 = `(select unnest(?::uuid[]))`;
    a.set('StockBalance', await sql(`select b.id from stock_balance b join warehouse w on w.id = b.warehouse_id where w.station_id in ${inS1}`, [`{${stockStations.join(',')}}`]));
    a.set('StockMovement', await sql(`select m.id from stock_movement m join warehouse w on w.id = m.warehouse_id where w.station_id in ${inS1}`, [`{${stockStations.join(',')}}`]));
    for (const [type, table] of Object.entries(STOCK_DOCUMENTS)) {
      const transfer = table === 'stock_transfer' ? ' or to_station_id in (select unnest(?::uuid[]))' : '';
      const params = table === 'stock_transfer' ? [`{${stockStations.join(',')}}`, `{${stockStations.join(',')}}`] : [`{${stockStations.join(',')}}`];
      const docs = await sql(`select id from ${table} where station_id in ${inS1}${transfer}`, params);
      a.set(type, docs);
      const ids = `{${[...docs].join(',')}}`;
      a.set(`${type}Line`, await sql(`select id from ${table}_line where document_id = any(?::uuid[])`, [ids]));
      a.set(`${type}Event`, await sql(`select id from ${table}_event where document_id = any(?::uuid[])`, [ids]));
    }
    // After-sales documents: station staff and the network their station's; a maker complaints about
    // its products and approved feedback on them, no returns; the retailer what it filed or its orders'.
    const partnerKind = kind !== 'station';
    const mine = keys.retailer.id;
    const scoped: Record<string, [string, unknown[]]> = {
      station: [`station_id = ?`, [s1.id]],
      network: [`station_id = ?`, [s1.id]],
      maker: [`false`, []],
      retailer: [`created_by_api_key_id = ? or service_order_id in (select id from service_order where created_by_api_key_id = ?)`, [mine, mine]],
    };
    const returns = await sql(`select id from return_request where ${scoped[kind][0]}`, scoped[kind][1]);
    a.set('ReturnRequest', returns);
    a.set('ReturnLine', await sql(`select id from return_request_line where request_id = any(?::uuid[])`, [`{${[...returns].join(',')}}`]));
    a.set('ReturnEvent', await sql(`select id from return_request_event where request_id = any(?::uuid[]) ${partnerKind ? 'and not internal' : ''}`, [`{${[...returns].join(',')}}`]));
    const complaints =
      kind === 'maker'
        ? await sql(`select c.id from complaint c join product p on p.id = c.product_id where p.manufacturer_id = ?`, [makerA.id])
        : await sql(`select id from complaint where ${scoped[kind][0]}`, scoped[kind][1]);
    a.set('Complaint', complaints);
    a.set('ComplaintEvent', await sql(`select id from complaint_event where document_id = any(?::uuid[]) ${partnerKind ? 'and not internal' : ''}`, [`{${[...complaints].join(',')}}`]));
    const feedback =
      kind === 'maker'
        ? await sql(`select id from quality_feedback where manufacturer_id = ? and status in ('approved', 'confirmed', 'closed')`, [makerA.id])
        : kind === 'retailer'
          ? await sql(`select id from quality_feedback where created_by_api_key_id = ?`, [mine])
          : await sql(`select id from quality_feedback where station_id = ?`, [s1.id]);
    a.set('QualityFeedback', feedback);
    a.set('QualityFeedbackEvent', await sql(`select id from quality_feedback_event where document_id = any(?::uuid[]) ${partnerKind ? 'and not internal' : ''}`, [`{${[...feedback].join(',')}}`]));
    const units = a.get('ProductUnit');
    if (units && units !== 'all') a.set('WarrantyExtension', await sql(`select id from warranty_extension where unit_id = any(?::uuid[])`, [`{${[...units].join(',')}}`]));
    // Reports: statements are the office's and station staff's, a manufacturer's key its own;
    // rewards and deductions follow their technician.
    a.set('SettlementStatement', kind === 'maker' ? await sql(`select id from settlement_statement where manufacturer_id = ?`, [makerA.id]) : kind === 'station' ? await sql(`select id from settlement_statement`) : new Set());
    a.set('CommissionAdjustment', kind === 'station' ? await sql(`select c.id from commission_adjustment c join technician t on t.id = c.technician_id where t.station_id = ?`, [s1.id]) : new Set());
    const orders = a.get('ServiceOrder') as Set<string> | undefined;
    const partner = kind !== 'station';
    if (orders) {
      a.set('TimelineEvent', await sql(`select id from service_order_event where order_id::text = any(string_to_array(?, ',')) ${partner ? 'and not internal' : ''}`, [[...orders].join(',')]));
      a.set('OrderPart', await sql(`select id from service_order_part where order_id::text = any(string_to_array(?, ','))`, [[...orders].join(',')]));
    }
    const stockOrders = `{${stationStock ? [...(await sql('select id from service_order where station_id = ?', [world.s1.id]))].join(',') : ''}}`;
    a.set('OrderPartIssue', await sql(`select id from stock_order_issue where service_order_id = any(?::uuid[])`, [stockOrders]));
    a.set('AwaitedPart', await sql(`select id from stock_awaited_part where service_order_id = any(?::uuid[])`, [stockOrders]));
    for (const ty of types.values()) if (ty.kind === 'OBJECT' && !a.has(ty.name)) a.set(ty.name, all);
    return a;
  }

  /** `{ __typename id …relations… }` three levels down, sensitive scalars included, one relation aliased. */
  function selection(typeName: string, depth: number, alias = true): string {
    const ty = types.get(typeName)!;
    const parts = ['__typename'];
    for (const f of ty.fields ?? []) {
      if (required(f)) continue;
      const target = named(f.type);
      if (target.kind === 'SCALAR' || target.kind === 'ENUM') {
        if (f.name === 'id' || SENSITIVE.includes(f.name)) parts.push(f.name);
      } else if (target.kind === 'OBJECT' && depth > 0) {
        const sub = selection(target.name!, depth - 1, false);
        parts.push(`${f.name} { ${sub} }`);
        const hasId = types.get(target.name!)?.fields?.some((x) => x.name === 'id');
        if (alias && hasId) parts.push(`alias_${f.name}: ${f.name} { __typename id }`);
      }
    }
    return parts.join(' ');
  }

  const pageType = (f: IntrospectedField) => {
    const ty = types.get(named(f.type).name!)!;
    const items = ty.fields?.find((x) => x.name === 'items');
    return items ? named(items.type).name! : undefined;
  };

  interface Seen {
    type: string;
    id: string;
    path: string;
    record: Record<string, unknown>;
  }

  function collect(value: unknown, path: string, out: Seen[]): void {
    if (Array.isArray(value)) return value.forEach((v, i) => collect(v, `${path}[${i}]`, out));
    if (!value || typeof value !== 'object') return;
    const rec = value as Record<string, unknown>;
    if (typeof rec.__typename === 'string' && typeof rec.id === 'string') out.push({ type: rec.__typename, id: rec.id, path, record: rec });
    for (const [k, v] of Object.entries(rec)) collect(v, `${path}.${k}`, out);
  }

  /** Runs every query returning records as the caller; returns what came back and any unexpected errors. */
  async function walk(caller: Caller, allIds: Map<string, string[]>): Promise<{ seen: Seen[]; errors: string[] }> {
    const seen: Seen[] = [];
    const errors: string[] = [];
    const run = async (label: string, query: string, variables: Record<string, unknown> = {}) => {
      const res = await t.gql(query, variables, caller);
      for (const e of res.errors ?? []) {
        if (!['FORBIDDEN', 'NOT_FOUND'].includes(e.extensions.code)) errors.push(`${label}: ${e.extensions.code} ${e.message} at ${e.path?.join('.')}`);
      }
      collect(res.data, label, seen);
    };
    for (const f of queryFields) {
      const page = pageType(f);
      const target = page ?? named(f.type).name!;
      const ty = types.get(target);
      if (!ty || ty.kind !== 'OBJECT' || !ty.fields?.some((x) => x.name === 'id')) continue;
      // Pages two levels deep (a page multiplies its cost by its size: the query limit allows it);
      // every record alone three levels deep.
      const sel = selection(target, 3);
      if (page) {
        await run(f.name, `{ ${f.name}(perPage: 10) { items { ${selection(target, 2)} } again: items { __typename id } } }`);
        const ids = allIds.get(target) ?? [];
        if (ids.length) await run(`${f.name}(ids)`, `query($ids: [ID!]) { ${f.name}(perPage: 500, filter: { ids: $ids }) { items { __typename id } } }`, { ids });
      } else if (f.args.length === 1 && f.args[0].name === 'id') {
        for (const id of allIds.get(target) ?? []) await run(`${f.name}(${id})`, `query($id: ID!) { ${f.name}(id: $id) { ${sel} } }`, { id });
      }
    }
    // Queries that take an order and return other records.
    const orderSel = (name: string) => selection(name, 2);
    for (const orderId of allIds.get('ServiceOrder') ?? []) {
      for (const stationId of [world.s1.id, world.s2.id]) {
        await run('technicianSuggestions', `query($o: ID!, $s: ID) { technicianSuggestions(orderId: $o, stationId: $s) { technician { ${orderSel('Technician')} } } }`, {
          o: orderId,
          s: stationId,
        });
      }
      await run('stationSuggestions', `query($o: ID!) { stationSuggestions(orderId: $o) { station { ${orderSel('ServiceStation')} } } }`, { o: orderId });
    }
    await run('awaitingParts', `{ awaitingParts { station { ${orderSel('ServiceStation')} } part { ${orderSel('Part')} } manufacturer { __typename id } } }`);
    // The stock reports (their rows are many: one level below each record).
    const rowSel = (name: string) => selection(name, 1);
    await run('stockShortages', `{ stockShortages { part { ${rowSel('Part')} } warehouse { ${rowSel('Warehouse')} } station { __typename id } } }`);
    await run('technicianHoldings', `{ technicianHoldings { technician { ${rowSel('Technician')} } station { __typename id } part { __typename id } } }`);
    await run('lateStockReturns', `{ lateStockReturns { technician { __typename id } station { __typename id } } }`);
    await run('stockValue', `{ stockValue { warehouses { warehouse { ${rowSel('Warehouse')} } station { __typename id } } } }`);
    await run('partChoices', `{ partChoices(limit: 100) { part { ${rowSel('Part')} } } }`);
    await walkReports(caller, seen, errors);
    await walkQueries(caller, seen, errors);
    return { seen, errors };
  }

  /** Ids in report rows, as the records they name. */
  const REPORT_IDS: Record<string, string> = { stationId: 'ServiceStation', technicianId: 'Technician', orderId: 'ServiceOrder', warehouseId: 'Warehouse', manufacturerId: 'Manufacturer', partId: 'Part' };
  function reportIds(value: unknown, path: string, out: Seen[]): void {
    if (Array.isArray(value)) return value.forEach((v, i) => reportIds(v, `${path}[${i}]`, out));
    if (!value || typeof value !== 'object') return;
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (REPORT_IDS[k] && typeof v === 'string') out.push({ type: REPORT_IDS[k], id: v, path: `${path}.${k}`, record: {} });
      else reportIds(v, `${path}.${k}`, out);
    }
  }

  /** Every report for this month (the world's orders were completed in it) and last month's statements, as the caller. */
  async function walkReports(caller: Caller, seen: Seen[], errors: string[]): Promise<void> {
    const run = async (label: string, query: string, variables: Record<string, unknown> = {}) => {
      const res = await t.gql(query, variables, caller);
      for (const e of res.errors ?? []) if (!['FORBIDDEN', 'NOT_FOUND'].includes(e.extensions.code)) errors.push(`${label}: ${e.extensions.code} ${e.message} at ${e.path?.join('.')}`);
      collect(res.data, label, seen);
      reportIds(res.data, label, seen);
      return res.data as Record<string, any> | null | undefined;
    };
    const m = { month: reportMonth };
    const f = { from: reportMonth };
    const monthly = await run('monthlyRepairReport', `query($f: MonthlyReportFilter!) { monthlyRepairReport(filter: $f) { rows { groupId } } }`, { f: { ...f, groupBy: 'STATION' } });
    for (const [i, r] of (monthly?.monthlyRepairReport.rows ?? []).entries()) if (r.groupId) seen.push({ type: 'ServiceStation', id: r.groupId, path: `monthlyRepairReport.rows[${i}]`, record: {} });
    for (const maker of [world.makerA, world.makerB]) {
      for (const month of [reportMonth, lastMonth]) {
        await run(`manufacturerSettlement(${maker.name}, ${month})`, `query($f: SettlementFilter!) { manufacturerSettlement(filter: $f) { manufacturerId statement { ${selection('SettlementStatement', 1)} confirmedBy } lines { orderId } } }`, { f: { manufacturerId: maker.id, month } });
      }
    }
    await run('technicianCommission', `query($f: CommissionFilter!) { technicianCommission(filter: $f) { technicianId stationId lines { orderId } adjustments { ${selection('CommissionAdjustment', 1)} } } }`, { f: m });
    await run('technicianLeaderboard', `query($f: LeaderboardFilter!) { technicianLeaderboard(filter: $f) { rows { technicianId stationId } } }`, { f: m });
    await run('partsConsumption', `query($f: PartsConsumptionFilter!) { partsConsumption(filter: $f) { partId } }`, { f });
    await run('stockTurnover', `query($f: StockTurnoverFilter!) { stockTurnover(filter: $f) { warehouseId stationId } }`, { f });
    await run('returnVisitSatisfaction', `query($f: SatisfactionFilter!) { returnVisitSatisfaction(filter: $f) { stationId } }`, { f });
    await run('slaBreaches', `query($f: SlaBreachFilter!) { slaBreaches(filter: $f) { rows { stationId } orders { orderId } } }`, { f });
    await run('managerDashboard', `{ managerDashboard { stationsBehind { stationId } } }`);
  }

  interface CatalogueField {
    path: string;
    target: string | null;
    column: boolean;
  }
  const CATALOGUE = `query($r: QueryRoot!) { queryCatalogue(root: $r) { fields { path target column } } }`;
  const RESULT = `columns { key } rows { values } total`;

  /**
   * Query results as records: for each row, one record per path prefix that has an id column
   * (`customer.id` → a Customer with the `customer.*` sensitive columns beside it).
   */
  function queryRecords(label: string, types: Map<string, string>, fields: CatalogueField[], keys: string[], rows: Array<{ values: unknown[] }>, out: Seen[]): void {
    const typeOfPrefix = new Map<string, string>();
    for (const f of fields) {
      if (f.path !== 'id' && !f.path.endsWith('.id')) continue;
      if (f.target && types.has(f.target)) typeOfPrefix.set(f.path.slice(0, -2), types.get(f.target)!);
    }
    rows.forEach((row, i) => {
      const byPrefix = new Map<string, Record<string, unknown>>();
      keys.forEach((key, k) => {
        const cut = key.lastIndexOf('.') + 1;
        const prefix = key.slice(0, cut);
        const rec = byPrefix.get(prefix) ?? {};
        rec[key.slice(cut)] = row.values[k];
        byPrefix.set(prefix, rec);
      });
      for (const [prefix, rec] of byPrefix) {
        const type = typeOfPrefix.get(prefix);
        if (type && typeof rec.id === 'string') out.push({ type, id: rec.id, path: `${label}[${i}].${prefix}`, record: { ...rec, __typename: type } });
      }
    });
  }

  /** Every root the caller may query, the ids of everything its paths reach (two relations deep), and the saved queries it sees. */
  async function walkQueries(caller: Caller, seen: Seen[], errors: string[]): Promise<void> {
    const roots = await t.gql<{ queryRoots: Array<{ root: string; type: string }> }>(`{ queryRoots { root type } }`, {}, caller);
    for (const e of roots.errors ?? []) errors.push(`queryRoots: ${e.extensions.code} ${e.message}`);
    const types = new Map((roots.data?.queryRoots ?? []).map((r) => [r.root, r.type]));
    const fieldsOf = new Map<string, CatalogueField[]>();
    for (const root of types.keys()) {
      const cat = await t.gql<{ queryCatalogue: { fields: CatalogueField[] } }>(CATALOGUE, { r: root }, caller);
      for (const e of cat.errors ?? []) errors.push(`queryCatalogue(${root}): ${e.extensions.code} ${e.message}`);
      const fields = cat.data?.queryCatalogue.fields ?? [];
      fieldsOf.set(root, fields);
      const depth = (p: string) => p.split('.').length;
      const columns = fields
        .filter((f) => f.column && depth(f.path) <= 3 && (f.path === 'id' || f.path.endsWith('.id') || SENSITIVE.includes(f.path.split('.').pop()!)))
        .map((f) => f.path);
      for (let i = 0; i < columns.length; i += 40) {
        const chunk = columns.slice(i, i + 40);
        if (!chunk.some((c) => c === 'id' || c.endsWith('.id'))) continue;
        const res = await t.gql<{ runQuery: { columns: Array<{ key: string }>; rows: Array<{ values: unknown[] }> } }>(
          `query($q: AdHocQueryInput!) { runQuery(query: $q, perPage: 500) { ${RESULT} } }`,
          { q: { root, columns: chunk } },
          caller,
        );
        for (const e of res.errors ?? []) errors.push(`runQuery(${root}): ${e.extensions.code} ${e.message}`);
        if (res.data) queryRecords(`runQuery(${root})`, types, fields, res.data.runQuery.columns.map((c) => c.key), res.data.runQuery.rows, seen);
      }
    }
    const saved = await t.gql<{ savedQueries: { items: Array<{ id: string; root: string }> } }>(`{ savedQueries(perPage: 100) { items { id root } } }`, {}, caller);
    for (const e of saved.errors ?? []) errors.push(`savedQueries: ${e.extensions.code} ${e.message}`);
    for (const { id, root } of saved.data?.savedQueries.items ?? []) {
      const res = await t.gql<{ runSavedQuery: { columns: Array<{ key: string }>; rows: Array<{ values: unknown[] }> } }>(
        `query($id: ID!) { runSavedQuery(id: $id, perPage: 500) { ${RESULT} } }`,
        { id },
        caller,
      );
      for (const e of res.errors ?? []) if (!['FORBIDDEN', 'NOT_FOUND'].includes(e.extensions.code)) errors.push(`runSavedQuery(${id}): ${e.extensions.code} ${e.message}`);
      if (res.data) queryRecords(`runSavedQuery(${root})`, types, fieldsOf.get(root) ?? [], res.data.runSavedQuery.columns.map((c) => c.key), res.data.runSavedQuery.rows, seen);
    }
  }

  async function everyId(): Promise<Map<string, string[]>> {
    const tables: Record<string, string> = {
      ServiceOrder: 'service_order',
      Customer: 'customer',
      ProductUnit: 'product_unit',
      Product: 'product',
      Brand: 'brand',
      Manufacturer: 'manufacturer',
      ServiceStation: 'service_station',
      Technician: 'technician',
      Warehouse: 'warehouse',
      Part: 'part',
      StockBalance: 'stock_balance',
      StockMovement: 'stock_movement',
      ...STOCK_DOCUMENTS,
      ReturnRequest: 'return_request',
      Complaint: 'complaint',
      QualityFeedback: 'quality_feedback',
    };
    const out = new Map<string, string[]>();
    for (const [type, table] of Object.entries(tables)) out.set(type, [...(await sql(`select id from ${table}`))]);
    return out;
  }

  function violations(seen: Seen[], allowed: Allowed, partner: boolean): string[] {
    const out: string[] = [];
    for (const s of seen) {
      const ok = allowed.get(s.type);
      if (ok !== 'all' && !ok?.has(s.id)) out.push(`${s.type} ${s.id} via ${s.path}`);
      if (partner) {
        for (const field of SENSITIVE) {
          const v = s.record[field];
          if (v === undefined || v === null) continue;
          const masked = (x: unknown) => typeof x === 'string' && (/^\d{3}\*{4}\d{4}$/.test(x) || /^\S\*{1,3}$/.test(x) || x === '****');
          const values = Array.isArray(v) ? v : [v];
          if (!values.every(masked)) out.push(`${s.type}.${field} = ${JSON.stringify(v)} in clear via ${s.path}`);
        }
      }
    }
    return out;
  }

  const STATION_ROLES = [Role.TECHNICIAN, Role.DISPATCHER, Role.PARTS_KEEPER, Role.OPERATIONS_REVIEWER, Role.FINANCE_REVIEWER, Role.MANAGER, Role.ANALYST];

  it.each(STATION_ROLES)('a %s tied to a station sees only that station’s orders, technicians, warehouses and station', async (role) => {
    const caller = await t.userWith([role], { stationId: world.s1.id });
    const { seen, errors } = await walk(caller, await everyId());
    expect(errors).toEqual([]);
    expect(violations(seen, await allowedFor('station'), false)).toEqual([]);
    // The walk did reach records (it is not vacuous): its own orders and their technicians.
    expect(seen.some((s) => s.type === 'ServiceOrder' && s.id === world.atS1.id)).toBe(true);
    expect(seen.some((s) => s.type === 'Technician' && s.id === world.t1.id)).toBe(true);
    expect(seen.some((s) => s.path.startsWith('runQuery(serviceOrders)') && s.id === world.atS1.id)).toBe(true);
    expect(seen.some((s) => s.path.startsWith('runSavedQuery(technicians)') && s.id === world.t1.id)).toBe(true);
    // … and the reports: its station's rows, the statements, its technicians' rewards.
    if (role === Role.MANAGER || role === Role.FINANCE_REVIEWER) {
      expect(seen.some((s) => s.path.startsWith('technicianLeaderboard') && s.id === world.t1.id)).toBe(true);
      expect(seen.some((s) => s.path.startsWith('slaBreaches') && s.id === world.atS1.id)).toBe(true);
      expect(seen.some((s) => s.type === 'SettlementStatement')).toBe(true);
    }
    // … and its stock: balances, ledger rows, the transfer coming from S2 and the lines of its documents;
    // … and the after-sales documents of its station (parts keepers do not read complaints).
    const complaints = role === Role.PARTS_KEEPER ? [] : ['Complaint', 'ComplaintEvent'];
    for (const type of ['StockBalance', 'StockMovement', 'StockTransfer', 'RequisitionLine', 'StockInEvent', 'OrderPartIssue', 'AwaitedPart', 'ReturnRequest', 'ReturnLine', 'ReturnEvent', ...complaints, 'QualityFeedback', 'QualityFeedbackEvent', 'WarrantyExtension']) {
      expect({ type, seen: seen.some((s) => s.type === type) }).toEqual({ type, seen: true });
    }
  });

  it.each([
    ['a manufacturer', 'maker'],
    ['a retailer', 'retailer'],
    ['a service network', 'network'],
  ] as const)('%s key sees only its own records, contacts masked', async (_label, kind) => {
    const { seen, errors } = await walk({ apiKey: keys[kind].key }, await everyId());
    expect(errors).toEqual([]);
    expect(violations(seen, await allowedFor(kind), kind !== 'network')).toEqual([]);
    expect(seen.some((s) => s.type === 'ServiceOrder')).toBe(true);
    expect(seen.some((s) => s.path.startsWith('runQuery(serviceOrders)'))).toBe(true);
    expect(seen.some((s) => s.path.startsWith('runSavedQuery(serviceOrders)'))).toBe(true);
    // The network's key was granted stock: it reaches its station's (and only its station's, as checked above).
    if (kind === 'network') expect(seen.some((s) => s.type === 'StockBalance') && seen.some((s) => s.type === 'Requisition')).toBe(true);
    // … and the after-sales documents its scope holds.
    const expected = { maker: ['Complaint', 'QualityFeedback'], retailer: ['ReturnRequest', 'ReturnLine', 'Complaint'], network: ['ReturnRequest', 'Complaint', 'QualityFeedback'] }[kind];
    for (const type of expected) expect({ type, seen: seen.some((s) => s.type === type) }).toEqual({ type, seen: true });
    // A manufacturer's key reaches its own statement and its orders' report rows.
    if (kind === 'maker') {
      expect(seen.some((s) => s.type === 'SettlementStatement')).toBe(true);
      expect(seen.some((s) => s.path.startsWith('manufacturerSettlement') && s.type === 'ServiceOrder')).toBe(true);
    }
  });

  it('catches a leak planted in ad-hoc queries alone (the query walk is not blind)', async () => {
    const policy = policyOf(Technician)!;
    const scope = policy.scope!;
    // Lists, relations and loaders keep the scope; only statements the query module writes lose it.
    policy.scope = (actor) => (new Error().stack?.includes('modules/query/') ? undefined : scope(actor));
    try {
      const caller = await t.userWith([Role.TECHNICIAN], { stationId: world.s1.id });
      const { seen } = await walk(caller, await everyId());
      const found = violations(seen, await allowedFor('station'), false);
      expect(found.some((v) => v.startsWith(`Technician ${world.t2.id} via runQuery(technicians)`))).toBe(true);
      expect(found.some((v) => v.startsWith(`Technician ${world.t2.id} via runSavedQuery(technicians)`))).toBe(true);
      expect(found.filter((v) => !v.includes('runQuery') && !v.includes('runSavedQuery'))).toEqual([]);
    } finally {
      policy.scope = scope;
    }
  });

  it('catches a planted leak (the walk is not blind)', async () => {
    const policy = policyOf(Technician)!;
    const scope = policy.scope;
    policy.scope = () => undefined;
    try {
      const caller = await t.userWith([Role.TECHNICIAN], { stationId: world.s1.id });
      const { seen } = await walk(caller, await everyId());
      const found = violations(seen, await allowedFor('station'), false);
      expect(found.some((v) => v.startsWith(`Technician ${world.t2.id}`))).toBe(true);
    } finally {
      policy.scope = scope;
    }
  });

  it('catches a planted stock leak too: balances without their warehouse scope', async () => {
    const policy = policyOf(StockBalance)!;
    const scope = policy.scope;
    policy.scope = () => undefined;
    try {
      const caller = await t.userWith([Role.PARTS_KEEPER], { stationId: world.s1.id });
      const { seen } = await walk(caller, await everyId());
      const found = violations(seen, await allowedFor('station'), false);
      expect(found.some((v) => v.startsWith('StockBalance '))).toBe(true);
    } finally {
      policy.scope = scope;
    }
  });

  it('catches a planted after-sales leak: return requests without their station scope', async () => {
    const policy = policyOf(ReturnRequest)!;
    const scope = policy.scope;
    policy.scope = () => undefined;
    try {
      const caller = await t.userWith([Role.TECHNICIAN], { stationId: world.s1.id });
      const { seen } = await walk(caller, await everyId());
      const found = violations(seen, await allowedFor('station'), false);
      expect(found.some((v) => v.startsWith('ReturnRequest '))).toBe(true);
    } finally {
      policy.scope = scope;
    }
  });
});
