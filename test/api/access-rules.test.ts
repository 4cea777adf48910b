import { Role } from '../../api/src/modules/auth/role';
import { createTestApp, type Caller, type TestApp } from '../helpers/test-app';
import { accessWorld } from '../helpers/access-world';

const UPDATE_TECHNICIAN = `mutation($id: ID!, $input: TechnicianUpdateInput!) { updateTechnician(id: $id, input: $input) { id status baseWage } }`;
const UPDATE_UNIT = `mutation($id: ID!, $input: ProductUnitUpdateInput!) { updateProductUnit(id: $id, input: $input) { id warrantyEndsOn warrantyOverrideReason } }`;
const UPDATE_CUSTOMER = `mutation($id: ID!, $input: CustomerUpdateInput!) { updateCustomer(id: $id, input: $input) { id serviceLevel } }`;

describe('write rules per role and field, and masking nobody can undo', () => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof accessWorld>>;
  let s1Staff: Caller;
  let dispatcher: Caller;
  let manager: Caller;
  let finance: Caller;
  let makerKey: Caller;
  let makerWriter: Caller;
  let orderOnlyKey: Caller;

  const code = (res: { errors?: Array<{ extensions: { code: string } }> }) => res.errors?.[0]?.extensions.code;

  beforeAll(async () => {
    t = await createTestApp();
    const retailer = await t.ok<{ issueApiKey: { apiKey: { id: string } } }>(
      `mutation { issueApiKey(input: { name: "零售", partnerKind: RETAILER, scopes: ["serviceOrder:read"] }) { apiKey { id } } }`,
      {},
      t.admin,
    );
    w = await accessWorld(t, { retailer: retailer.issueApiKey.apiKey.id });
    s1Staff = await t.userWith([Role.TECHNICIAN], { stationId: w.s1.id });
    dispatcher = await t.userWith([Role.DISPATCHER]);
    manager = await t.userWith([Role.MANAGER]);
    finance = await t.userWith([Role.FINANCE_REVIEWER]);
    const issue = async (scopes: string[]) =>
      ({
        apiKey: (
          await t.ok<{ issueApiKey: { key: string } }>(
            `mutation($input: ApiKeyIssueInput!) { issueApiKey(input: $input) { key } }`,
            { input: { name: '甲厂', partnerKind: 'MANUFACTURER', manufacturerId: w.makerA.id, scopes } },
            t.admin,
          )
        ).issueApiKey.key,
      }) as Caller;
    makerKey = await issue(['serviceOrder:read', 'customer:read', 'productUnit:read', 'technician:read']);
    makerWriter = await issue(['customer:read', 'customer:write']);
    orderOnlyKey = await issue(['serviceOrder:create', 'serviceOrder:read', 'productUnit:read']);
  });
  afterAll(() => t.close());

  describe('technicians', () => {
    it('station staff may set a colleague’s status, not their pay, and not another station’s technicians at all', async () => {
      expect(code(await t.gql(UPDATE_TECHNICIAN, { id: w.t1.id, input: { baseWage: 99999 } }, s1Staff))).toBe('FORBIDDEN');
      expect(code(await t.gql(UPDATE_TECHNICIAN, { id: w.t1.id, input: { commissionCoefficient: 9 } }, s1Staff))).toBe('FORBIDDEN');
      expect(code(await t.gql(UPDATE_TECHNICIAN, { id: w.t1.id, input: { wageCap: 1 } }, s1Staff))).toBe('FORBIDDEN');
      expect(code(await t.gql(UPDATE_TECHNICIAN, { id: w.t1.id, input: { name: '改名' } }, s1Staff))).toBe('FORBIDDEN');
      const ok = await t.ok<{ updateTechnician: { status: string; baseWage: number | null } }>(UPDATE_TECHNICIAN, { id: w.t1.id, input: { status: 'ON_SITE' } }, s1Staff);
      expect(ok.updateTechnician.status).toBe('ON_SITE');
      expect(code(await t.gql(UPDATE_TECHNICIAN, { id: w.t2.id, input: { status: 'IDLE' } }, s1Staff))).toBe('NOT_FOUND');
      const row = await t.em().getConnection().execute<Array<{ base_wage: string }>>(`select base_wage from technician where id = ?`, [w.t1.id]);
      expect(Number(row[0].base_wage)).toBe(5000);
    });

    it('pay is set by managers and administrators, and read by them and finance only', async () => {
      const set = await t.ok<{ updateTechnician: { baseWage: number } }>(UPDATE_TECHNICIAN, { id: w.t1.id, input: { baseWage: 5200 } }, manager);
      expect(set.updateTechnician.baseWage).toBe(5200);
      const pay = `query($id: ID!) { technician(id: $id) { baseWage wageCap commissionCoefficient mobile } }`;
      expect((await t.ok<{ technician: { baseWage: number } }>(pay, { id: w.t1.id }, finance)).technician.baseWage).toBe(5200);
      const seen = await t.ok<{ technician: Record<string, unknown> }>(pay, { id: w.t1.id }, dispatcher);
      expect(seen.technician).toMatchObject({ baseWage: null, wageCap: null, commissionCoefficient: null, mobile: '13911110000' });
      expect((await t.ok<{ technician: { baseWage: number | null } }>(pay, { id: w.t1.id }, s1Staff)).technician.baseWage).toBeNull();
      expect(code(await t.gql(UPDATE_TECHNICIAN, { id: w.t1.id, input: { baseWage: 1 } }, dispatcher))).toBe('FORBIDDEN');
    });

    it('suggestions offer only technicians the caller may see', async () => {
      const q = `query($o: ID!, $s: ID) { technicianSuggestions(orderId: $o, stationId: $s) { technician { id } } }`;
      const other = await t.ok<{ technicianSuggestions: unknown[] }>(q, { o: w.atS1.id, s: w.s2.id }, s1Staff);
      expect(other.technicianSuggestions).toEqual([]);
      const own = await t.ok<{ technicianSuggestions: Array<{ technician: { id: string } }> }>(q, { o: w.atS1.id, s: w.s1.id }, s1Staff);
      expect(own.technicianSuggestions.map((s) => s.technician.id)).toEqual([w.t1.id]);
      const orderOnly = await t.gql(q, { o: w.atS1.id, s: w.s2.id }, orderOnlyKey);
      expect(code(orderOnly)).toBe('FORBIDDEN');
      const stations = await t.ok<{ stationSuggestions: Array<{ station: { id: string } }> }>(
        `query($o: ID!) { stationSuggestions(orderId: $o) { station { id } } }`,
        { o: w.atS1.id },
        s1Staff,
      );
      expect(stations.stationSuggestions.every((s) => s.station.id === w.s1.id)).toBe(true);
    });
  });

  describe('units and customers', () => {
    it('the warranty end is overridden only by the office, with a reason', async () => {
      const unit = (await t.em().getConnection().execute<Array<{ id: string }>>(`select product_unit_id as id from service_order where id = ?`, [w.atS1.id]))[0].id;
      expect(code(await t.gql(UPDATE_UNIT, { id: unit, input: { warrantyEndsOn: '2099-12-31', warrantyOverrideReason: '随便' } }, s1Staff))).toBe('FORBIDDEN');
      expect(code(await t.gql(UPDATE_UNIT, { id: unit, input: { warrantyEndsOn: '2099-12-31' } }, dispatcher))).toBe('BAD_USER_INPUT');
      const done = await t.ok<{ updateProductUnit: { warrantyEndsOn: string; warrantyOverrideReason: string } }>(
        UPDATE_UNIT,
        { id: unit, input: { warrantyEndsOn: '2027-06-30', warrantyOverrideReason: '厂家书面同意延保' } },
        dispatcher,
      );
      expect(done.updateProductUnit).toMatchObject({ warrantyEndsOn: '2027-06-30', warrantyOverrideReason: '厂家书面同意延保' });
      const audit = await t.em().getConnection().execute<Array<{ after: Record<string, unknown> }>>(
        `select after from audit_entry where entity_name = 'ProductUnit' and entity_id = ? order by at desc limit 1`,
        [unit],
      );
      expect(audit[0].after).toMatchObject({ warrantyEndsOn: '2027-06-30', warrantyOverrideReason: '厂家书面同意延保' });
    });

    it('service level and default technician are set by the office only', async () => {
      expect(code(await t.gql(UPDATE_CUSTOMER, { id: w.onlyA.id, input: { serviceLevel: 'VIP' } }, s1Staff))).toBe('FORBIDDEN');
      expect(code(await t.gql(UPDATE_CUSTOMER, { id: w.onlyA.id, input: { defaultTechnicianId: w.t1.id } }, s1Staff))).toBe('FORBIDDEN');
      const ok = await t.ok<{ updateCustomer: { serviceLevel: string } }>(UPDATE_CUSTOMER, { id: w.onlyA.id, input: { serviceLevel: 'VIP' } }, dispatcher);
      expect(ok.updateCustomer.serviceLevel).toBe('VIP');
    });

    it('a manufacturer key reaches only customers of its own units or orders, by id, ids and phone', async () => {
      const one = `query($id: ID!) { customer(id: $id) { id } }`;
      expect(code(await t.gql(one, { id: w.onlyB.id }, makerWriter))).toBe('NOT_FOUND');
      expect((await t.ok<{ customer: { id: string } }>(one, { id: w.onlyA.id }, makerWriter)).customer.id).toBe(w.onlyA.id);
      const many = await t.ok<{ customers: { items: Array<{ id: string }> } }>(
        `query($ids: [ID!]) { customers(filter: { ids: $ids }) { items { id } } }`,
        { ids: [w.onlyA.id, w.onlyB.id, w.both.id, w.nobody.id] },
        makerWriter,
      );
      expect(many.customers.items.map((c) => c.id).sort()).toEqual([w.onlyA.id, w.both.id].sort());
      expect(code(await t.gql(`{ customers(filter: { phone: "13833334444" }) { total } }`, {}, makerWriter))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(`{ customers(filter: { q: "1383" }) { total } }`, {}, makerWriter))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(`{ customers(sortField: name) { total } }`, {}, makerWriter))).toBe('BAD_USER_INPUT');
      expect(code(await t.gql(UPDATE_CUSTOMER, { id: w.onlyB.id, input: { name: '篡改' } }, makerWriter))).toBe('NOT_FOUND');
      const name = await t.em().getConnection().execute<Array<{ name: string }>>(`select name from customer where id = ?`, [w.onlyB.id]);
      expect(name[0].name).toBe('乙客户');
    });

    it('a unit’s owner shows only the units the key may see', async () => {
      const unitA = (await t.em().getConnection().execute<Array<{ id: string }>>(`select product_unit_id as id from service_order where id = ?`, [w.atS1.id]))[0].id;
      const res = await t.ok<{ productUnit: { owner: { productUnits: Array<{ id: string }> } } }>(
        `query($id: ID!) { productUnit(id: $id) { owner { productUnits { id } } } }`,
        { id: unitA },
        makerKey,
      );
      const shown = res.productUnit.owner.productUnits.map((u) => u.id);
      const makers = await t.em().getConnection().execute<Array<{ manufacturer_id: string }>>(
        `select p.manufacturer_id from product_unit u join product p on p.id = u.product_id where u.id = any(string_to_array(?, ',')::uuid[])`,
        [shown.join(',')],
      );
      expect(makers.every((m) => m.manufacturer_id === w.makerA.id)).toBe(true);
    });
  });

  describe('masking', () => {
    it('is the same on every path to a contact, and no filter probes what it hides', async () => {
      const res = await t.ok<{ serviceOrder: { contactPhone: string; customer: { mobile: string; name: string; address: string | null } } }>(
        `query($id: ID!) { serviceOrder(id: $id) { contactPhone customer { mobile name address } } }`,
        { id: w.atS1.id },
        makerKey,
      );
      expect(res.serviceOrder.contactPhone).toBe('138****2222');
      expect(res.serviceOrder.customer).toEqual({ mobile: '138****2222', name: '甲**', address: null });
      const total = async (q: string) =>
        (await t.ok<{ serviceOrders: { total: number } }>(`query($ids: [ID!], $q: String) { serviceOrders(filter: { ids: $ids, q: $q }) { total } }`, { ids: [w.atS1.id], q }, makerKey))
          .serviceOrders.total;
      // The phone ends in 2222: digit probes of it answer like any other digits.
      expect(await total('2222')).toBe(await total('9999'));
      expect(await total('1381')).toBe(await total('1390'));
      expect(await total('甲客')).toBe(0);
      const dispatcherTotal = await t.ok<{ serviceOrders: { total: number } }>(
        `query($ids: [ID!]) { serviceOrders(filter: { ids: $ids, q: "2222" }) { total } }`,
        { ids: [w.atS1.id] },
        dispatcher,
      );
      expect(dispatcherTotal.serviceOrders.total).toBe(1);
    });

    it('creating an order with a new customer needs customer:create', async () => {
      const unitA = (await t.em().getConnection().execute<Array<{ id: string }>>(`select product_unit_id as id from service_order where id = ?`, [w.atS1.id]))[0].id;
      const res = await t.gql(
        `mutation($input: ServiceOrderCreateInput!) { createServiceOrder(input: $input) { id } }`,
        { input: { customer: { name: '新客户', mobile: '13600001111' }, productUnitId: unitA, reportedSymptom: '不开机' } },
        orderOnlyKey,
      );
      expect(code(res)).toBe('FORBIDDEN');
      const created = await t.em().getConnection().execute<Array<{ n: number }>>(`select count(*)::int as n from customer where name = '新客户'`);
      expect(created[0].n).toBe(0);
    });
  });
});
