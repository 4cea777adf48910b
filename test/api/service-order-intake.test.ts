import { createTestApp, type TestApp } from '../helpers/test-app';
import { orderScenario, type Scenario } from '../helpers/order-scenario';
import { addDaysTo, today, warrantyEnd } from '../../api/src/common/dates';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';

const CREATE = `mutation($input: ServiceOrderCreateInput!) { createServiceOrder(input: $input) {
  id number status inWarranty repeatRepair previousOrderId exchangeOffered customerId productUnitId contactName contactPhone
  distanceBand slaDueAt createdAt channel productUnit { serialNumber warrantyEndsOn owner { id } } timeline { action summary note department } } }`;

describe('service order intake', () => {
  let t: TestApp;
  let s: Scenario;
  let day: string;
  beforeAll(async () => {
    t = await createTestApp();
    s = await orderScenario(t);
    day = today(t.config.timeZone);
  });
  afterAll(() => t.close());

  const create = (input: Record<string, unknown>, caller = s.dispatcher) =>
    t.gql<{ createServiceOrder: Record<string, any> & { timeline: { action: string; summary: string; note: string | null; department: string }[] } }>(
      CREATE,
      { input: { reportedSymptom: '不制冷', ...input } },
      caller,
    );

  it('numbers the order, fills the contact from the customer and opens the timeline', async () => {
    const res = await create({ customerId: s.customer.id, productUnitId: s.unit.id, symptomCodeId: s.symptom.id });
    const order = res.data!.createServiceOrder;
    expect(order.number).toMatch(new RegExp(`^SO-${day.slice(0, 4)}-\\d{6}$`));
    expect(order).toMatchObject({ status: 'RECEIVED', contactName: '张三', contactPhone: '13800138000', channel: 'PHONE', inWarranty: true });
    expect(order.timeline).toEqual([{ action: 'CREATE', summary: '受理：不制冷', note: null, department: '客服中心' }]);
  });

  it('registers a new customer and a new unit from product + serial in one go', async () => {
    const res = await create({
      customer: { name: '李四', mobile: '13912341234', regionId: s.region.id },
      productId: s.product.id,
      serialNumber: 'NEW-SN-001',
      purchaseDate: addDaysTo(day, -30),
    });
    const order = res.data!.createServiceOrder;
    expect(order.productUnit.serialNumber).toBe('NEW-SN-001');
    expect(order.productUnit.owner.id).toBe(order.customerId);
    expect(order.productUnit.warrantyEndsOn).toBe(warrantyEnd(addDaysTo(day, -30), 12));
    const again = await create({ customerId: order.customerId, productId: s.product.id, serialNumber: 'NEW-SN-001' });
    expect(again.data!.createServiceOrder.productUnitId).toBe(order.productUnitId);
  });

  it('refuses what a person gets wrong, writing nothing', async () => {
    const before = await t.em().count(ServiceOrder, {});
    const cases: Array<[Record<string, unknown>, string[]]> = [
      [{ customer: { name: '无手机' }, productUnitId: s.unit.id }, ['customer.mobile']],
      [{ customerId: s.customer.id, productUnitId: s.unit.id, productId: (await s.f.product()).id }, ['productId']],
      [{ customerId: s.customer.id, productUnitId: s.unit.id, serialNumber: 'OTHER' }, ['serialNumber']],
      [{ customerId: s.customer.id, productUnitId: s.unit.id, symptomCodeId: s.inactiveSymptom.id }, ['symptomCodeId']],
      [{ customerId: s.customer.id, productUnitId: s.unit.id, symptomCodeId: s.tvSymptom.id }, ['symptomCodeId']],
      [{ customerId: s.customer.id, productUnitId: s.unit.id, symptomCodeId: s.cause.id }, ['symptomCodeId']],
      [{ customerId: s.customer.id, productId: s.product.id, serialNumber: 'FUTURE-1', purchaseDate: addDaysTo(day, 1) }, ['purchaseDate']],
      [{ productUnitId: s.unit.id }, ['customerId']],
      [{ customerId: s.customer.id }, ['productUnitId']],
    ];
    for (const [input, fields] of cases) {
      const res = await create(input);
      expect({ input, code: res.errors?.[0].extensions.code, fields: res.errors?.[0].extensions.fields?.map((e) => e.field) }).toEqual({
        input,
        code: 'BAD_USER_INPUT',
        fields,
      });
    }
    const inactive = await create({ customerId: s.customer.id, productUnitId: s.unit.id, symptomCodeId: s.inactiveSymptom.id });
    expect(inactive.errors?.[0].message).toContain('「旧代码」已停用');
    const offProfile = await create({ customerId: s.customer.id, productUnitId: s.unit.id, symptomCodeId: s.tvSymptom.id });
    expect(offProfile.errors?.[0].message).toContain('不适用于该产品类别');
    expect(await t.em().count(ServiceOrder, {})).toBe(before);
    expect(await t.em().count('ProductUnit', { serialNumber: 'FUTURE-1' })).toBe(0);
    expect(await t.em().count('Customer', { name: '无手机' })).toBe(0);
  });

  it('takes warranty at intake from the unit: the last day is in, the day after is out', async () => {
    const lastDay = await s.f.unit({ product: s.product, owner: s.customer, purchaseDate: addDaysTo(day, -365), warrantyEndsOn: day });
    const expired = await s.f.unit({ product: s.product, owner: s.customer, purchaseDate: addDaysTo(day, -366), warrantyEndsOn: addDaysTo(day, -1) });
    const a = await create({ customerId: s.customer.id, productUnitId: lastDay.id });
    const b = await create({ customerId: s.customer.id, productUnitId: expired.id });
    expect(a.data!.createServiceOrder.inWarranty).toBe(true);
    expect(b.data!.createServiceOrder.inWarranty).toBe(false);
  });

  it('flags a repeat repair within the configured days of a completed order, counting the boundary day', async () => {
    const unit = await s.f.unit({ product: s.product, owner: s.customer, purchaseDate: addDaysTo(day, -200), warrantyEndsOn: addDaysTo(day, 200) });
    const first = await s.createOrder({ productUnitId: unit.id });
    await s.paths.completed(first.id);
    const setCompleted = (daysAgo: number) =>
      t.em().nativeUpdate(ServiceOrder, { id: first.id }, { completedAt: new Date(Date.now() - daysAgo * 86400_000) });
    await setCompleted(90);
    const onBoundary = await create({ customerId: s.customer.id, productUnitId: unit.id });
    expect(onBoundary.data!.createServiceOrder).toMatchObject({ repeatRepair: true, previousOrderId: first.id });
    expect(onBoundary.data!.createServiceOrder.timeline[0].summary).toContain(`重修：${first.number} 完工后 90 天再次报修`);
    await t.em().nativeUpdate(ServiceOrder, { productUnit: unit.id, status: 'received' as never }, { status: 'cancelled' as never });
    await setCompleted(91);
    const after = await create({ customerId: s.customer.id, productUnitId: unit.id });
    expect(after.data!.createServiceOrder).toMatchObject({ repeatRepair: false, previousOrderId: null });

    await t.ok(`mutation { updateServiceRules(input: { repeatRepairDays: 120 }) { repeatRepairDays } }`, {}, t.admin);
    const configured = await create({ customerId: s.customer.id, productUnitId: unit.id });
    expect(configured.data!.createServiceOrder.repeatRepair).toBe(true);
    await t.ok(`mutation { updateServiceRules(input: { repeatRepairDays: 90 }) { repeatRepairDays } }`, {}, t.admin);
  });

  it('offers an exchange (三包) when a unit repaired twice for the same symptom fails again in warranty', async () => {
    const unit = await s.f.unit({ product: s.product, owner: s.customer, purchaseDate: addDaysTo(day, -50), warrantyEndsOn: addDaysTo(day, 300) });
    for (let i = 0; i < 2; i++) {
      const o = await s.createOrder({ productUnitId: unit.id });
      expect(o.exchangeOffered).toBe(false);
      await s.paths.completed(o.id);
    }
    const third = await create({ customerId: s.customer.id, productUnitId: unit.id, symptomCodeId: s.symptom.id });
    expect(third.data!.createServiceOrder.exchangeOffered).toBe(true);
    expect(third.data!.createServiceOrder.timeline[0].summary).toContain('三包：同一故障已修 2 次仍未修好，可为顾客换货');
    const otherSymptom = await s.f.code('fault_symptom' as never, { categoryIds: [] });
    const different = await create({ customerId: s.customer.id, productUnitId: unit.id, symptomCodeId: otherSymptom.id });
    expect(different.data!.createServiceOrder.exchangeOffered).toBe(false);
  });

  it('refuses a station staff member filing an order for another station, and files their own at their station', async () => {
    const other = await create({ customerId: s.customer.id, productUnitId: s.unit.id, stationId: s.middle.id }, s.nearStaff);
    expect(other.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const own = await t.ok<{ createServiceOrder: { stationId: string } }>(
      `mutation($input: ServiceOrderCreateInput!) { createServiceOrder(input: $input) { stationId } }`,
      { input: { customerId: s.customer.id, productUnitId: s.unit.id, reportedSymptom: '到店报修', channel: 'WALK_IN', onSite: false } },
      s.nearStaff,
    );
    expect(own.createServiceOrder.stationId).toBe(s.near.id);
  });
});
