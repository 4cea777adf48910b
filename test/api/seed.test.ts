import { derivedWarrantyEnd } from '../../api/src/modules/product/warranty';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Client } from 'pg';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { Fixtures } from '../helpers/fixtures';
import { DEMO_LOGINS, DEMO_PARTNER, DEMO_PARTNER_KEY, seedDemo } from '../../seeds/demo';
import { addDaysTo, today, warrantyEnd } from '../../api/src/common/dates';
import { ApiKey } from '../../api/src/modules/auth/api-key.entity';
import { AuditEntry } from '../../api/src/modules/audit/audit-entry.entity';
import { Code } from '../../api/src/modules/code-table/code.entity';
import { CodeGroup } from '../../api/src/modules/code-table/code-group.entity';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { Customer, CustomerKind, ServiceLevel } from '../../api/src/modules/customer/customer.entity';
import { FeeKind } from '../../api/src/modules/fee/fee-enums';
import { FeeRule } from '../../api/src/modules/fee/fee-rule.entity';
import { Part } from '../../api/src/modules/part/part.entity';
import { Brand } from '../../api/src/modules/product/brand.entity';
import { Manufacturer } from '../../api/src/modules/product/manufacturer.entity';
import { Product } from '../../api/src/modules/product/product.entity';
import { ProductCategory } from '../../api/src/modules/product/product-category.entity';
import { ProductUnit } from '../../api/src/modules/product/product-unit.entity';
import { Region } from '../../api/src/modules/region/region.entity';
import { distanceKm } from '../../api/src/modules/service-order/sla';
import { ServiceStation, StationKind } from '../../api/src/modules/station/service-station.entity';
import { Technician } from '../../api/src/modules/station/technician.entity';
import { Warehouse } from '../../api/src/modules/station/warehouse.entity';
import { Role } from '../../api/src/modules/auth/role';
import { reconcile } from '../../api/src/modules/stock/ledger/reconciliation';
import { User } from '../../api/src/modules/auth/user.entity';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { ServiceOrderStatus } from '../../api/src/modules/service-order/service-order.enums';

const COUNTED = { Region, Manufacturer, Brand, ProductCategory, Product, ProductUnit, Customer, CodeGroup, Code, ServiceStation, Technician, Warehouse, Part, FeeRule, User, ApiKey };

describe('demo data', () => {
  let t: TestApp;
  const counts = async () => {
    const em = t.em();
    const entries = await Promise.all(Object.entries(COUNTED).map(async ([name, entity]) => [name, await em.count(entity as never, {})] as const));
    return Object.fromEntries(entries) as Record<keyof typeof COUNTED, number>;
  };

  beforeAll(async () => {
    t = await createTestApp();
    expect(await seedDemo(t.orm, { timeZone: t.config.timeZone })).toBe(true);
  });
  afterAll(() => t.close());

  it('adds 2,000+ service orders in every state, numbered without gaps', async () => {
    const orders = await t.em().find(ServiceOrder, {}, { fields: ['status', 'number'] });
    expect(orders.length).toBeGreaterThanOrEqual(2000);
    expect(new Set(orders.map((o) => o.status))).toEqual(new Set(Object.values(ServiceOrderStatus)));
    const perYear = new Map<string, number[]>();
    for (const o of orders) perYear.set(o.number.slice(3, 7), [...(perYear.get(o.number.slice(3, 7)) ?? []), Number(o.number.slice(-6))]);
    for (const numbers of perYear.values()) expect(Math.max(...numbers)).toBe(numbers.length);
  });

  it('keeps books of stock that balance: openings everywhere, months of movements of every kind, consistent with the orders', async () => {
    const conn = t.em().getConnection();
    expect((await reconcile(t.em())).ok).toBe(true);
    const [{ negative }] = await conn.execute<{ negative: string }[]>('select count(*) as negative from stock_balance where on_hand < 0');
    expect(Number(negative)).toBe(0);
    const chain = await conn.execute<unknown[]>(
      `select 1 from (select balance_after, quantity, lag(balance_after) over (partition by part_id, warehouse_id order by seq) as before, at,
                             lag(at) over (partition by part_id, warehouse_id order by seq) as before_at from stock_movement) x
        where balance_after <> coalesce(before, 0) + quantity or at < before_at limit 1`,
    );
    expect(chain).toEqual([]);
    // Nothing is booked in the future, nor before the books began (120 days back).
    const [{ first, last }] = await conn.execute<{ first: string; last: string }[]>('select min(at) as first, max(at) as last from stock_movement');
    expect(new Date(last).getTime()).toBeLessThanOrEqual(Date.now());
    expect(Date.now() - new Date(first).getTime()).toBeLessThan(122 * 86400_000);
    // Every warehouse opened; every kind of movement and document is there.
    const [{ unopened }] = await conn.execute<{ unopened: string }[]>(
      `select count(*) as unopened from warehouse w where not exists (select 1 from stock_movement m where m.warehouse_id = w.id and m.kind = 'opening')`,
    );
    expect(Number(unopened)).toBe(0);
    const kinds = new Set((await conn.execute<{ kind: string }[]>('select distinct kind from stock_movement')).map((r) => r.kind));
    for (const kind of ['opening', 'purchase_in', 'consumption', 'transfer_out', 'transfer_in', 'requisition_out', 'return_in', 'old_part_in', 'borrow_out', 'borrow_back', 'sale', 'loss', 'return_to_maker']) {
      expect({ kind, there: kinds.has(kind) }).toEqual({ kind, there: true });
    }
    for (const table of ['stock_in', 'stock_out', 'requisition', 'borrowing', 'stock_transfer', 'purchase_order', 'stocktake']) {
      const [{ n }] = await conn.execute<{ n: string }[]>(`select count(*) as n from ${table}`);
      expect({ table, some: Number(n) > 0 }).toEqual({ table, some: true });
    }
    // Consumption follows the orders: each row names a completed (or arrived-for) order of the warehouse's station.
    const [{ stray }] = await conn.execute<{ stray: string }[]>(
      `select count(*) as stray from stock_movement m join service_order o on o.id = m.service_order_id join warehouse w on w.id = m.warehouse_id
        where m.kind = 'consumption' and (o.station_id <> w.station_id or (o.completed_at is null and o.status <> 'awaiting_parts'))`,
    );
    expect(Number(stray)).toBe(0);
    // The keeper has work: shortages, late returns, orders waiting on purchase orders, documents to act on.
    const keeper = await t.userWith([Role.PARTS_KEEPER]);
    const work = await t.ok<{ stockShortages: unknown[]; lateStockReturns: unknown[]; awaitingParts: Array<{ incoming: string[] }>; purchaseOrders: { total: number }; requisitions: { total: number } }>(
      `{ stockShortages { partId } lateStockReturns { number } awaitingParts { incoming }
         purchaseOrders(filter: { statuses: [APPLIED, ORDERING] }) { total } requisitions(filter: { statuses: [PROCESSING] }) { total } }`,
      {},
      keeper,
    );
    expect(work.stockShortages.length).toBeGreaterThan(0);
    expect(work.lateStockReturns.length).toBeGreaterThan(0);
    expect(work.awaitingParts.some((r) => r.incoming.length > 0)).toBe(true);
    expect(work.purchaseOrders.total).toBeGreaterThan(0);
  });

  it('adds return requests in every state, complaints on time, late and open, and quality feedback, consistent with the orders and the books', async () => {
    const sql = <T>(q: string) => t.em().getConnection().execute<T[]>(q);
    const states = (await sql<{ status: string }>('select distinct status from return_request')).map((r) => r.status).sort();
    expect(states).toEqual(['approved', 'awaiting_exchange', 'awaiting_return', 'completed', 'pending_review', 'rejected']);
    // Goods back and replacements out are ledger rows carrying the request numbers; the books still balance.
    const moved = await sql<{ kind: string; ok: boolean }>(
      `select m.kind, bool_and(m.document_number = r.number) as ok from stock_movement m join return_request r on r.id = m.document_id group by m.kind order by m.kind`,
    );
    expect(moved).toEqual([{ kind: 'exchange_in', ok: true }, { kind: 'exchange_out', ok: true }, { kind: 'return_in', ok: true }]);
    expect((await reconcile(t.em())).ok).toBe(true);
    // Every request's unit belongs to its customer, and its station took an order for that unit.
    const stray = await sql<{ n: number }>(
      `select count(*)::int as n from return_request r join return_request_line l on l.request_id = r.id join product_unit u on u.id = l.product_unit_id
        where u.owner_id <> r.customer_id or not exists (select 1 from service_order o where o.product_unit_id = u.id and o.station_id = r.station_id)`,
    );
    expect(stray[0].n).toBe(0);
    const replaced = await sql<{ n: number }>(`select count(*)::int as n from product_unit where replaces_id is not null`);
    expect(replaced[0].n).toBeGreaterThan(0);
    const complaints = await sql<{ status: string; late: boolean }>(`select status, coalesce(responded_at, now()) >= respond_due_at as late from complaint`);
    expect(new Set(complaints.map((c) => c.status))).toEqual(new Set(['open', 'responded', 'closed']));
    expect(complaints.some((c) => c.late) && complaints.some((c) => !c.late)).toBe(true);
    const feedback = (await sql<{ status: string; order_count: number }>('select status, order_count from quality_feedback')).map((q) => q.status).sort();
    expect(feedback).toEqual(['applied', 'approved', 'closed']);
  });

  it('fills every kind of master data in at least the promised numbers, without audit entries', async () => {
    const n = await counts();
    expect(n.Manufacturer).toBeGreaterThanOrEqual(5);
    expect(n.Brand).toBeGreaterThan(n.Manufacturer);
    expect(n.ProductCategory).toBeGreaterThanOrEqual(15);
    expect(n.Product).toBeGreaterThanOrEqual(50);
    expect(n.Customer).toBeGreaterThanOrEqual(500);
    expect(n.ProductUnit).toBeGreaterThanOrEqual(1000);
    expect(n.ServiceStation).toBeGreaterThanOrEqual(24);
    expect(n.Technician).toBeGreaterThanOrEqual(20);
    expect(n.Warehouse).toBeGreaterThan(n.ServiceStation);
    expect(n.Part).toBeGreaterThanOrEqual(100);
    expect(n.FeeRule).toBeGreaterThan(20);
    expect(n.ApiKey).toBe(1);
    expect(await t.em().count(AuditEntry, {})).toBe(0);
  });

  it('puts products in a category tree of air conditioners, washers, refrigerators, water heaters and TVs', async () => {
    const em = t.em();
    const tops = await em.find(ProductCategory, { parent: null }, { orderBy: { sortOrder: 'asc' } });
    expect(tops.map((c) => c.code)).toEqual(['AC', 'WM', 'RF', 'WH', 'TV']);
    const products = await em.find(Product, {});
    const leaves = await em.find(ProductCategory, { parent: { $ne: null } });
    expect(products.every((p) => leaves.some((c) => c.id === p.categoryId))).toBe(true);
    for (const top of tops) {
      const under = leaves.filter((c) => c.parentId === top.id).map((c) => c.id);
      expect({ top: top.code, products: products.filter((p) => under.includes(p.categoryId)).length > 3 }).toEqual({ top: top.code, products: true });
    }
    expect(new Set(products.map((p) => p.warrantyMonths))).toEqual(new Set([12, 36, 60, 72]));
    // A product's manufacturer is its brand's.
    const brands = new Map((await em.find(Brand, {})).map((b) => [b.id, b]));
    expect(products.every((p) => brands.get(p.brandId)!.manufacturerId === p.manufacturerId && p.listPrice! > 0)).toBe(true);
  });

  it('builds a network where stores and stations send to a general agent, six or more of each kind', async () => {
    const stations = await t.em().find(ServiceStation, {});
    const byId = new Map(stations.map((s) => [s.id, s]));
    for (const kind of Object.values(StationKind)) {
      expect({ kind, enough: stations.filter((s) => s.kind === kind).length >= 6 }).toEqual({ kind, enough: true });
    }
    const stores = stations.filter((s) => s.kind === StationKind.RETAIL_STORE);
    expect(stores.every((s) => byId.get(s.parentId!)?.kind === StationKind.GENERAL_AGENT)).toBe(true);
    expect(stations.filter((s) => s.kind === StationKind.GENERAL_AGENT).every((s) => s.parentId === null)).toBe(true);

    // Each station sits in its district (near band) and far from other cities.
    const regions = new Map((await t.em().find(Region, {})).map((r) => [r.id, r]));
    for (const s of stations) {
      const district = regions.get(s.regionId!)!;
      expect(district.level).toBe(3);
      expect(distanceKm(s, district)).toBeLessThanOrEqual(5);
    }
    const guangzhou = stations.find((s) => s.code === 'SC-GZ01')!;
    const beijing = stations.find((s) => s.code === 'SC-BJ01')!;
    expect(distanceKm(guangzhou, beijing)).toBeGreaterThan(1500);

    const warehouses = await t.em().find(Warehouse, {});
    expect(warehouses.filter((w) => w.central)).toHaveLength(1);
    expect(stations.every((s) => warehouses.some((w) => w.stationId === s.id))).toBe(true);
  });

  it('gives technicians stations that repair, grades, limits, wages and covered regions', async () => {
    const technicians = await t.em().find(Technician, {});
    const stations = new Map((await t.em().find(ServiceStation, {})).map((s) => [s.id, s]));
    expect(technicians.every((x) => stations.get(x.stationId)!.kind !== StationKind.RETAIL_STORE)).toBe(true);
    expect(new Set(technicians.map((x) => x.skillGrade)).size).toBeGreaterThanOrEqual(4);
    for (const x of technicians) {
      expect(x.skillGrade).toBeGreaterThanOrEqual(1);
      expect(x.skillGrade).toBeLessThanOrEqual(5);
      expect(x.wageCap!).toBeGreaterThan(x.baseWage);
      expect(x.commissionCoefficient).toBeGreaterThan(0);
      expect(x.regionIds).toContain(stations.get(x.stationId)!.regionId);
    }
  });

  it('has customers of every kind and level, individuals with valid mobiles, findable by any phone', async () => {
    const customers = await t.em().find(Customer, {});
    const kinds = new Set(customers.map((c) => c.kind));
    expect(kinds).toEqual(new Set(Object.values(CustomerKind)));
    expect(new Set(customers.map((c) => c.serviceLevel))).toEqual(new Set(Object.values(ServiceLevel)));
    const individuals = customers.filter((c) => c.kind === CustomerKind.INDIVIDUAL);
    expect(individuals.length / customers.length).toBeGreaterThan(0.75);
    expect(individuals.every((c) => /^1[3-9]\d{9}$/.test(c.mobile ?? ''))).toBe(true);
    expect(customers.every((c) => c.regionId && c.address)).toBe(true);
    expect(customers.filter((c) => c.defaultTechnicianId).length).toBeGreaterThan(10);

    const withLandline = individuals.find((c) => c.phones.some((p) => p.includes('-')))!;
    const landline = withLandline.phones.find((p) => p.includes('-'))!.replace(/\D/g, '');
    const found = await t.ok<{ customers: { items: { id: string }[] } }>(
      `query($phone: String) { customers(filter: { phone: $phone }) { items { id } } }`,
      { phone: landline },
      t.admin,
    );
    expect(found.customers.items.map((c) => c.id)).toEqual([withLandline.id]);
  });

  it('registers units bought over the last three years with warranty ends derived from the product', async () => {
    const em = t.em();
    const units = await em.find(ProductUnit, {});
    const products = new Map((await em.find(Product, {})).map((p) => [p.id, p]));
    const day = today(t.config.timeZone);
    const purchases = units.map((u) => u.purchaseDate!).sort();
    expect(purchases[0] >= addDaysTo(day, -3 * 366)).toBe(true);
    expect(purchases[0] < addDaysTo(day, -2 * 365)).toBe(true);
    expect(purchases.at(-1)! <= day).toBe(true);
    expect(purchases.at(-1)! > addDaysTo(day, -60)).toBe(true);

    const derived = units.filter((u) => !u.warrantyOverridden);
    expect(derived.length / units.length).toBeGreaterThan(0.9);
    // 三包: from delivery (the purchase date when unknown), or what a replacement took over at its exchange.
    for (const u of derived) expect(u.warrantyEndsOn).toBe(derivedWarrantyEnd(u, products.get(u.productId)!.warrantyMonths, 0));
    expect(units.some((u) => u.warrantyEndsOn! < day) && units.some((u) => u.warrantyEndsOn! >= day)).toBe(true);

    const installed = units.filter((u) => u.installationDate);
    expect(installed.length).toBeGreaterThan(100);
    expect(installed.every((u) => u.installationDate! >= u.purchaseDate! && u.installationDate! <= day)).toBe(true);
    expect(units.filter((u) => u.userId && u.userId !== u.ownerId).length).toBeGreaterThan(20);
    expect(units.every((u) => u.ownerId && u.seller)).toBe(true);
    expect(new Set(units.map((u) => `${u.productId}/${u.serialNumber}`)).size).toBe(units.length);
  });

  it('fills the five code tables with unique, ordered, bilingual codes and category profiles', async () => {
    const em = t.em();
    const codes = await em.find(Code, {}, { orderBy: { kind: 'asc', sortOrder: 'asc' } });
    const groups = await em.find(CodeGroup, {});
    const minimum = { [CodeKind.FAULT_SYMPTOM]: 30, [CodeKind.FAULT_CAUSE]: 30, [CodeKind.FAULT_LOCATION]: 20, [CodeKind.REPAIR_METHOD]: 20, [CodeKind.AFTER_SALES_REASON]: 10 };
    for (const [kind, min] of Object.entries(minimum)) {
      const ofKind = codes.filter((c) => c.kind === kind);
      expect({ kind, enough: ofKind.length >= min }).toEqual({ kind, enough: true });
      expect(new Set(ofKind.map((c) => c.code)).size).toBe(ofKind.length);
      expect(ofKind.map((c) => c.sortOrder)).toEqual(ofKind.map((_, i) => (i + 1) * 10));
      expect(ofKind.every((c) => c.name && c.nameEn && groups.find((g) => g.id === c.groupId)!.kind === kind)).toBe(true);
    }
    const reasons = codes.filter((c) => c.kind === CodeKind.AFTER_SALES_REASON);
    expect(new Set(reasons.map((c) => c.shownToCustomers))).toEqual(new Set([true, false]));

    // Profiles: display symptoms for televisions only, cooling symptoms for air conditioners and refrigerators.
    const categories = new Map((await em.find(ProductCategory, {})).map((c) => [c.id, c.code]));
    const profile = (code: string) => groups.find((g) => g.code === code)!.categoryIds.map((id) => categories.get(id)!).sort();
    expect(profile('SYM-DISPLAY')).toEqual(['TV', 'TV-LASER', 'TV-LCD', 'TV-MINILED']);
    expect(profile('SYM-COOL').every((c) => c.startsWith('AC') || c.startsWith('RF'))).toBe(true);
    expect(profile('SYM-POWER')).toEqual([]);
    const washer = await em.findOneOrFail(ProductCategory, { code: 'WM-DRUM' });
    const offered = await t.ok<{ codes: { items: { code: string }[] } }>(
      `query($categoryId: ID) { codes(perPage: 500, filter: { kind: FAULT_SYMPTOM, categoryId: $categoryId }) { items { code } } }`,
      { categoryId: washer.id },
      t.admin,
    );
    const offeredCodes = offered.codes.items.map((c) => c.code);
    expect(offeredCodes).toEqual(expect.arrayContaining(['S101', 'S501', 'S404']));
    expect(offeredCodes).not.toContain('S201');
    expect(offeredCodes).not.toContain('S701');
  });

  it('prices labour for every product and visits for every distance band', async () => {
    const rules = await t.em().find(FeeRule, {});
    const products = await t.em().find(Product, {});
    const labour = rules.filter((r) => r.feeKind === FeeKind.LABOUR);
    expect(products.every((p) => labour.some((r) => r.categoryId === p.categoryId))).toBe(true);
    expect(labour.some((r) => r.brandId)).toBe(true);
    const visits = rules.filter((r) => r.feeKind === FeeKind.VISIT);
    expect(new Set(visits.map((r) => r.distanceBand))).toEqual(new Set(['near', 'middle', 'far']));

    // Parts only: finished goods (the products returns bring back) are stock items of their own.
    const parts = await t.em().find(Part, { product: null });
    expect(parts.every((p) => p.compatibleProductIds.length > 0 && p.salePrice > p.costPrice && p.reorderPoint > 0)).toBe(true);
    const makers = parts.filter((p) => p.manufacturerId);
    expect(makers.every((p) => p.compatibleProductIds.every((id) => products.find((x) => x.id === id)!.manufacturerId === p.manufacturerId))).toBe(true);
  });

  it('lets every demo login sign in with its role; the technician belongs to a station', async () => {
    expect(new Set(DEMO_LOGINS.map((l) => l.role)).size).toBe(8);
    expect(DEMO_LOGINS).toContainEqual(expect.objectContaining({ username: 'admin', password: 'admin12345' }));
    for (const login of DEMO_LOGINS) {
      const res = await t.ok<{ login: { token: string; user: { username: string; roles: string[]; stationId: string | null } } }>(
        `mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token user { username roles stationId } } }`,
        { u: login.username, p: login.password },
      );
      expect(res.login.token).toBeTruthy();
      expect(res.login.user.roles).toEqual([login.role.toUpperCase()]);
      expect(!!res.login.user.stationId).toBe(login.role === 'technician');
      const me = await t.ok<{ me: { label: string; technicianId: string | null } }>(`{ me { label technicianId } }`, {}, { token: res.login.token });
      expect(me.me.label).toBe(login.username);
      // The technician's login is one of its station's technicians, and reads that one's commission.
      expect(!!me.me.technicianId).toBe(login.role === 'technician');
      if (me.me.technicianId) {
        const own = await t.ok<{ technicianCommission: Array<{ technicianId: string }> }>(`{ technicianCommission(filter: { month: "2026-01" }) { technicianId } }`, {}, { token: res.login.token });
        expect(own.technicianCommission.map((x) => x.technicianId)).toEqual([me.me.technicianId]);
      }
    }
    const wrong = await t.gql(`mutation { login(username: "admin", password: "wrong") { token } }`);
    expect(wrong.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('gives the demo partner key its manufacturer’s products and units only', async () => {
    const partner = { apiKey: DEMO_PARTNER_KEY };
    const key = await t.em().findOneOrFail(ApiKey, { prefix: DEMO_PARTNER.prefix });
    const mine = await t.em().count(Product, { manufacturer: key.manufacturerId! });
    const products = await t.ok<{ products: { total: number; items: { manufacturerId: string }[] } }>(
      `{ products(perPage: 500) { total items { manufacturerId } } }`,
      {},
      partner,
    );
    expect(mine).toBeGreaterThan(5);
    expect(products.products.total).toBe(mine);
    expect(products.products.items.every((p) => p.manufacturerId === key.manufacturerId)).toBe(true);
    const units = await t.ok<{ productUnits: { total: number } }>(`{ productUnits { total } }`, {}, partner);
    expect(units.productUnits.total).toBe(await t.em().count(ProductUnit, { product: { manufacturer: key.manufacturerId! } }));
    const codes = await t.ok<{ codes: { total: number } }>(`{ codes { total } }`, {}, partner);
    expect(codes.codes.total).toBeGreaterThan(100);
    const customers = await t.gql(`{ customers { total } }`, {}, partner);
    expect(customers.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });

  it('adds nothing when seeded again', async () => {
    const before = await counts();
    const lines: string[] = [];
    expect(await seedDemo(t.orm, { timeZone: t.config.timeZone, log: (l) => lines.push(l) })).toBe(false);
    expect(await counts()).toEqual(before);
    expect(lines).toEqual([]);
  });

  it('produces the same data on another database, once when two processes start at the same time', async () => {
    const other = await createTestApp();
    try {
      const both = await Promise.all([seedDemo(other.orm, { timeZone: other.config.timeZone }), seedDemo(other.orm, { timeZone: other.config.timeZone })]);
      expect(both.sort()).toEqual([false, true]);
      expect(await other.em().count(ProductUnit, {})).toBe(await t.em().count(ProductUnit, {}));
      const people = async (app: TestApp) =>
        (await app.em().find(Customer, {}, { orderBy: { mobile: 'asc', name: 'asc' }, limit: 50 })).map((c) => [c.name, c.mobile, c.address]);
      expect(await people(other)).toEqual(await people(t));
      const serials = async (app: TestApp) => (await app.em().find(ProductUnit, {}, { orderBy: { serialNumber: 'asc' }, limit: 50 })).map((u) => u.serialNumber);
      expect(await serials(other)).toEqual(await serials(t));
    } finally {
      await other.close();
    }
  });

  it('leaves a database with master data of its own alone', async () => {
    const partnerDb = await createTestApp();
    try {
      await new Fixtures(partnerDb.em()).customer({ name: '自有客户' });
      const lines: string[] = [];
      expect(await seedDemo(partnerDb.orm, { timeZone: partnerDb.config.timeZone, log: (l) => lines.push(l) })).toBe(false);
      expect(lines.join()).toContain('already holds master data');
      expect(await partnerDb.em().count(Product, {})).toBe(0);
      expect(await partnerDb.em().count(Customer, {})).toBe(1);
    } finally {
      await partnerDb.close();
    }
  });

  it('seeds from the command line: migrates an empty database, then adds nothing on a second run', async () => {
    const database = `asp_seed_cli_${process.pid}`;
    const server = new URL(process.env.TEST_DATABASE_SERVER!);
    const admin = new Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`create database ${database}`);
    try {
      server.pathname = `/${database}`;
      const run = (env: Record<string, string>) =>
        spawnSync(process.execPath, ['-r', '@swc-node/register', 'seeds/run.ts'], {
          cwd: path.resolve(__dirname, '../..'),
          env: { ...process.env, DATABASE_URL: '', ...env },
          encoding: 'utf8',
        });
      const first = run({ DATABASE_URL: server.toString() });
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/Demo data: .*560 customers/);
      expect(first.stdout).toContain(DEMO_PARTNER_KEY);
      const second = run({ DATABASE_URL: server.toString() });
      expect(second.status).toBe(0);
      expect(second.stdout).toContain('Nothing added');
      const seeded = new Client({ connectionString: server.toString() });
      await seeded.connect();
      const { rows } = await seeded.query('select count(*)::int as n from customer');
      await seeded.end();
      expect(rows[0].n).toBe(560);
      const missing = run({});
      expect(missing.status).toBe(2);
      expect(missing.stderr).toContain('Set DATABASE_URL');
    } finally {
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    }
  }, 120_000);
});
