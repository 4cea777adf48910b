import { createTestApp, type TestApp } from '../helpers/test-app';
import { orderScenario, type Scenario, type Order } from '../helpers/order-scenario';
import { stepMutation } from '../helpers/lifecycles';
import { ServiceOrderAction } from '../../api/src/modules/service-order/service-order.enums';

/** A valid input for each action (its mutation comes from the published lifecycle). */
const ACTIONS: Record<ServiceOrderAction, { input: (s: Scenario) => Record<string, unknown> | null }> = {
  [ServiceOrderAction.DISPATCH]: { input: (s) => ({ stationId: s.near.id, technicianIds: [s.helper.id] }) },
  [ServiceOrderAction.REJECT_DISPATCH]: { input: () => ({ reason: '不在服务范围' }) },
  [ServiceOrderAction.START_REPAIR]: { input: () => null },
  [ServiceOrderAction.AWAIT_PARTS]: { input: (s) => ({ parts: [{ partId: s.part.id, quantity: 1 }] }) },
  [ServiceOrderAction.PARTS_ARRIVED]: { input: () => null },
  [ServiceOrderAction.COMPLETE]: { input: (s) => ({ causeCodeId: s.cause.id, methodCodeId: s.method.id }) },
  [ServiceOrderAction.SEND_TO_AGENT]: { input: () => ({ logisticsNumber: 'SF1234567890' }) },
  [ServiceOrderAction.RECEIVE_FROM_AGENT]: { input: () => null },
  [ServiceOrderAction.RETURN_TO_CUSTOMER]: { input: () => null },
  [ServiceOrderAction.RECORD_RETURN_VISIT]: { input: () => ({ score: 5, comment: '满意' }) },
  [ServiceOrderAction.CANCEL]: { input: () => ({ reason: '顾客取消' }) },
};

/** How to bring a new order into each status (after-sale unless said otherwise). */
const ROUTES: Record<string, ServiceOrderAction[]> = {
  RECEIVED: [],
  DISPATCHED: [ServiceOrderAction.DISPATCH],
  IN_REPAIR: [ServiceOrderAction.DISPATCH, ServiceOrderAction.START_REPAIR],
  AWAITING_PARTS: [ServiceOrderAction.DISPATCH, ServiceOrderAction.START_REPAIR, ServiceOrderAction.AWAIT_PARTS],
  COMPLETED: [ServiceOrderAction.DISPATCH, ServiceOrderAction.START_REPAIR, ServiceOrderAction.COMPLETE],
  SENT_TO_AGENT: [ServiceOrderAction.DISPATCH, ServiceOrderAction.SEND_TO_AGENT],
  BACK_FROM_AGENT: [ServiceOrderAction.DISPATCH, ServiceOrderAction.SEND_TO_AGENT, ServiceOrderAction.RECEIVE_FROM_AGENT],
  RETURNED_TO_CUSTOMER: [
    ServiceOrderAction.DISPATCH,
    ServiceOrderAction.START_REPAIR,
    ServiceOrderAction.COMPLETE,
    ServiceOrderAction.RETURN_TO_CUSTOMER,
  ],
  VISITED: [
    ServiceOrderAction.DISPATCH,
    ServiceOrderAction.START_REPAIR,
    ServiceOrderAction.COMPLETE,
    ServiceOrderAction.RETURN_TO_CUSTOMER,
    ServiceOrderAction.RECORD_RETURN_VISIT,
  ],
  CANCELLED: [ServiceOrderAction.CANCEL],
};

describe('service order lifecycle (the state machine)', () => {
  let t: TestApp;
  let s: Scenario;
  const inStatus: Record<string, Order> = {};

  const run = (action: ServiceOrderAction, id: string) => s.step(stepMutation(action), id, ACTIONS[action].input(s), t.admin);

  beforeAll(async () => {
    t = await createTestApp();
    s = await orderScenario(t);
    for (const [status, route] of Object.entries(ROUTES)) {
      const order = await s.createOrder();
      for (const action of route) {
        const res = await run(action, order.id);
        if (res.errors) throw new Error(`${status} via ${action}: ${JSON.stringify(res.errors)}`);
      }
      const got = await t.ok<{ serviceOrder: Order }>(`query($id: ID!) { serviceOrder(id: $id) { id status allowedActions timeline { action } } }`, { id: order.id }, t.admin);
      expect(got.serviceOrder.status).toBe(status);
      inStatus[status] = got.serviceOrder;
    }
  });
  afterAll(() => t.close());

  /**
   * DOMAIN.md's lifecycle, written out here rather than read from the code: received -> dispatched
   * -> in_repair <-> awaiting_parts; in_repair -> completed; received|dispatched|in_repair ->
   * sent_to_agent -> back_from_agent; back_from_agent|completed -> returned_to_customer -> visited;
   * any open state -> cancelled. Ours adds re-dispatch and a station's rejection of a dispatch.
   */
  const DOMAIN: Record<string, string[]> = {
    RECEIVED: ['CANCEL', 'DISPATCH', 'SEND_TO_AGENT'],
    DISPATCHED: ['CANCEL', 'DISPATCH', 'REJECT_DISPATCH', 'SEND_TO_AGENT', 'START_REPAIR'],
    IN_REPAIR: ['AWAIT_PARTS', 'CANCEL', 'COMPLETE', 'SEND_TO_AGENT'],
    AWAITING_PARTS: ['CANCEL', 'PARTS_ARRIVED'],
    COMPLETED: ['RETURN_TO_CUSTOMER'],
    SENT_TO_AGENT: ['CANCEL', 'RECEIVE_FROM_AGENT'],
    BACK_FROM_AGENT: ['CANCEL', 'RETURN_TO_CUSTOMER'],
    RETURNED_TO_CUSTOMER: ['RECORD_RETURN_VISIT'],
    VISITED: [],
    CANCELLED: [],
  };

  it('offers exactly the transitions of DOMAIN.md in every status', () => {
    for (const [status, order] of Object.entries(inStatus)) {
      expect({ status, actions: [...order.allowedActions].sort() }).toEqual({ status, actions: DOMAIN[status] });
    }
  });

  it('refuses every illegal transition with INVALID_TRANSITION naming the state and the allowed actions, changing nothing', async () => {
    let refused = 0;
    for (const [status, order] of Object.entries(inStatus)) {
      for (const action of Object.values(ServiceOrderAction)) {
        if (order.allowedActions.includes(action.toUpperCase())) continue;
        const res = await run(action, order.id);
        const error = res.errors?.[0];
        expect({ status, action, code: error?.extensions.code }).toEqual({ status, action, code: 'INVALID_TRANSITION' });
        expect(error?.extensions.status).toBe(status);
        expect(error?.extensions.allowedActions).toEqual(order.allowedActions);
        refused++;
      }
      const after = await t.ok<{ serviceOrder: Order }>(`query($id: ID!) { serviceOrder(id: $id) { status timeline { action } } }`, { id: order.id }, t.admin);
      expect(after.serviceOrder.status).toBe(status);
      expect(after.serviceOrder.timeline).toHaveLength(order.timeline.length);
    }
    expect(refused).toBeGreaterThan(70);
    const res = await run(ServiceOrderAction.COMPLETE, inStatus.RECEIVED.id);
    expect(res.errors?.[0].message).toMatch(/当前状态为「已接件」，不能执行「完工」；可执行的操作：派工、返修出库、取消服务单$/);
    const en = await t.gql(
      `mutation($id: ID!) { startServiceOrderRepair(id: $id) { order { id } } }`,
      { id: inStatus.RECEIVED.id },
      { ...t.admin, lang: 'en' },
    );
    expect(en.errors?.[0].message).toMatch(/is “Received”: it cannot “Start repair”\. Allowed now: Dispatch, Send to agent, Cancel order$/);
  });

  it('records every legal transition on the timeline with actor, station and note', async () => {
    const order = await s.createOrder();
    await s.okStep('dispatchServiceOrder', order.id, { stationId: s.near.id, technicianIds: [s.lead.id, s.helper.id], note: '顾客下午在家' });
    await s.okStep('startServiceOrderRepair', order.id, null, s.nearStaff);
    await s.okStep('awaitServiceOrderParts', order.id, { parts: [{ partId: s.part.id, quantity: 2 }] }, s.nearStaff);
    await s.okStep('markServiceOrderPartsArrived', order.id, { note: '配件已到' }, s.nearStaff);
    const done = await s.okStep(
      'completeServiceOrder',
      order.id,
      { causeCodeId: s.cause.id, methodCodeId: s.method.id, parts: [{ partId: s.part.id, quantity: 1 }] },
      s.nearStaff,
    );
    await s.okStep('returnServiceOrderToCustomer', order.id, null, s.nearStaff);
    const visited = await s.okStep('recordServiceOrderReturnVisit', order.id, { score: 5, comment: '师傅很专业' });
    const timeline = visited.order.timeline;
    expect(timeline.map((e) => [e.action, e.fromStatus, e.status])).toEqual([
      ['CREATE', null, 'RECEIVED'],
      ['DISPATCH', 'RECEIVED', 'DISPATCHED'],
      ['START_REPAIR', 'DISPATCHED', 'IN_REPAIR'],
      ['AWAIT_PARTS', 'IN_REPAIR', 'AWAITING_PARTS'],
      ['PARTS_ARRIVED', 'AWAITING_PARTS', 'IN_REPAIR'],
      ['COMPLETE', 'IN_REPAIR', 'COMPLETED'],
      ['RETURN_TO_CUSTOMER', 'COMPLETED', 'RETURNED_TO_CUSTOMER'],
      ['RECORD_RETURN_VISIT', 'RETURNED_TO_CUSTOMER', 'VISITED'],
    ]);
    // The actor is named as people know them; the call centre and stations by name.
    expect(timeline[1]).toMatchObject({ actorLabel: s.dispatcher.user.displayName, stationId: null, department: '客服中心' });
    expect(timeline[1].summary).toContain('派往 南山维修站');
    expect(timeline[1].summary).toContain('维修员 李师傅、王师傅');
    expect(timeline[1].note).toBe('顾客下午在家');
    expect(timeline[2]).toMatchObject({ actorLabel: s.nearStaff.user.displayName, stationId: s.near.id, department: '南山维修站' });
    expect(timeline[3].summary).toContain('冷媒 R32 × 2');
    expect(timeline[4].note).toBe('配件已到');
    expect(timeline[5].summary).toContain('用件：冷媒 R32 × 1');
    expect(timeline[7].summary).toContain('评分 5/5');
    // Arrived parts are used parts: the fee counts them with the one added at completion.
    expect(done.order.partsFee).toBe(3 * 120);
    expect(done.order.completedAt).toBeTruthy();
    expect(visited.order.closedAt).toBeTruthy();
    expect(visited.order.allowedActions).toEqual([]);
  });

  it('needs the data each step needs: cancel a reason, completion cause and method codes of the right table', async () => {
    const order = await s.createOrder();
    const noReason = await s.step('cancelServiceOrder', order.id, { reason: '' });
    expect(noReason.errors?.[0].extensions.code).toBe('BAD_USER_INPUT');
    await s.paths.inRepair(order.id);
    const missing = await t.gql(
      `mutation($id: ID!) { completeServiceOrder(id: $id, input: { methodCodeId: "${s.method.id}" }) { order { id } } }`,
      { id: order.id },
      s.nearStaff,
    );
    expect(missing.errors?.[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const wrongTable = await s.step('completeServiceOrder', order.id, { causeCodeId: s.method.id, methodCodeId: s.method.id }, s.nearStaff);
    expect(wrongTable.errors?.[0].extensions.fields?.map((e) => e.field)).toEqual(['causeCodeId']);
    const still = await t.ok<{ serviceOrder: Order }>(`query($id: ID!) { serviceOrder(id: $id) { status causeCodeId: id } }`, { id: order.id }, t.admin);
    expect(still.serviceOrder.status).toBe('IN_REPAIR');
    const cancelled = await s.okStep('cancelServiceOrder', order.id, { reason: '顾客不修了' });
    expect(cancelled.order).toMatchObject({ status: 'CANCELLED', cancelReason: '顾客不修了' });
    expect(cancelled.order.timeline.at(-1)?.summary).toBe('取消原因：顾客不修了');
  });

  it('closes a pre-sale order when it is back from the agent', async () => {
    const store = await s.f.customer({ name: '南山专卖店', kind: 'store', mobile: null, phones: ['0755-88886666'] });
    const notStore = await t.gql(
      `mutation($input: ServiceOrderCreateInput!) { createServiceOrder(input: $input) { id } }`,
      { input: { attribute: 'PRE_SALE', customerId: s.customer.id, productId: s.product.id, serialNumber: 'PRE-1', reportedSymptom: '开箱不通电' } },
      s.dispatcher,
    );
    expect(notStore.errors?.[0].extensions.fields?.[0].field).toBe('customerId');
    expect(notStore.errors?.[0].message).toContain('售前单的客户必须是门店');
    const order = await s.createOrder({ attribute: 'PRE_SALE', customerId: store.id, productUnitId: undefined, productId: s.product.id, serialNumber: 'PRE-1', reportedSymptom: '开箱不通电', symptomCodeId: undefined, stationId: s.near.id });
    expect(order.contactPhone).toBe('0755-88886666');
    await s.okStep('sendServiceOrderToAgent', order.id, null, s.nearStaff);
    const back = await s.okStep('receiveServiceOrderFromAgent', order.id, { logisticsNumber: 'SF-BACK-1' }, s.nearStaff);
    expect(back.order).toMatchObject({ status: 'BACK_FROM_AGENT', allowedActions: [] });
    expect(back.order.closedAt).toBeTruthy();
    const refuse = await s.step('returnServiceOrderToCustomer', order.id, null, t.admin);
    expect(refuse.errors?.[0].extensions.code).toBe('INVALID_TRANSITION');
  });

  it('sends to the station’s network parent by default, and needs an agent when there is none', async () => {
    const order = await s.createOrder();
    await s.okStep('dispatchServiceOrder', order.id, { stationId: s.near.id });
    const sent = await s.okStep('sendServiceOrderToAgent', order.id, { logisticsNumber: 'SF001' }, s.nearStaff);
    expect(sent.order.timeline.at(-1)?.summary).toBe('寄往 华南总代理\n物流单号 SF001');
    const other = await s.createOrder();
    await s.okStep('dispatchServiceOrder', other.id, { stationId: s.middle.id });
    const refused = await s.step('sendServiceOrderToAgent', other.id, null, s.middleStaff);
    expect(refused.errors?.[0].extensions.fields?.[0].field).toBe('agentStationId');
  });

  it('lets an external station reject a dispatch: back to dispatch with the reason on the timeline', async () => {
    const order = await s.createOrder();
    await s.okStep('dispatchServiceOrder', order.id, { stationId: s.near.id, technicianIds: [s.lead.id] });
    const rejected = await s.okStep('rejectServiceOrderDispatch', order.id, { reason: '师傅休假' }, s.nearStaff);
    expect(rejected.order).toMatchObject({ status: 'RECEIVED', stationId: null, technicianIds: [] });
    expect(rejected.order.timeline.at(-1)).toMatchObject({ action: 'REJECT_DISPATCH', summary: '拒单原因：师傅休假', stationId: s.near.id });
  });

  it('checks the caller’s role and station for each step', async () => {
    const order = await s.createOrder();
    const staffDispatch = await s.step('dispatchServiceOrder', order.id, { stationId: s.near.id }, s.nearStaff);
    expect(staffDispatch.errors?.[0].extensions.code).toBe('NOT_FOUND');
    await s.okStep('dispatchServiceOrder', order.id, { stationId: s.near.id });
    const otherStation = await s.step('startServiceOrderRepair', order.id, null, s.middleStaff);
    expect(otherStation.errors?.[0].extensions.code).toBe('NOT_FOUND');
    const staffCancel = await s.step('cancelServiceOrder', order.id, { reason: 'x' }, s.nearStaff);
    expect(staffCancel.errors?.[0].extensions.code).toBe('FORBIDDEN');
    const staffView = await t.ok<{ serviceOrder: Order }>(`query($id: ID!) { serviceOrder(id: $id) { allowedActions } }`, { id: order.id }, s.nearStaff);
    expect(staffView.serviceOrder.allowedActions.sort()).toEqual(['REJECT_DISPATCH', 'SEND_TO_AGENT', 'START_REPAIR']);
    const analyst = await t.userWith(['analyst' as never]);
    const analystStep = await s.step('startServiceOrderRepair', order.id, null, analyst);
    expect(analystStep.errors?.[0].extensions.code).toBe('FORBIDDEN');
  });
});
