import { getIntrospectionQuery, type IntrospectionQuery } from 'graphql';
import { CREATE, GET_LIST, GET_ONE } from 'ra-core';
import { Role } from '../../api/src/modules/auth/role';
import { buildQueryFactory } from '../../admin/src/dataProvider/buildQuery';
import { findResources } from '../../admin/src/dataProvider/introspection';
import { toIntakeInput } from '../../admin/src/serviceOrders/intake/intakeInput';
import { orderScenario, type Scenario } from '../helpers/order-scenario';
import { operationsAs, runBuilt } from '../helpers/panel-provider';
import { createTestApp, type TestApp } from '../helpers/test-app';

/**
 * The order screens' provider methods against the real API: intake through the standard create
 * (with the intake form's transform), the lookups, every step with its warnings and rework, the
 * other operations, and the reports.
 */
describe('panel data provider: service orders', () => {
  let t: TestApp;
  let s: Scenario;
  let buildQuery: ReturnType<typeof buildQueryFactory>;

  beforeAll(async () => {
    t = await createTestApp();
    s = await orderScenario(t);
    const data = await t.ok<IntrospectionQuery>(getIntrospectionQuery({ descriptions: false }));
    buildQuery = buildQueryFactory(findResources(data.__schema));
  });
  afterAll(() => t.close());

  /** Intake as the form submits it: the form's values, through its transform and the provider's create. */
  const intake = async (values: Record<string, unknown>) =>
    (await runBuilt(t, buildQuery(CREATE, 'serviceOrders', { data: toIntakeInput(values) }), s.dispatcher)).data;

  it('takes an order for a known caller and unit, sending one of each way to name them', async () => {
    const values = {
      customerId: s.customer.id,
      customer: { name: '', mobile: null },
      productUnitId: s.unit.id,
      productId: s.product.id,
      serialNumber: 'typed before the unit was picked',
      reportedSymptom: '不制冷',
      symptomCodeId: s.symptom.id,
      contactName: null,
      onSite: true,
    };
    expect(toIntakeInput(values)).toEqual({
      customerId: s.customer.id,
      productUnitId: s.unit.id,
      reportedSymptom: '不制冷',
      symptomCodeId: s.symptom.id,
      onSite: true,
    });
    const order = await intake(values);
    expect(order).toMatchObject({ status: 'RECEIVED', customerId: s.customer.id, contactName: '张三', inWarranty: true });
    // The created record carries what the order page shows, as react-admin caches it for that page.
    expect(order.timeline).toEqual([expect.objectContaining({ action: 'CREATE', actorLabel: expect.any(String) })]);
    expect(order.product).toMatchObject({ modelNumber: s.product.modelNumber, categoryId: s.ac.id });
  });

  it('registers a new caller and a new unit from model and serial number in the same intake', async () => {
    const order = await intake({
      customerId: null,
      customer: { name: '李四', mobile: '13911112222', kind: 'INDIVIDUAL', address: '', regionId: s.region.id },
      productUnitId: null,
      productId: s.product.id,
      serialNumber: 'SN-NEW-0001',
      purchaseDate: '2026-01-05',
      reportedSymptom: '漏水',
    });
    expect(order).toMatchObject({
      contactName: '李四',
      contactPhone: '13911112222',
      serialNumber: 'SN-NEW-0001',
      regionId: s.region.id,
    });

    const ops = operationsAs(t, s.dispatcher);
    const { data: found } = await ops.findUnit(s.product.id, 'SN-NEW-0001');
    expect(found).toMatchObject({ owner: { name: '李四' }, serviceOrders: [{ number: order.number, status: 'RECEIVED' }] });
    await expect(ops.findUnit(s.product.id, 'SN-UNKNOWN')).resolves.toEqual({ data: null });
  });

  it('finds callers by part of their number, with their units, warranty and recent orders', async () => {
    const { data: callers } = await operationsAs(t, s.dispatcher).findCallers('0013800');
    expect(callers).toHaveLength(1);
    expect(callers[0]).toMatchObject({
      name: '张三',
      productUnits: [{ serialNumber: s.unit.serialNumber, inWarranty: true, product: { categoryId: s.ac.id } }],
    });
    expect(callers[0].serviceOrders.length).toBeGreaterThan(0);
  });

  it('walks the lifecycle with the step method: warnings, parts, report, fees, rework', async () => {
    const ops = operationsAs(t, s.dispatcher);
    const order = await s.createOrder();
    // Two orders on the lead's day already: a third is over his limit of 2.
    for (const other of [await s.createOrder(), await s.createOrder()]) {
      await ops.serviceOrderStep('DISPATCH', other.id, { stationId: s.near.id, technicianIds: [s.lead.id] });
    }
    const { data: suggestions } = await ops.technicianSuggestions(order.id, s.near.id);
    expect(suggestions.find((x) => x.technician.id === s.lead.id)).toMatchObject({
      load: 2,
      overloaded: true,
      regionMatch: true,
    });

    const dispatched = await ops.serviceOrderStep('DISPATCH', order.id, {
      stationId: s.near.id,
      technicianIds: [s.lead.id, s.helper.id],
    });
    expect(dispatched.data).toMatchObject({
      order: { status: 'DISPATCHED' },
      warnings: [{ code: 'TECHNICIAN_OVERLOADED' }],
      rework: null,
    });

    const wrongStep = await ops
      .serviceOrderStep('COMPLETE', order.id, { causeCodeId: s.cause.id, methodCodeId: s.method.id })
      .catch((e) => e);
    expect(wrongStep).toMatchObject({ status: 409, body: { code: 'INVALID_TRANSITION' } });

    await ops.serviceOrderStep('START_REPAIR', order.id, { note: '已上门' });
    await ops.serviceOrderStep('AWAIT_PARTS', order.id, { parts: [{ partId: s.part.id, quantity: 2 }] });
    const { data: awaited } = await ops.awaitingParts({ stationId: s.near.id });
    expect(awaited).toEqual([
      expect.objectContaining({ station: { id: s.near.id, name: s.near.name }, quantity: 2, orderNumbers: [order.number] }),
    ]);
    await ops.serviceOrderStep('PARTS_ARRIVED', order.id, {});
    await expect(ops.awaitingParts({ stationId: s.near.id })).resolves.toEqual({ data: [] });

    const missingCause = await ops.serviceOrderStep('COMPLETE', order.id, { methodCodeId: s.method.id }).catch((e) => e);
    expect(missingCause.status).toBe(400);
    await ops.serviceOrderStep('COMPLETE', order.id, {
      causeCodeId: s.cause.id,
      methodCodeId: s.method.id,
      parts: [{ partId: s.part.id, quantity: 1 }],
    });

    const manager = operationsAs(t, s.manager);
    await manager.recordServiceOrderAppraisal(order.id, { verdict: 'MISUSE', note: '进水' });
    await expect(ops.overrideServiceOrderFees(order.id, { labourFee: 0, reason: '老客户' })).rejects.toMatchObject({
      status: 403,
    });
    await manager.overrideServiceOrderFees(order.id, { labourFee: 0, payer: 'COMPANY', reason: '老客户' });
    await ops.addServiceOrderNote(order.id, '客户来电询问进度', true);

    await ops.serviceOrderStep('RETURN_TO_CUSTOMER', order.id, {});
    const visit = await ops.serviceOrderStep('RECORD_RETURN_VISIT', order.id, { score: 1, comment: '又坏了' });
    expect(visit.data).toMatchObject({ order: { status: 'VISITED' }, rework: { number: expect.stringMatching(/^SO-/) } });

    const { data: page } = await runBuilt(t, buildQuery(GET_ONE, 'serviceOrders', { id: order.id }), s.dispatcher);
    expect(page).toMatchObject({
      status: 'VISITED',
      allowedActions: [],
      appraisalVerdict: 'MISUSE',
      labourFee: 0,
      payer: 'COMPANY',
      feesOverridden: true,
      technicians: [{ name: s.lead.name }, { name: s.helper.name }],
      causeCode: { name: s.cause.name },
      parts: [
        expect.objectContaining({
          kind: 'USED',
          quantity: 2,
          arrivedAt: expect.any(String),
          part: expect.objectContaining({ name: s.part.name }),
        }),
        expect.objectContaining({ kind: 'USED', quantity: 1 }),
      ],
    });
    expect(page.timeline.map((e: { action: string }) => e.action)).toEqual([
      'CREATE',
      'DISPATCH',
      'START_REPAIR',
      'AWAIT_PARTS',
      'PARTS_ARRIVED',
      'COMPLETE',
      'APPRAISAL',
      'FEES_OVERRIDDEN',
      'NOTE',
      'RETURN_TO_CUSTOMER',
      'RECORD_RETURN_VISIT',
    ]);
    expect(page.timeline.find((e: { action: string }) => e.action === 'NOTE')).toMatchObject({
      internal: true,
      note: '客户来电询问进度',
    });

    // The customer's tracking link shows the safe steps only, without login.
    const { data: tracking } = await operationsAs(t, {}).trackServiceOrderByToken(page.trackingToken);
    expect(tracking).toMatchObject({ number: order.number, status: 'VISITED' });
    expect(tracking.steps.map((step) => step.action)).not.toContain('NOTE');
  });

  it('lists orders by several statuses, soonest due first, with model, station and crew on every row', async () => {
    const received = await s.createOrder();
    const dispatched = await s.createOrder();
    await operationsAs(t, s.dispatcher).serviceOrderStep('DISPATCH', dispatched.id, {
      stationId: s.near.id,
      technicianIds: [s.helper.id],
    });
    const { data, total } = await runBuilt(
      t,
      buildQuery(GET_LIST, 'serviceOrders', {
        filter: { statuses: ['RECEIVED', 'DISPATCHED'], ids: [received.id, dispatched.id] },
        pagination: { page: 1, perPage: 25 },
        sort: { field: 'slaDueAt', order: 'ASC' },
      }),
      s.dispatcher,
    );
    expect(total).toBe(2);
    // Dispatched to the near station, its deadline shrank below the far band of the undispatched one.
    expect(data.map((o: { id: string }) => o.id)).toEqual([dispatched.id, received.id]);
    expect(data[0]).toMatchObject({
      product: { modelNumber: s.product.modelNumber },
      station: { name: s.near.name },
      technicians: [{ name: s.helper.name }],
    });
  });

  it('refuses a step to a user whose role may not take it', async () => {
    const order = await s.createOrder();
    const analyst = operationsAs(t, await t.userWith([Role.ANALYST]));
    await expect(analyst.serviceOrderStep('CANCEL', order.id, { reason: 'x' })).rejects.toMatchObject({ status: 403 });
  });
});
