import { addDaysTo, today, warrantyEnd } from '../../api/src/common/dates';
import { Role } from '../../api/src/modules/auth/role';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { Fixtures } from '../helpers/fixtures';
import { createTestApp, type Caller, type GqlResult, type TestApp } from '../helpers/test-app';
import lifecycles from '../../schema/lifecycles.json';

type Steps = Record<string, { from: string[]; to: string; mutation: string; input: string }>;
const STEPS = (lifecycles as unknown as Record<string, { steps: Steps }>).ReturnRequest.steps;

const FIELDS = `id number kind status refundTotal requestedTotal windowDays windowEndsOn deliveredOn windowWaived rejectReason sendBackReason
  customerAfterSalesCount allowedActions allowedOperations stationId warehouseId serviceOrderId contactPhone internalNote
  lines { id quantity unitPrice requestedAmount refundAmount receivedQuantity shippedQuantity productUnitId replacementUnitId replacementUnit { id serialNumber warrantyEndsOn replacesId active } }
  timeline { action fromStatus status summary note actorLabel }`;

type Request = {
  id: string;
  number: string;
  status: string;
  refundTotal: number;
  allowedActions: string[];
  allowedOperations: string[];
  lines: Array<{ id: string; refundAmount: number; receivedQuantity: number; replacementUnit: { id: string; serialNumber: string; warrantyEndsOn: string; replacesId: string; active: boolean } | null }>;
  timeline: Array<{ action: string; status: string; summary: string | null; note: string | null; actorLabel: string | null }>;
} & Record<string, unknown>;

/** Returns, refunds and exchanges: the window, both reviews, the goods through the stock ledger, the replacement's warranty and who may do what. */
describe('return requests', () => {
  let t: TestApp;
  let f: Fixtures;
  let day: string;
  const w: Record<string, any> = {};
  const code = (r: GqlResult) => r.errors?.[0]?.extensions.code;

  beforeAll(async () => {
    t = await createTestApp();
    f = new Fixtures(t.em());
    day = today(t.config.timeZone);
    const region = await f.region();
    w.a = await f.station({ name: '甲站', region });
    w.b = await f.station({ name: '乙站', region });
    w.wa = await f.warehouse({ station: w.a, name: '甲站仓' });
    w.wb = await f.warehouse({ station: w.b, name: '乙站仓' });
    w.ac = await f.category({ name: '空调' });
    w.tv = await f.category({ name: '电视' });
    w.product = await f.product({ name: '变频空调', category: w.ac, listPrice: 3000, warrantyMonths: 12 });
    w.tvProduct = await f.product({ name: '液晶电视', category: w.tv, listPrice: 2000, warrantyMonths: 12 });
    w.customer = await f.customer({ name: '王五', mobile: '13912345678', region });
    w.reason = await f.code(CodeKind.AFTER_SALES_REASON, { name: '质量问题' });
    w.inactiveReason = await f.code(CodeKind.AFTER_SALES_REASON, { name: '旧原因', active: false });
    w.symptom = await f.code(CodeKind.FAULT_SYMPTOM, { name: '不制冷' });
    w.dispatcher = await t.userWith([Role.DISPATCHER]);
    w.ops = await t.userWith([Role.OPERATIONS_REVIEWER]);
    w.finance = await t.userWith([Role.FINANCE_REVIEWER]);
    w.keeper = await t.userWith([Role.PARTS_KEEPER]);
    w.staffA = await t.userWith([Role.TECHNICIAN], { stationId: w.a.id });
    w.staffB = await t.userWith([Role.TECHNICIAN], { stationId: w.b.id });
    w.analyst = await t.userWith([Role.ANALYST]);
    // The TV category returns within 30 days (its own window); air-conditioners take the default 7 / 15.
    await t.ok(`mutation($i: AfterSalesRulesInput!) { updateAfterSalesRules(input: $i) { returnDays } }`, { i: { categoryWindows: [{ categoryId: w.tv.id, returnDays: 30, exchangeDays: 30 }] } }, t.admin);
  });
  afterAll(() => t.close());

  const unit = (deliveredAgo: number | null, data: Record<string, unknown> = {}) =>
    f.unit({
      product: w.product,
      owner: w.customer,
      purchaseDate: addDaysTo(day, -((deliveredAgo ?? 3) + 2)),
      deliveredOn: deliveredAgo === null ? null : addDaysTo(day, -deliveredAgo),
      warrantyEndsOn: addDaysTo(day, 300),
      ...data,
    });

  const file = (input: Record<string, unknown>, caller: Caller = w.dispatcher) =>
    t.gql<{ r: Request }>(`mutation($i: ReturnRequestCreateInput!) { r: createReturnRequest(input: $i) { ${FIELDS} } }`, { i: { reasonCodeId: w.reason.id, stationId: w.a.id, ...input } }, caller);
  const filed = async (input: Record<string, unknown>, caller: Caller = w.dispatcher) => {
    const r = await file(input, caller);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.r;
  };
  const step = (action: string, id: string, input: Record<string, unknown> | null, caller: Caller) => {
    const s = STEPS[action];
    const type = s.input.replace(/!$/, '');
    return t.gql<{ r: Request }>(
      `mutation($id: ID!${input ? `, $i: ${type}!` : ''}) { r: ${s.mutation}(id: $id${input ? ', input: $i' : ''}) { ${FIELDS} } }`,
      input ? { id, i: input } : { id },
      caller,
    );
  };
  const stepped = async (action: string, id: string, input: Record<string, unknown> | null, caller: Caller) => {
    const r = await step(action, id, input, caller);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.r;
  };
  const ledger = (id: string) =>
    t.em().getConnection().execute<Array<{ kind: string; quantity: number; document_type: string; document_number: string; warehouse_id: string; part_id: string }>>(
      'select kind, quantity, document_type, document_number, warehouse_id, part_id from stock_movement where document_id = ? order by seq',
      [id],
    );
  const count = async (table: string) => Number((await t.em().getConnection().execute<Array<{ n: string }>>(`select count(*) as n from ${table}`))[0].n);

  it('refuses a request past the return window, naming the window and the dates, and creates nothing; the last day of the window is still in it', async () => {
    const late = await unit(8);
    const before = await count('return_request');
    const refused = await file({ kind: 'RETURN_REFUND', lines: [{ productUnitId: late.id }] }, { ...w.dispatcher, lang: 'en' });
    expect(code(refused)).toBe('RETURN_WINDOW_CLOSED');
    const e = refused.errors![0];
    expect(e.message).toMatch(/return window is 7 days after delivery/);
    expect(e.extensions.returnWindow).toEqual({ days: 7, deliveredOn: addDaysTo(day, -8), endsOn: addDaysTo(day, -1), today: day });
    expect(e.extensions.message!.zh).toContain('签收后 7 天');
    expect(await count('return_request')).toBe(before);
    expect(await count('return_request_line')).toBe(0);

    const lastDay = await unit(7);
    const ok = await filed({ kind: 'RETURN_REFUND', lines: [{ productUnitId: lastDay.id }] });
    expect(ok).toMatchObject({ status: 'PENDING_REVIEW', windowDays: 7, windowEndsOn: day, deliveredOn: addDaysTo(day, -7), requestedTotal: 3000, refundTotal: 3000 });
    expect(ok.number).toMatch(/^RR-\d{4}-\d{6}$/);
    // An exchange has its own, longer window (15 days); the category of a TV its own (30).
    expect(code(await file({ kind: 'EXCHANGE', lines: [{ productUnitId: (await unit(16)).id }] }))).toBe('RETURN_WINDOW_CLOSED');
    expect((await filed({ kind: 'EXCHANGE', lines: [{ productUnitId: (await unit(15)).id }] })).windowDays).toBe(15);
    const tv = await f.unit({ product: w.tvProduct, owner: w.customer, purchaseDate: addDaysTo(day, -40), deliveredOn: addDaysTo(day, -30) });
    expect((await filed({ kind: 'RETURN_REFUND', lines: [{ productUnitId: tv.id }] })).windowDays).toBe(30);
  });

  it('refuses bad input field by field: an inactive reason, a unit that is not the customer’s, a refund above the goods', async () => {
    const other = await f.unit({ product: w.product, owner: await f.customer(), deliveredOn: addDaysTo(day, -1), purchaseDate: addDaysTo(day, -2) });
    const r = await file({ kind: 'RETURN_REFUND', customerId: w.customer.id, reasonCodeId: w.inactiveReason.id, lines: [{ productUnitId: other.id, refundAmount: 5000 }] });
    expect(code(r)).toBe('BAD_USER_INPUT');
    const fields = r.errors![0].extensions.fields!.map((x) => x.field).sort();
    expect(fields).toEqual(['lines.0.productUnitId', 'lines.0.refundAmount', 'reasonCodeId']);
  });

  it('return and refund: operations change the amount (audited, reason required), finance send it back, operations approve again, finance approve; the goods come back as RETURN_IN with the request number; refund completes it', async () => {
    const u = await unit(2);
    const r = await filed({ kind: 'RETURN_REFUND', lines: [{ productUnitId: u.id }], note: '顾客情绪激动' });
    expect(r.allowedActions).toEqual(['CANCEL']);
    const asOps = (await t.ok<{ returnRequest: Request }>(`query($id: ID!) { returnRequest(id: $id) { ${FIELDS} } }`, { id: r.id }, w.ops)).returnRequest;
    expect(asOps.allowedActions).toEqual(['APPROVE', 'REJECT', 'CANCEL']);
    expect(asOps.allowedOperations).toContain('CHANGE_REFUND');

    // Finance may not approve what operations have not; a dispatcher may not change the amount.
    expect(code(await step('FINANCE_APPROVE', r.id, {}, w.finance))).toBe('INVALID_TRANSITION');
    const changeQ = `mutation($id: ID!, $i: RefundChangeInput!) { r: changeReturnRequestRefund(id: $id, input: $i) { ${FIELDS} } }`;
    expect(code(await t.gql(changeQ, { id: r.id, i: { lines: [{ lineId: r.lines[0].id, refundAmount: 2800 }], reason: '包装缺失' } }, w.dispatcher))).toBe('FORBIDDEN');
    expect(code(await t.gql(changeQ, { id: r.id, i: { lines: [{ lineId: r.lines[0].id, refundAmount: 3500 }], reason: '多退' } }, w.ops))).toBe('BAD_USER_INPUT');
    const changed = (await t.ok<{ r: Request }>(changeQ, { id: r.id, i: { lines: [{ lineId: r.lines[0].id, refundAmount: 2800 }], reason: '包装缺失，扣 200' } }, w.ops)).r;
    expect(changed.refundTotal).toBe(2800);
    const audit = await t.em().getConnection().execute<Array<{ entity_name: string; before: Record<string, unknown>; after: Record<string, unknown>; reason: string }>>(
      `select entity_name, before, after, reason from audit_entry where entity_id in (?, ?) and action = 'update' order by at`,
      [r.id, r.lines[0].id],
    );
    expect(audit).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ entity_name: 'ReturnRequest', before: expect.objectContaining({ refundTotal: 3000 }), after: expect.objectContaining({ refundTotal: 2800 }), reason: '包装缺失，扣 200' }),
        expect.objectContaining({ entity_name: 'ReturnLine', before: expect.objectContaining({ refundAmount: 3000 }), after: expect.objectContaining({ refundAmount: 2800 }), reason: '包装缺失，扣 200' }),
      ]),
    );

    const approved = await stepped('APPROVE', r.id, { returnAddress: '深圳市南山区售后仓' }, w.ops);
    expect(approved.status).toBe('APPROVED');
    // Only finance reviews the amount; operations cannot change it any more.
    expect(code(await step('FINANCE_APPROVE', r.id, {}, w.ops))).toBe('FORBIDDEN');
    expect(code(await t.gql(changeQ, { id: r.id, i: { lines: [{ lineId: r.lines[0].id, refundAmount: 2700 }], reason: 'x' } }, w.ops))).toBe('BAD_USER_INPUT');
    expect(code(await step('SEND_BACK', r.id, { reason: '' }, w.finance))).toBe('BAD_USER_INPUT');
    const sentBack = await stepped('SEND_BACK', r.id, { reason: '扣款依据不足' }, w.finance);
    expect(sentBack).toMatchObject({ status: 'PENDING_REVIEW', sendBackReason: '扣款依据不足' });
    await t.ok(changeQ, { id: r.id, i: { lines: [{ lineId: r.lines[0].id, refundAmount: 2900 }], reason: '扣 100 包装费' } }, w.ops);
    await stepped('APPROVE', r.id, {}, w.ops);
    const financed = await stepped('FINANCE_APPROVE', r.id, { note: '同意' }, w.finance);
    expect(financed).toMatchObject({ status: 'AWAITING_RETURN', refundTotal: 2900 });

    // Station B's staff cannot receive station A's goods (they do not even see the request).
    expect(code(await step('RECEIVE_GOODS', r.id, { warehouseId: w.wb.id }, w.staffB))).toBe('NOT_FOUND');
    expect(code(await step('REFUND', r.id, { reference: 'X' }, w.finance))).toBe('INVALID_TRANSITION');
    const received = await stepped('RECEIVE_GOODS', r.id, { warehouseId: w.wa.id }, w.staffA);
    expect(received).toMatchObject({ status: 'AWAITING_REFUND', warehouseId: w.wa.id });
    expect(received.lines[0].receivedQuantity).toBe(1);
    const rows = await ledger(r.id);
    expect(rows).toEqual([expect.objectContaining({ kind: 'return_in', quantity: 1, document_type: 'return_request', document_number: r.number, warehouse_id: w.wa.id })]);
    const [item] = await t.em().getConnection().execute<Array<{ product_id: string; code: string }>>('select product_id, code from part where id = ?', [rows[0].part_id]);
    expect(item).toEqual({ product_id: w.product.id, code: `FG-${w.product.modelNumber}` });
    const [returned] = await t.em().getConnection().execute<Array<{ active: boolean }>>('select active from product_unit where id = ?', [u.id]);
    expect(returned.active).toBe(false);

    expect(code(await step('REFUND', r.id, { reference: 'WX-1' }, w.ops))).toBe('FORBIDDEN');
    const done = await stepped('REFUND', r.id, { reference: 'WX-20261201-1' }, w.finance);
    expect(done).toMatchObject({ status: 'COMPLETED', allowedActions: [] });
    expect(done.timeline.map((e) => e.action)).toEqual(['CREATE', 'REFUND_CHANGED', 'APPROVE', 'SEND_BACK', 'REFUND_CHANGED', 'APPROVE', 'FINANCE_APPROVE', 'RECEIVE_GOODS', 'REFUND']);
    expect(done.timeline.map((e) => e.status)).toEqual(['PENDING_REVIEW', 'PENDING_REVIEW', 'APPROVED', 'PENDING_REVIEW', 'PENDING_REVIEW', 'APPROVED', 'AWAITING_RETURN', 'AWAITING_REFUND', 'COMPLETED']);
    expect(done.timeline[1].summary).toContain('3,000.00');
    expect(done.timeline[7].summary).toContain(r.number);

    // The customer's tracking page shows the progress without internal text (no sending back, no staff, no notes).
    const phone = (await t.em().getConnection().execute<Array<{ contact_phone: string }>>('select contact_phone from return_request where id = ?', [r.id]))[0].contact_phone;
    const tracking = await t.ok<{ trackReturnRequest: { status: string; steps: Array<{ action: string; summary: string | null }> } }>(
      `query($n: String!, $p: String!) { trackReturnRequest(number: $n, phoneLast4: $p) { status steps { action summary } } }`,
      { n: r.number, p: phone.slice(-4) },
    );
    expect(tracking.trackReturnRequest.status).toBe('COMPLETED');
    expect(tracking.trackReturnRequest.steps.map((s) => s.action)).not.toContain('SEND_BACK');
    expect(JSON.stringify(tracking)).not.toContain('扣款依据不足');
    expect(JSON.stringify(tracking)).not.toContain('顾客情绪激动');
  });

  it('an internal after-sales reason stays off the customer’s view, and partners may not choose it', async () => {
    const internal = await f.code(CodeKind.AFTER_SALES_REASON, { name: '厂家召回', shownToCustomers: false });
    const r = await filed({ kind: 'RETURN_REFUND', reasonCodeId: internal.id, lines: [{ productUnitId: (await unit(1)).id }] });
    expect(r.timeline[0].summary).toContain('厂家召回');
    const token = (await t.em().getConnection().execute<Array<{ tracking_token: string }>>('select tracking_token from return_request where id = ?', [r.id]))[0].tracking_token;
    const tracking = await t.ok(`query($t: String!) { trackReturnRequestByToken(token: $t) { steps { summary } } }`, { t: token });
    expect(JSON.stringify(tracking)).not.toContain('厂家召回');
  });

  it('rejection needs a reason, shown to the customer; the unit may be requested again', async () => {
    const u = await unit(1);
    const r = await filed({ kind: 'RETURN_REFUND', lines: [{ productUnitId: u.id }] });
    expect(code(await file({ kind: 'RETURN_REFUND', lines: [{ productUnitId: u.id }] }))).toBe('BAD_USER_INPUT');
    expect(code(await step('REJECT', r.id, { reason: '  ' }, w.ops))).toBe('BAD_USER_INPUT');
    expect(code(await step('REJECT', r.id, { reason: '人为损坏' }, w.finance))).toBe('FORBIDDEN');
    const rejected = await stepped('REJECT', r.id, { reason: '人为损坏，不在三包范围' }, w.ops);
    expect(rejected).toMatchObject({ status: 'REJECTED', rejectReason: '人为损坏，不在三包范围', allowedActions: [] });
    expect(code(await step('APPROVE', r.id, {}, w.ops))).toBe('INVALID_TRANSITION');
    expect((await filed({ kind: 'RETURN_REFUND', lines: [{ productUnitId: u.id }] })).customerAfterSalesCount).toBeGreaterThan(0);
  });

  it('refund only (not delivered): approved by the system at once, no goods move; a delivered unit is refused', async () => {
    const notDelivered = await unit(null);
    const r = await filed({ kind: 'REFUND_ONLY', lines: [{ productUnitId: notDelivered.id }] });
    expect(r.status).toBe('APPROVED');
    expect(r.timeline.map((e) => [e.action, e.actorLabel])).toEqual([['CREATE', expect.any(String)], ['APPROVE', 'system']]);
    const paid = await stepped('FINANCE_APPROVE', r.id, {}, w.finance);
    expect(paid.status).toBe('AWAITING_REFUND');
    expect((await stepped('REFUND', r.id, { reference: 'ZFB-1' }, w.finance)).status).toBe('COMPLETED');
    expect(await ledger(r.id)).toEqual([]);
    expect(code(await file({ kind: 'REFUND_ONLY', lines: [{ productUnitId: (await unit(1)).id }] }))).toBe('BAD_USER_INPUT');
  });

  it('exchange: no finance review; EXCHANGE_IN then EXCHANGE_OUT with the request number; the replacement is a new unit linked to the old, its warranty restarting from the exchange day (the default), refused when the warehouse has none', async () => {
    const u = await unit(3, { warrantyEndsOn: addDaysTo(day, 362) });
    const r = await filed({ kind: 'EXCHANGE', lines: [{ productUnitId: u.id }] });
    expect(r.requestedTotal).toBe(0);
    const approved = await stepped('APPROVE', r.id, {}, w.ops);
    expect(approved.status).toBe('AWAITING_RETURN');
    const received = await stepped('RECEIVE_GOODS', r.id, { warehouseId: w.wa.id }, w.keeper);
    expect(received.status).toBe('AWAITING_EXCHANGE');
    // Five more pieces back into B cannot go out of A, which holds what came back to it: nothing of the step is kept.
    const fiveMore = await filed({ kind: 'EXCHANGE', customerId: w.customer.id, lines: [{ productId: w.product.id, quantity: 5, unitPrice: 3000 }], deliveredOn: addDaysTo(day, -1) });
    await stepped('APPROVE', fiveMore.id, {}, w.ops);
    await stepped('RECEIVE_GOODS', fiveMore.id, { warehouseId: w.wb.id }, w.keeper);
    const short = await step('SHIP_REPLACEMENT', fiveMore.id, { warehouseId: w.wa.id, replacements: [] }, w.keeper);
    expect(code(short)).toBe('INSUFFICIENT_STOCK');

    const shipped = await stepped('SHIP_REPLACEMENT', r.id, { warehouseId: w.wa.id, replacements: [{ lineId: r.lines[0].id, serialNumber: 'NEW-SN-0001' }], logisticsNumber: 'SF123' }, w.keeper);
    expect(shipped.status).toBe('COMPLETED');
    const replacement = shipped.lines[0].replacementUnit!;
    expect(replacement).toMatchObject({ serialNumber: 'NEW-SN-0001', replacesId: u.id, active: true });
    // 12 months from the exchange day (the old unit would have ended 3 days earlier).
    expect(replacement.warrantyEndsOn).toBe(warrantyEnd(day, 12));
    expect(warrantyEnd(day, 12) > addDaysTo(day, 362)).toBe(true);
    expect((await ledger(r.id)).map((m) => [m.kind, m.quantity, m.document_number])).toEqual([
      ['exchange_in', 1, r.number],
      ['exchange_out', -1, r.number],
    ]);
    // A repeated failure of the replacement in warranty offers a return (包退).
    const order = await t.ok<{ createServiceOrder: { returnOffered: boolean; exchangeOffered: boolean } }>(
      `mutation($i: ServiceOrderCreateInput!) { createServiceOrder(input: $i) { returnOffered exchangeOffered } }`,
      { i: { customerId: w.customer.id, productUnitId: replacement.id, reportedSymptom: '又不制冷', symptomCodeId: w.symptom.id, contactPhone: '13912345678' } },
      w.dispatcher,
    );
    expect(order.createServiceOrder.returnOffered).toBe(true);
  });

  it('keep-remaining policy: the replacement keeps the old unit’s warranty end plus the days the exchange took', async () => {
    await t.ok(`mutation($i: AfterSalesRulesInput!) { updateAfterSalesRules(input: $i) { replacementWarranty } }`, { i: { replacementWarranty: 'KEEP_REMAINING' } }, t.admin);
    try {
      const u = await unit(3, { warrantyEndsOn: addDaysTo(day, 200) });
      const r = await filed({ kind: 'EXCHANGE', lines: [{ productUnitId: u.id }] });
      // Filed four days ago: the exchange took four days.
      await withoutAudit(async () => {
        const em = t.em();
        await em.getConnection().execute(`update return_request set created_at = created_at - interval '4 days' where id = ?`, [r.id]);
      });
      await stepped('APPROVE', r.id, {}, w.ops);
      await stepped('RECEIVE_GOODS', r.id, { warehouseId: w.wa.id }, w.keeper);
      const shipped = await stepped('SHIP_REPLACEMENT', r.id, { warehouseId: w.wa.id, replacements: [{ lineId: r.lines[0].id, serialNumber: 'NEW-SN-KEEP' }] }, w.keeper);
      expect(shipped.lines[0].replacementUnit!.warrantyEndsOn).toBe(addDaysTo(day, 204));
      const ext = await t.ok<{ productUnit: { warrantyExtensions: Array<{ days: number; reason: string }> } }>(
        `query($id: ID!) { productUnit(id: $id) { warrantyExtensions { days reason } } }`,
        { id: shipped.lines[0].replacementUnit!.id },
        w.dispatcher,
      );
      expect(ext.productUnit.warrantyExtensions).toEqual([{ days: 4, reason: 'EXCHANGE' }]);
    } finally {
      await t.ok(`mutation($i: AfterSalesRulesInput!) { updateAfterSalesRules(input: $i) { replacementWarranty } }`, { i: { replacementWarranty: 'RESTART' } }, t.admin);
    }
  });

  it('an in-warranty repair extends the unit’s warranty by its days (intake to hand-back), shown with the order that did it', async () => {
    const u = await unit(100, { warrantyEndsOn: addDaysTo(day, 100) });
    const em = t.em();
    const order = em.create(ServiceOrder, {
      number: `SO-EXT-${Date.now() % 100000}`,
      customer: w.customer.id,
      contactName: '王五',
      contactPhone: '13912345678',
      productUnit: u.id,
      product: w.product.id,
      serialNumber: u.serialNumber,
      reportedSymptom: '不制冷',
      station: w.a.id,
      status: 'completed',
      slaDueAt: new Date(),
      inWarranty: true,
      trackingToken: `tok-${Date.now()}-extension-test-0001`,
      createdAt: new Date(Date.now() - 6 * 86400_000),
    } as never);
    await withoutAudit(() => em.flush());
    const handed = await t.gql<{ returnServiceOrderToCustomer: { order: { status: string } } }>(
      `mutation($id: ID!) { returnServiceOrderToCustomer(id: $id) { order { status timeline { summary } } } }`,
      { id: order.id },
      w.dispatcher,
    );
    expect(handed.errors).toBeUndefined();
    const got = await t.ok<{ productUnit: { warrantyEndsOn: string; warrantyExtensions: Array<{ days: number; reason: string; serviceOrder: { number: string } }> } }>(
      `query($id: ID!) { productUnit(id: $id) { warrantyEndsOn warrantyExtensions { days reason serviceOrder { number } } } }`,
      { id: u.id },
      w.dispatcher,
    );
    expect(got.productUnit.warrantyEndsOn).toBe(addDaysTo(day, 106));
    expect(got.productUnit.warrantyExtensions).toEqual([{ days: 6, reason: 'REPAIR', serviceOrder: { number: order.number } }]);
  });

  it('review queues: each role’s awaitingMe lists the requests waiting for its step', async () => {
    const u = await unit(2);
    const r = await filed({ kind: 'RETURN_REFUND', lines: [{ productUnitId: u.id }] });
    const queue = async (caller: Caller) =>
      (await t.ok<{ returnRequests: { items: Array<{ id: string }> } }>(`{ returnRequests(perPage: 200, filter: { awaitingMe: true }) { items { id } } }`, {}, caller)).returnRequests.items.map((x) => x.id);
    expect(await queue(w.ops)).toContain(r.id);
    expect(await queue(w.finance)).not.toContain(r.id);
    await stepped('APPROVE', r.id, {}, w.ops);
    expect(await queue(w.finance)).toContain(r.id);
    expect(await queue(w.ops)).not.toContain(r.id);
  });

  it('permissions per role: analysts read only; station staff see their station’s requests only', async () => {
    const u = await unit(2);
    expect(code(await file({ kind: 'RETURN_REFUND', lines: [{ productUnitId: u.id }] }, w.analyst))).toBe('FORBIDDEN');
    const r = await filed({ kind: 'RETURN_REFUND', lines: [{ productUnitId: u.id }] });
    const list = async (caller: Caller) =>
      (await t.ok<{ returnRequests: { items: Array<{ id: string; stationId: string }> } }>(`{ returnRequests(perPage: 200) { items { id stationId } } }`, {}, caller)).returnRequests.items;
    expect((await list(w.staffA)).map((x) => x.id)).toContain(r.id);
    expect((await list(w.staffB)).every((x) => x.stationId === w.b.id)).toBe(true);
    expect(code(await step('APPROVE', r.id, {}, w.analyst))).toBe('FORBIDDEN');
  });

  it('a retailer’s key files and follows requests for its own orders only, contact masked, no internal entries', async () => {
    const issued = await t.ok<{ issueApiKey: { key: string; apiKey: { id: string } } }>(
      `mutation($i: ApiKeyIssueInput!) { issueApiKey(input: $i) { key apiKey { id } } }`,
      { i: { name: '零售商', partnerKind: 'RETAILER', scopes: ['returnRequest:read', 'returnRequest:create', 'serviceOrder:read', 'serviceOrder:create', 'customer:read', 'productUnit:read', 'product:read', 'codeTable:read'] } },
      t.admin,
    );
    const retailer = { apiKey: issued.issueApiKey.key };
    const u = await unit(2);
    // Not its order, not its customer: the unit is out of its scope.
    expect(code(await file({ kind: 'RETURN_REFUND', customerId: w.customer.id, lines: [{ productUnitId: u.id }] }, retailer))).toBe('BAD_USER_INPUT');
    const em = t.em();
    const order = em.create(ServiceOrder, {
      number: `SO-RET-${Date.now() % 100000}`,
      customer: w.customer.id,
      contactName: '王五',
      contactPhone: '13912345678',
      productUnit: u.id,
      product: w.product.id,
      serialNumber: u.serialNumber,
      reportedSymptom: '不制冷',
      station: w.a.id,
      slaDueAt: new Date(),
      inWarranty: true,
      trackingToken: `tok-${Date.now()}-retailer-test-00001`,
      createdByApiKey: issued.issueApiKey.apiKey.id,
    } as never);
    await withoutAudit(() => em.flush());
    const internal = await f.code(CodeKind.AFTER_SALES_REASON, { name: '门店库存调换', shownToCustomers: false });
    const hidden = await file({ kind: 'RETURN_REFUND', serviceOrderId: order.id, reasonCodeId: internal.id }, retailer);
    expect(hidden.errors![0].extensions.fields!.map((x) => x.field)).toEqual(['reasonCodeId']);
    const r = await file({ kind: 'RETURN_REFUND', serviceOrderId: order.id }, retailer);
    expect(r.errors).toBeUndefined();
    const mine = r.data!.r;
    expect(mine.contactPhone).toBe('139****5678');
    expect(mine.internalNote).toBeNull();
    await t.ok(`mutation($id: ID!) { addReturnRequestNote(id: $id, note: "内部：疑似恶意退货", internal: true) { id } }`, { id: mine.id }, w.ops);
    const seen = await t.ok<{ returnRequests: { items: Array<{ id: string; timeline: Array<{ note: string | null; actorLabel: string | null }> }> } }>(
      `{ returnRequests(perPage: 100) { items { id timeline { note actorLabel } } } }`,
      {},
      retailer,
    );
    expect(seen.returnRequests.items.map((x) => x.id)).toEqual([mine.id]);
    expect(JSON.stringify(seen)).not.toContain('恶意');
    expect(seen.returnRequests.items[0].timeline.every((e) => e.actorLabel === null)).toBe(true);
    // It may not review.
    expect(code(await step('APPROVE', mine.id, {}, retailer))).toBe('FORBIDDEN');
  });
});
