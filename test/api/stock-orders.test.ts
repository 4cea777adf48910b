import { Role } from '../../api/src/modules/auth/role';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { stockScenario, type StockScenario } from '../helpers/stock-scenario';

/**
 * A technician's parts follow the service order: consumption posts when the order completes (from
 * what the order's technicians hold on requisitions first, else the station's warehouse); awaited
 * parts are linked to the purchase order or transfer bringing them and issued when it is
 * received; cancelling or removing a line returns what was issued.
 */
describe('stock on service orders', () => {
  let t: TestApp;
  let s: StockScenario;
  beforeAll(async () => {
    t = await createTestApp();
    s = await stockScenario(t);
    await s.stockUp(s.wa.id, [
      { partId: s.board.id, quantity: 3, unitCost: 200 },
      { partId: s.motor.id, quantity: 4, unitCost: 150 },
      { partId: s.gas.id, quantity: 30, unitCost: 45 },
    ]);
    await s.stockUp(s.hub.id, [{ partId: s.motor.id, quantity: 10, unitCost: 140 }]);
  });
  afterAll(() => t.close());

  const code = (r: { errors?: Array<{ extensions: { code: string } }> }) => r.errors?.[0]?.extensions.code;
  const ORDER = `id status parts { id kind quantity arrivedAt issues { source quantity warehouseId requisitionId } incoming { purchaseOrderId transferId arrivedAt } }
    timeline { action summary }`;
  const orderStep = (mutation: string, input: string, id: string, vars: Record<string, unknown> | null, caller = s.staffA) =>
    t.gql<Record<string, { order: { id: string; status: string; parts: Array<Record<string, unknown>>; timeline: Array<{ action: string; summary: string | null }> } }>>(
      `mutation($id: ID!${vars ? `, $input: ${input}!` : ''}) { r: ${mutation}(id: $id${vars ? ', input: $input' : ''}) { order { ${ORDER} } } }`,
      vars ? { id, input: vars } : { id },
      caller,
    );
  const complete = (id: string, parts: Array<{ partId: string; quantity: number }>, caller = s.staffA) =>
    orderStep('completeServiceOrder', 'CompleteInput', id, { causeCodeId: s.cause.id, methodCodeId: s.method.id, parts }, caller);
  const movementsOf = (orderId: string) =>
    t.em().getConnection().execute<Array<{ kind: string; quantity: number; document_number: string; document_type: string; warehouse_id: string }>>(
      'select kind, quantity, document_number, document_type, warehouse_id from stock_movement where service_order_id = ? order by seq',
      [orderId],
    );
  const awaiting = () =>
    s.must(t.gql<{ awaitingParts: Array<{ part: { id: string }; quantity: number; arrivedQuantity: number; incoming: string[]; unlinkedOrderPartIds: string[]; orderNumbers: string[] }> }>(
      `{ awaitingParts { part { id } quantity arrivedQuantity incoming unlinkedOrderPartIds orderNumbers } }`,
      {},
      s.keeper,
    )).then((r) => r.awaitingParts);

  it('completion posts CONSUMPTION from the station’s warehouse, carrying the order number', async () => {
    const order = await s.order({ station: s.a, status: 'in_repair', technicians: [s.techA] });
    const before = await s.onHand(s.board.id, s.wa.id);
    const res = await complete(order.id, [{ partId: s.board.id, quantity: 1 }]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.r.order.parts).toEqual([expect.objectContaining({ kind: 'USED', issues: [{ source: 'WAREHOUSE', quantity: 1, warehouseId: s.wa.id, requisitionId: null }] })]);
    expect(await s.onHand(s.board.id, s.wa.id)).toBe(before - 1);
    expect(await movementsOf(order.id)).toEqual([{ kind: 'consumption', quantity: -1, document_number: order.number, document_type: 'service_order', warehouse_id: s.wa.id }]);
  });

  it('a completion the warehouse cannot cover is refused with INSUFFICIENT_STOCK: the order stays in repair, nothing is recorded', async () => {
    const order = await s.order({ station: s.a, status: 'in_repair', technicians: [s.techA] });
    const res = await complete(order.id, [{ partId: s.gas.id, quantity: 2 }, { partId: s.board.id, quantity: 99 }]);
    expect(code(res)).toBe('INSUFFICIENT_STOCK');
    expect((await s.orderLines(order.id)).length).toBe(0);
    const [row] = await t.em().getConnection().execute<{ status: string }[]>('select status from service_order where id = ?', [order.id]);
    expect(row.status).toBe('in_repair');
    expect(await movementsOf(order.id)).toEqual([]);
  });

  it('parts the order’s technician holds on a requisition are used first: nothing leaves the warehouse again, the old part becomes due', async () => {
    const order = await s.order({ station: s.a, status: 'in_repair', technicians: [s.techA2] });
    const req = await s.created('Requisition', { warehouseId: s.wa.id, technicianId: s.techA2.id, serviceOrderId: order.id, lines: [{ partId: s.motor.id, quantity: 2 }] }, s.staffA);
    await s.stepped('Requisition', 'APPROVE', req.id, null, s.manager);
    await s.stepped('Requisition', 'ISSUE', req.id, null, s.keeperA);
    const before = await s.onHand(s.motor.id, s.wa.id);
    const res = await complete(order.id, [{ partId: s.motor.id, quantity: 1 }]);
    expect(res.errors).toBeUndefined();
    expect(res.data!.r.order.parts[0].issues).toEqual([{ source: 'HOLDING', quantity: 1, warehouseId: null, requisitionId: req.id }]);
    expect(await s.onHand(s.motor.id, s.wa.id)).toBe(before);
    expect((await movementsOf(order.id)).map((m) => m.kind)).toEqual(['requisition_out']);
    const doc = await s.must(t.gql<{ requisition: { heldQuantity: number; oldPartsDue: number; lines: Array<{ id: string; usedQuantity: number }> } }>(
      `query($id: ID!) { requisition(id: $id) { heldQuantity oldPartsDue lines { id usedQuantity } } }`,
      { id: req.id },
      s.staffA,
    ));
    expect(doc.requisition).toMatchObject({ heldQuantity: 1, oldPartsDue: 1, lines: [{ usedQuantity: 1 }] });
    // The replaced motor comes back as an old part, into the old-parts warehouse, at no value.
    await s.stepped('Requisition', 'RETURN', req.id, { lines: [{ lineId: doc.requisition.lines[0].id, unused: 1, oldParts: 1 }] }, s.staffA);
    expect(await s.balance(s.motor.id, s.oldA.id)).toEqual({ onHand: 1, averageCost: 0 });
    expect((await s.ledger(req.id)).map((r) => [r.kind, r.quantity, r.warehouse_id])).toEqual([
      ['requisition_out', -2, s.wa.id],
      ['return_in', 1, s.wa.id],
      ['old_part_in', 1, s.oldA.id],
    ]);
  });

  it('old parts of an order come back on a stock in a technician enters, into an old-parts warehouse only', async () => {
    const order = await s.order({ station: s.a, status: 'completed', used: [[s.board, 1]] });
    const wrong = await s.create('StockIn', { kind: 'OLD_PART_IN', warehouseId: s.wa.id, serviceOrderId: order.id, lines: [{ partId: s.board.id, quantity: 1 }] }, s.staffA);
    expect(code(wrong)).toBe('BAD_USER_INPUT');
    const doc = await s.created('StockIn', { kind: 'OLD_PART_IN', warehouseId: s.oldA.id, serviceOrderId: order.id, lines: [{ partId: s.board.id, quantity: 1, unitCost: 99 }] }, s.staffA);
    await s.stepped('StockIn', 'RECEIVE', doc.id, null, s.keeperA);
    expect(await movementsOf(order.id)).toEqual([{ kind: 'old_part_in', quantity: 1, document_number: doc.number, document_type: 'stock_in', warehouse_id: s.oldA.id }]);
    expect((await s.balance(s.board.id, s.oldA.id))!.averageCost).toBe(0);
  });

  it('a station without a warehouse keeps no stock here: its orders complete and post nothing', async () => {
    const bare = await s.f.station({ name: '无仓网点', region: s.region });
    const order = await s.order({ station: bare, status: 'in_repair' });
    const staff = await t.userWith([Role.TECHNICIAN], { stationId: bare.id });
    const res = await complete(order.id, [{ partId: s.board.id, quantity: 5 }], staff);
    expect(res.errors).toBeUndefined();
    expect(await movementsOf(order.id)).toEqual([]);
  });

  it('awaiting parts end to end: linked to a purchase order, received, issued to the order, its timeline told; the repair resumes without a second issue', async () => {
    const order = await s.order({ station: s.a, status: 'awaiting_parts', technicians: [s.techA], awaited: [[s.board, 2]] });
    const [line] = await s.orderLines(order.id);
    expect((await awaiting()).find((r) => r.orderNumbers.includes(order.number))).toMatchObject({ unlinkedOrderPartIds: [line.id], incoming: [] });
    // Only an order of the warehouse's station may be linked.
    const elsewhere = await s.create('PurchaseOrder', { warehouseId: s.wb.id, supplier: '格力', awaitedPartIds: [line.id] });
    expect(code(elsewhere)).toBe('BAD_USER_INPUT');
    const po = await s.created('PurchaseOrder', { warehouseId: s.wa.id, supplier: '格力配件中心', awaitedPartIds: [line.id] }, s.keeperA, 'id number lines { partId quantity } awaitedParts { orderPartId serviceOrderId quantity }');
    expect(po.lines).toEqual([{ partId: s.board.id, quantity: 2 }]);
    expect(po.awaitedParts).toEqual([{ orderPartId: line.id, serviceOrderId: order.id, quantity: 2 }]);
    expect((await awaiting()).find((r) => r.orderNumbers.includes(order.number))).toMatchObject({ unlinkedOrderPartIds: [], incoming: [po.number], arrivedQuantity: 0 });

    await s.stepped('PurchaseOrder', 'PLACE', po.id, null, s.keeperA);
    const before = await s.onHand(s.board.id, s.wa.id);
    const received = await s.stepped('PurchaseOrder', 'RECEIVE', po.id, {}, s.keeperA, 'id status timeline { summary }');
    expect(received.status).toBe('RECEIVED');
    expect((received.timeline as Array<{ summary: string }>).at(-1)!.summary).toContain(order.number);
    // Received and passed on at once: nobody else could take it in between.
    expect(await s.onHand(s.board.id, s.wa.id)).toBe(before);
    expect((await s.ledger(po.id)).map((r) => [r.kind, r.quantity, r.document_number])).toEqual([['purchase_in', 2, po.number]]);
    expect((await movementsOf(order.id)).map((r) => [r.kind, r.quantity, r.document_number])).toEqual([['consumption', -2, order.number]]);
    const [arrived] = await s.orderLines(order.id);
    expect(arrived).toMatchObject({ kind: 'awaited' });
    expect(arrived.arrived_at).not.toBeNull();
    expect((await awaiting()).find((r) => r.orderNumbers.includes(order.number))).toMatchObject({ arrivedQuantity: 2 });
    const timeline = await s.must(t.gql<{ serviceOrder: { timeline: Array<{ action: string; summary: string }> } }>(`query($id: ID!) { serviceOrder(id: $id) { timeline { action summary } } }`, { id: order.id }, s.staffA));
    expect(timeline.serviceOrder.timeline.at(-1)).toEqual({ action: 'PARTS_RECEIVED', summary: expect.stringContaining('配件已到货：主控板 × 2') });
    const tracking = await s.must(t.gql<{ serviceOrder: { trackingToken: string } }>(`query($id: ID!) { serviceOrder(id: $id) { trackingToken } }`, { id: order.id }, t.admin));
    const tracked = await s.must(t.gql<{ trackServiceOrderByToken: { steps: Array<{ action: string; summary: string | null }> } }>(
      `query($token: String!) { trackServiceOrderByToken(token: $token) { steps { action summary } } }`,
      { token: tracking.serviceOrder.trackingToken },
    ));
    expect(tracked.trackServiceOrderByToken.steps.at(-1)!.summary).toBe('配件已到货：主控板 × 2');

    // The station resumes: the lines are used, nothing is issued twice, completion posts nothing more.
    const resumed = await orderStep('markServiceOrderPartsArrived', 'NoteInput', order.id, null);
    expect(resumed.errors).toBeUndefined();
    expect(resumed.data!.r.order.parts).toEqual([expect.objectContaining({ kind: 'USED', issues: [expect.objectContaining({ source: 'WAREHOUSE', quantity: 2 })] })]);
    expect(code(await complete(order.id, []))).toBeUndefined();
    expect((await movementsOf(order.id)).map((m) => m.kind)).toEqual(['consumption']);
  });

  it('a transfer brings awaited parts the same way', async () => {
    const order = await s.order({ station: s.a, status: 'awaiting_parts', awaited: [[s.motor, 3]] });
    const [line] = await s.orderLines(order.id);
    const tr = await s.created('StockTransfer', { warehouseId: s.hub.id, toWarehouseId: s.wa.id, awaitedPartIds: [line.id] });
    await s.stepped('StockTransfer', 'SHIP', tr.id);
    await s.stepped('StockTransfer', 'RECEIVE', tr.id, null, s.keeperA);
    expect((await movementsOf(order.id)).map((m) => [m.kind, m.quantity])).toEqual([['consumption', -3]]);
    expect((await s.orderLines(order.id))[0].arrived_at).not.toBeNull();
  });

  it('cancelling an order returns what was issued to it; a cancelled purchase order leaves its orders waiting, unlinked', async () => {
    const order = await s.order({ station: s.a, status: 'awaiting_parts', awaited: [[s.gas, 4]] });
    const [line] = await s.orderLines(order.id);
    const po = await s.created('PurchaseOrder', { warehouseId: s.wa.id, supplier: '冷媒供应商', awaitedPartIds: [line.id] });
    await s.stepped('PurchaseOrder', 'PLACE', po.id);
    await s.stepped('PurchaseOrder', 'RECEIVE', po.id, {});
    const before = await s.onHand(s.gas.id, s.wa.id);
    const res = await orderStep('cancelServiceOrder', 'ReasonInput', order.id, { reason: '顾客取消' }, s.dispatcher);
    expect(res.errors).toBeUndefined();
    expect(res.data!.r.order.timeline.at(-1)!.summary).toContain('配件退回库存：R32 冷媒 × 4');
    expect(await s.onHand(s.gas.id, s.wa.id)).toBe(before + 4);
    expect((await movementsOf(order.id)).map((m) => [m.kind, m.quantity])).toEqual([['consumption', -4], ['return_in', 4]]);

    const other = await s.order({ station: s.a, status: 'awaiting_parts', awaited: [[s.gas, 1]] });
    const [otherLine] = await s.orderLines(other.id);
    const po2 = await s.created('PurchaseOrder', { warehouseId: s.wa.id, supplier: '冷媒供应商', awaitedPartIds: [otherLine.id] });
    await s.stepped('PurchaseOrder', 'CANCEL', po2.id, { reason: '改从中心仓调拨' });
    expect((await awaiting()).find((r) => r.orderNumbers.includes(other.number))).toMatchObject({ incoming: [], unlinkedOrderPartIds: [otherLine.id] });
  });

  it('removing a part line from an open order returns its stock and says so on the timeline', async () => {
    const order = await s.order({ station: s.a, status: 'awaiting_parts', awaited: [[s.gas, 2]] });
    const [line] = await s.orderLines(order.id);
    const po = await s.created('PurchaseOrder', { warehouseId: s.wa.id, supplier: '冷媒供应商', awaitedPartIds: [line.id] });
    await s.stepped('PurchaseOrder', 'PLACE', po.id);
    await s.stepped('PurchaseOrder', 'RECEIVE', po.id, {});
    const before = await s.onHand(s.gas.id, s.wa.id);
    expect(code(await t.gql(`mutation($id: ID!, $input: RemoveOrderPartInput!) { removeServiceOrderPart(id: $id, input: $input) { id } }`, { id: order.id, input: { orderPartId: line.id } }, s.staffB))).toBe('NOT_FOUND');
    const res = await s.must(t.gql<{ removeServiceOrderPart: { parts: unknown[]; timeline: Array<{ action: string; summary: string }> } }>(
      `mutation($id: ID!, $input: RemoveOrderPartInput!) { removeServiceOrderPart(id: $id, input: $input) { parts { id } timeline { action summary } } }`,
      { id: order.id, input: { orderPartId: line.id, reason: '顾客自备' } },
      s.staffA,
    ));
    expect(res.removeServiceOrderPart.parts).toEqual([]);
    expect(res.removeServiceOrderPart.timeline.at(-1)).toEqual({ action: 'PART_REMOVED', summary: expect.stringContaining('配件退回库存：R32 冷媒 × 2') });
    expect(await s.onHand(s.gas.id, s.wa.id)).toBe(before + 2);
    expect((await s.reconciliation()).ok).toBe(true);
  });
});
