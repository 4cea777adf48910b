import { randomBytes } from 'node:crypto';
import { today } from '../../api/src/common/dates';
import { Role } from '../../api/src/modules/auth/role';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { Fixtures } from '../helpers/fixtures';
import { createTestApp, type Caller, type GqlResult, type TestApp } from '../helpers/test-app';

const FIELDS = `id number status orderCount stationId manufacturerId allowedActions manufacturerResponse reviewNote
  orders { id number } timeline { action status summary actorLabel }`;

type Q = { id: string; number: string; status: string; orderCount: number; allowedActions: string[]; orders: Array<{ id: string; number: string }> } & Record<string, any>;

/** Quality feedback: applied → reviewed → approved → confirmed → closed, each step by its role; orders linked by hand or from a fault Pareto bar. */
describe('quality feedback', () => {
  let t: TestApp;
  const w: Record<string, any> = {};
  const code = (r: GqlResult) => r.errors?.[0]?.extensions.code;

  beforeAll(async () => {
    t = await createTestApp();
    const f = new Fixtures(t.em());
    w.a = await f.station({ name: '甲站' });
    w.b = await f.station({ name: '乙站' });
    w.maker = await f.manufacturer({ name: '甲厂' });
    w.otherMaker = await f.manufacturer({ name: '乙厂' });
    w.product = await f.product({ name: '冰箱', brand: await f.brand({ manufacturer: w.maker }) });
    w.otherProduct = await f.product({ name: '电视', brand: await f.brand({ manufacturer: w.otherMaker }) });
    w.noise = await f.code(CodeKind.FAULT_SYMPTOM, { name: '异响' });
    w.leak = await f.code(CodeKind.FAULT_SYMPTOM, { name: '漏水' });
    const customer = await f.customer();
    const em = t.em();
    const order = (product: { id: string }, station: { id: string }, symptom: { id: string }) => {
      const o = em.create(ServiceOrder, {
        number: `SO-QF-${randomBytes(3).toString('hex')}`,
        customer: customer.id,
        contactName: 'x',
        contactPhone: '13800000000',
        productUnit: w.unit.id,
        product: product.id,
        serialNumber: 'SN',
        reportedSymptom: '异响',
        symptomCode: symptom.id,
        station: station.id,
        slaDueAt: new Date(),
        inWarranty: true,
        trackingToken: randomBytes(18).toString('base64url'),
      } as never);
      return o as ServiceOrder;
    };
    w.unit = await f.unit({ product: w.product, owner: customer });
    w.noisyA = [order(w.product, w.a, w.noise), order(w.product, w.a, w.noise)];
    w.noisyB = order(w.product, w.b, w.noise);
    w.leaky = order(w.product, w.a, w.leak);
    w.otherOrder = order(w.otherProduct, w.a, w.noise);
    await withoutAudit(() => em.flush());
    w.staffA = await t.userWith([Role.TECHNICIAN], { stationId: w.a.id });
    w.staffB = await t.userWith([Role.TECHNICIAN], { stationId: w.b.id });
    w.ops = await t.userWith([Role.OPERATIONS_REVIEWER]);
    w.manager = await t.userWith([Role.MANAGER]);
    w.finance = await t.userWith([Role.FINANCE_REVIEWER]);
    const key = async (manufacturerId: string) =>
      ({
        apiKey: (
          await t.ok<{ issueApiKey: { key: string } }>(
            `mutation($i: ApiKeyIssueInput!) { issueApiKey(input: $i) { key } }`,
            { i: { name: 'maker', partnerKind: 'MANUFACTURER', manufacturerId, scopes: ['qualityFeedback:read', 'qualityFeedback:write', 'serviceOrder:read'] } },
            t.admin,
          )
        ).issueApiKey.key,
      }) as Caller;
    w.makerKey = await key(w.maker.id);
    w.otherMakerKey = await key(w.otherMaker.id);
  });
  afterAll(() => t.close());

  const file = (input: Record<string, unknown>, caller: Caller) =>
    t.gql<{ r: Q }>(`mutation($i: QualityFeedbackCreateInput!) { r: createQualityFeedback(input: $i) { ${FIELDS} } }`, { i: { productId: w.product.id, title: '压缩机异响', description: '多台同批次压缩机异响', ...input } }, caller);
  const run = (mutation: string, type: string | null, id: string, input: Record<string, unknown> | null, caller: Caller) =>
    t.gql<{ r: Q }>(`mutation($id: ID!${type ? `, $i: ${type}!` : ''}) { r: ${mutation}(id: $id${type ? ', input: $i' : ''}) { ${FIELDS} } }`, type ? { id, i: input } : { id }, caller);
  const ok = async (p: Promise<GqlResult<{ r: Q }>>) => {
    const r = await p;
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data!.r;
  };

  it('a station files from a fault Pareto bar: its own orders of the product with that symptom in the period are linked, nothing else', async () => {
    const day = today(t.config.timeZone);
    const q = await ok(file({ fromFault: { symptomCodeId: w.noise.id, from: day, to: day } }, w.staffA));
    expect(q.number).toMatch(/^QF-\d{4}-\d{6}$/);
    expect(q).toMatchObject({ status: 'APPLIED', stationId: w.a.id, manufacturerId: w.maker.id, orderCount: 2 });
    expect(q.orders.map((o) => o.id).sort()).toEqual(w.noisyA.map((o: ServiceOrder) => o.id).sort());
    expect(q.timeline[0].summary).toContain('来自故障排列图');
    // Another product's order, or another station's, is refused by id.
    const refused = await file({ serviceOrderIds: [w.otherOrder.id, w.noisyB.id] }, w.staffA);
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions.fields!.map((f) => f.field)).toEqual(['serviceOrderIds.0', 'serviceOrderIds.1']);
    expect(code(await t.gql(`query($id: ID!) { qualityFeedback(id: $id) { id } }`, { id: q.id }, w.staffB))).toBe('NOT_FOUND');
  });

  it('each step by its role, in order; the manufacturer sees it only once approved, and only its own; the timeline records every step', async () => {
    const q = await ok(file({ serviceOrderIds: [w.leaky.id], symptomCodeId: w.leak.id }, w.staffA));
    expect(q.allowedActions).toEqual([]);
    expect(code(await run('approveQualityFeedback', null, q.id, null, w.manager))).toBe('INVALID_TRANSITION');
    expect(code(await run('reviewQualityFeedback', null, q.id, null, w.finance))).toBe('FORBIDDEN');
    expect(code(await run('reviewQualityFeedback', null, q.id, null, w.staffA))).toBe('FORBIDDEN');
    await ok(run('reviewQualityFeedback', 'NoteInput', q.id, { note: '确认为批次问题' }, w.ops));
    await ok(run('linkQualityFeedbackOrders', 'QualityLinkInput', q.id, { serviceOrderIds: [w.noisyB.id] }, w.ops));
    expect(code(await t.gql(`query($id: ID!) { qualityFeedback(id: $id) { id } }`, { id: q.id }, w.makerKey))).toBe('NOT_FOUND');
    expect(code(await run('approveQualityFeedback', null, q.id, null, w.ops))).toBe('FORBIDDEN');
    const approved = await ok(run('approveQualityFeedback', null, q.id, null, w.manager));
    expect(approved).toMatchObject({ status: 'APPROVED', orderCount: 2 });
    expect(code(await run('linkQualityFeedbackOrders', 'QualityLinkInput', q.id, { serviceOrderIds: [w.noisyA[0].id] }, w.ops))).toBe('BAD_USER_INPUT');

    // The manufacturer of another product neither sees nor confirms it; its own confirms with an answer.
    expect(code(await run('confirmQualityFeedback', 'QualityConfirmInput', q.id, { response: 'x' }, w.otherMakerKey))).toBe('NOT_FOUND');
    const seen = await t.ok<{ qualityFeedback: { allowedActions: string[]; reviewNote: string | null } }>(`query($id: ID!) { qualityFeedback(id: $id) { allowedActions reviewNote } }`, { id: q.id }, w.makerKey);
    expect(seen.qualityFeedback).toEqual({ allowedActions: ['CONFIRM'], reviewNote: null });
    const confirmed = await ok(run('confirmQualityFeedback', 'QualityConfirmInput', q.id, { response: '密封圈批次缺陷，厂家承担维修费用' }, w.makerKey));
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', manufacturerResponse: '密封圈批次缺陷，厂家承担维修费用' });
    expect(code(await run('closeQualityFeedback', null, q.id, null, w.makerKey))).toBe('FORBIDDEN');
    const closed = await ok(run('closeQualityFeedback', null, q.id, null, w.manager));
    expect(closed.status).toBe('CLOSED');
    expect(closed.timeline.map((e: { action: string; status: string }) => [e.action, e.status])).toEqual([
      ['CREATE', 'APPLIED'],
      ['REVIEW', 'REVIEWED'],
      ['LINK', 'REVIEWED'],
      ['APPROVE', 'APPROVED'],
      ['CONFIRM', 'CONFIRMED'],
      ['CLOSE', 'CLOSED'],
    ]);
  });

  it('rejection before approval needs a reason; a manufacturer’s key does not file', async () => {
    const q = await ok(file({}, w.ops));
    expect(code(await run('rejectQualityFeedback', 'ReasonInput', q.id, { reason: '' }, w.ops))).toBe('BAD_USER_INPUT');
    expect((await ok(run('rejectQualityFeedback', 'ReasonInput', q.id, { reason: '个例，非批次问题' }, w.ops))).status).toBe('REJECTED');
    expect(code(await file({}, w.makerKey))).toBe('FORBIDDEN');
  });
});
