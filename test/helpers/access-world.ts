import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { TimelineEvent } from '../../api/src/modules/service-order/timeline-event.entity';
import { OrderTechnician } from '../../api/src/modules/service-order/order-technician.entity';
import { OrderPart, OrderPartKind } from '../../api/src/modules/service-order/order-part.entity';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import type { Customer } from '../../api/src/modules/customer/customer.entity';
import type { ProductUnit } from '../../api/src/modules/product/product-unit.entity';
import type { ServiceStation } from '../../api/src/modules/station/service-station.entity';
import type { Technician } from '../../api/src/modules/station/technician.entity';
import type { Part } from '../../api/src/modules/part/part.entity';
import type { Warehouse } from '../../api/src/modules/station/warehouse.entity';
import { OrderPartIssue } from '../../api/src/modules/stock/order-parts/order-part-issue.entity';
import { AwaitedPart } from '../../api/src/modules/stock/order-parts/awaited-part.entity';
import { IssueSource } from '../../api/src/modules/stock/stock.enums';
import { ReturnEvent } from '../../api/src/modules/returns/return-event.entity';
import { ReturnLine, ReturnRequest } from '../../api/src/modules/returns/return-request.entity';
import { Complaint, ComplaintEvent } from '../../api/src/modules/complaint/complaint.entity';
import { QualityFeedback, QualityFeedbackEvent, QualityFeedbackOrder } from '../../api/src/modules/quality/quality-feedback.entity';
import { WarrantyExtension } from '../../api/src/modules/product/warranty-extension.entity';
import { Fixtures } from './fixtures';
import type { TestApp } from './test-app';

let n = 0;

/** An order written straight through the ORM, with a timeline (one internal event), technicians and a part line. */
async function order(
  em: EntityManager,
  o: {
    customer: Customer;
    unit: ProductUnit;
    station?: ServiceStation;
    technicians?: Technician[];
    part?: Part;
    previous?: ServiceOrder;
    reworkOf?: ServiceOrder;
    agent?: ServiceStation;
    createdByApiKey?: string;
  },
): Promise<ServiceOrder> {
  n += 1;
  const created = em.create(ServiceOrder, {
    number: `SO-WALK-${String(n).padStart(4, '0')}-${randomBytes(2).toString('hex')}`,
    customer: o.customer,
    contactName: o.customer.name,
    contactPhone: o.customer.mobile ?? '13800000000',
    address: '内部地址 1 号',
    productUnit: o.unit,
    product: o.unit.product,
    serialNumber: o.unit.serialNumber,
    reportedSymptom: '不制冷',
    station: o.station ?? null,
    agentStation: o.agent ?? null,
    previousOrder: o.previous ?? null,
    reworkOf: o.reworkOf ?? null,
    slaDueAt: new Date(Date.now() + 86400_000),
    inWarranty: true,
    trackingToken: randomBytes(18).toString('base64url'),
    internalNote: '内部备注',
    createdByApiKey: o.createdByApiKey ?? null,
  } as never);
  em.persist(created);
  for (const [i, internal] of [false, true].entries()) {
    em.persist(
      em.create(TimelineEvent, {
        order: created,
        action: i === 0 ? 'create' : 'note',
        status: 'received',
        actorKind: 'user',
        actorId: 'u1',
        actorLabel: '调度员甲',
        station: o.station ?? null,
        note: internal ? '内部：顾客难缠' : '受理',
        internal,
      } as never),
    );
  }
  for (const [i, t] of (o.technicians ?? []).entries()) {
    em.persist(em.create(OrderTechnician, { order: created, technician: t, workDate: '2026-12-01', lead: i === 0 } as never));
  }
  if (o.part) em.persist(em.create(OrderPart, { order: created, part: o.part, kind: OrderPartKind.USED, quantity: 1, unitPrice: 10 } as never));
  await withoutAudit(() => em.flush());
  return created;
}

/**
 * Two manufacturers, two stations (the second is the first's network parent), customers owning
 * one maker's units or both, orders at each station with links across them (a repeat repair and a
 * rework order whose earlier order is at the other station), a default technician of the other
 * station, and orders filed by partner keys: every way a relation could lead out of a scope.
 */
export async function accessWorld(t: TestApp, keys: { retailer: string }) {
  const em = t.em();
  const f = new Fixtures(em);
  const region = await f.region();
  const makerA = await f.manufacturer({ name: '甲厂' });
  const makerB = await f.manufacturer({ name: '乙厂' });
  const brandA = await f.brand({ manufacturer: makerA });
  const brandB = await f.brand({ manufacturer: makerB });
  const category = await f.category();
  const productA = await f.product({ brand: brandA, category });
  const productB = await f.product({ brand: brandB, category });
  const s2 = await f.station({ name: '乙站（上级）', region });
  const s1 = await f.station({ name: '甲站', region, parent: s2 });
  const t1 = await f.technician({ station: s1, name: '甲站师傅', mobile: '13911110000', baseWage: 5000 });
  const t2 = await f.technician({ station: s2, name: '乙站师傅', mobile: '13922220000', baseWage: 6000 });
  const w1 = await f.warehouse({ station: s1 });
  const w2 = await f.warehouse({ station: s2 });
  const partA = await f.part({ manufacturer: makerA });
  const partB = await f.part({ manufacturer: makerB });
  await f.code(CodeKind.FAULT_SYMPTOM);

  const onlyA = await f.customer({ name: '甲客户', mobile: '13811112222', address: '甲路 1 号', notes: '内部', defaultTechnician: t2, region });
  const onlyB = await f.customer({ name: '乙客户', mobile: '13833334444', address: '乙路 2 号' });
  const both = await f.customer({ name: '丙客户', mobile: '13855556666' });
  const nobody = await f.customer({ name: '丁客户', mobile: '13877778888' });
  const unitA = await f.unit({ product: productA, owner: onlyA });
  const unitB = await f.unit({ product: productB, owner: onlyB });
  const unitBothA = await f.unit({ product: productA, owner: both });
  const unitBothB = await f.unit({ product: productB, owner: both });
  await f.unit({ product: productB, owner: nobody });

  const atS2 = await order(em, { customer: onlyB, unit: unitB, station: s2, technicians: [t2], part: partB });
  const atS2ForA = await order(em, { customer: onlyA, unit: unitA, station: s2, technicians: [t2], part: partA });
  // At S1, but linked to S2's orders and sent to S2 as the agent.
  const atS1 = await order(em, { customer: onlyA, unit: unitA, station: s1, technicians: [t1], part: partA, previous: atS2ForA, agent: s2 });
  const reworkAtS1 = await order(em, { customer: both, unit: unitBothB, station: s1, technicians: [t1, t2], reworkOf: atS2 });
  await order(em, { customer: both, unit: unitBothA, station: s2, reworkOf: atS1 });
  const retailerOrder = await order(em, { customer: nobody, unit: unitBothB, createdByApiKey: keys.retailer });
  const stock = await stockRecords(t, { s1, s2, w1, w2, t1, t2, partA, partB, atS1, atS2 });
  const afterSales = await afterSalesRecords(t, { s1, s2, makerA, makerB, productA, productB, onlyA, onlyB, nobody, unitA, unitB, unitBothB, atS1, atS2, atS2ForA, retailerOrder, retailer: keys.retailer });
  return { s1, s2, w1, w2, makerA, makerB, productA, productB, t1, t2, onlyA, onlyB, both, nobody, atS1, atS2, reworkAtS1, retailerOrder, stock, afterSales };
}

/**
 * Stock at both stations, through the API as an administrator: balances and ledger rows in each
 * station's warehouse, a document of every type at each (a transfer from S2 to S1, seen by both),
 * and an order line of each station issued from stock and awaited on a purchase order.
 */
async function stockRecords(
  t: TestApp,
  w: { s1: ServiceStation; s2: ServiceStation; w1: Warehouse; w2: Warehouse; t1: Technician; t2: Technician; partA: Part; partB: Part; atS1: ServiceOrder; atS2: ServiceOrder },
) {
  const ok = async (query: string, variables: Record<string, unknown>) => Object.values(await t.ok<Record<string, { id: string }>>(query, variables, t.admin))[0];
  const create = (type: string, input: Record<string, unknown>) => ok(`mutation($input: ${type}CreateInput!) { r: create${type}(input: $input) { id } }`, { input });
  const step = (mutation: string, id: string, input = '') => ok(`mutation($id: ID!) { r: ${mutation}(id: $id${input}) { id } }`, { id });
  const docs: Record<string, string[]> = {};
  for (const [warehouse, technician, other] of [
    [w.w1, w.t1, w.w2],
    [w.w2, w.t2, w.w1],
  ] as const) {
    const lines = [{ partId: w.partA.id, quantity: 5 }, { partId: w.partB.id, quantity: 5 }];
    const opening = await create('StockIn', { kind: 'OPENING', warehouseId: warehouse.id, lines });
    await step('receiveStockIn', opening.id);
    const out = await create('StockOut', { kind: 'LOSS', warehouseId: warehouse.id, lines: [{ partId: w.partA.id, quantity: 1 }] });
    await step('processStockOut', out.id);
    await step('issueStockOut', out.id);
    const req = await create('Requisition', { warehouseId: warehouse.id, technicianId: technician.id, lines: [{ partId: w.partB.id, quantity: 1 }] });
    await step('approveRequisition', req.id);
    await step('issueRequisition', req.id);
    const borrowing = await create('Borrowing', { warehouseId: warehouse.id, technicianId: technician.id, lines: [{ partId: w.partA.id, quantity: 1 }] });
    await step('lendBorrowing', borrowing.id);
    const po = await create('PurchaseOrder', { warehouseId: warehouse.id, supplier: '供应商', lines: [{ partId: w.partA.id, quantity: 2 }] });
    await step('placePurchaseOrder', po.id);
    const sheet = await create('Stocktake', { warehouseId: warehouse.id, partIds: [w.partA.id] });
    const transfer = await create('StockTransfer', { warehouseId: warehouse.id, toWarehouseId: other.id, lines: [{ partId: w.partB.id, quantity: 1 }] });
    await step('shipStockTransfer', transfer.id);
    docs[warehouse.id] = [opening.id, out.id, req.id, borrowing.id, po.id, sheet.id, transfer.id];
  }
  // Each station's order line: issued from its warehouse, and awaited on its purchase order.
  const em = t.em();
  for (const [order, warehouse] of [
    [w.atS1, w.w1],
    [w.atS2, w.w2],
  ] as const) {
    const [line] = await em.find(OrderPart, { order: order.id });
    const po = docs[warehouse.id][4];
    em.persist(em.create(OrderPartIssue, { orderPart: line, serviceOrder: order.id, part: line.partId, quantity: 1, source: IssueSource.WAREHOUSE, warehouse, unitCost: 5, issuedAt: new Date() } as never));
    em.persist(em.create(AwaitedPart, { orderPart: line, serviceOrder: order.id, part: line.partId, quantity: 1, purchaseOrder: po, linkedAt: new Date() } as never));
  }
  await withoutAudit(() => em.flush());
  return docs;
}

/**
 * Return requests, complaints and quality feedback at each station and filed by the retailer's
 * key, each with a public and an internal timeline entry, linked across stations (a feedback at
 * S1 lists an order of S2; a unit of S1's order was extended by S2's repair): every way out of a scope.
 */
async function afterSalesRecords(
  t: TestApp,
  w: {
    s1: ServiceStation; s2: ServiceStation; makerA: { id: string }; makerB: { id: string }; productA: { id: string }; productB: { id: string };
    onlyA: Customer; onlyB: Customer; nobody: Customer; unitA: ProductUnit; unitB: ProductUnit; unitBothB: ProductUnit;
    atS1: ServiceOrder; atS2: ServiceOrder; atS2ForA: ServiceOrder; retailerOrder: ServiceOrder; retailer: string;
  },
) {
  const em = t.em();
  const f = new Fixtures(em);
  const reason = await f.code(CodeKind.AFTER_SALES_REASON, { name: '质量问题' });
  const symptom = await f.code(CodeKind.FAULT_SYMPTOM, { name: '异响' });
  const events = (entity: unknown, ref: string, doc: unknown, status: string, station: ServiceStation | null, other = 'note') => {
    for (const internal of [false, true]) {
      em.persist(em.create(entity as never, {
        [ref]: doc, action: internal ? other : 'create', status, actorKind: 'user', actorId: 'u1', actorLabel: '运营甲', station,
        note: internal ? '内部：疑似恶意' : '受理', internal,
      } as never));
    }
  };
  const requests = [];
  for (const [station, customer, unit, order, product, key] of [
    [w.s1, w.onlyA, w.unitA, w.atS1, w.productA, null],
    [w.s2, w.onlyB, w.unitB, w.atS2, w.productB, null],
    [null, w.nobody, w.unitBothB, w.retailerOrder, w.productB, w.retailer],
  ] as const) {
    n += 1;
    const r = em.create(ReturnRequest, {
      number: `RR-WALK-${String(n).padStart(4, '0')}`, kind: 'return_refund', status: 'pending_review', customer, contactName: customer.name,
      contactPhone: customer.mobile ?? '13800000000', serviceOrder: order, station, reasonCode: reason, requestedTotal: 100, refundTotal: 100,
      trackingToken: randomBytes(18).toString('base64url'), internalNote: '内部备注', createdByApiKey: key,
    } as never);
    em.persist(em.create(ReturnLine, { request: r, product, productUnit: unit, quantity: 1, unitPrice: 100, requestedAmount: 100, refundAmount: 100 } as never));
    events(ReturnEvent, 'request', r, 'pending_review', station);
    requests.push(r);

    const c = em.create(Complaint, {
      number: `CP-WALK-${String(n).padStart(4, '0')}`, channel: 'phone', customer, contactPhone: customer.mobile ?? '13800000000', serviceOrder: order,
      station, product, category: 'repair_quality', severity: 'medium', description: '投诉', receivedAt: new Date(), respondDueAt: new Date(),
      resolveDueAt: new Date(), ownerName: '调度员甲', createdByApiKey: key,
    } as never);
    events(ComplaintEvent, 'document', c, 'open', station, 'assign');
  }
  // S1's approved feedback on A's product lists S2's order too; S2's is a draft on B's; an office draft on A's (its maker may not see drafts).
  for (const [station, product, maker, status, orders] of [
    [w.s1, w.productA, w.makerA, 'approved', [w.atS1, w.atS2ForA]],
    [w.s2, w.productB, w.makerB, 'applied', [w.atS2]],
    [null, w.productA, w.makerA, 'applied', [w.atS1]],
  ] as const) {
    n += 1;
    const q = em.create(QualityFeedback, {
      number: `QF-WALK-${String(n).padStart(4, '0')}`, status, product, manufacturer: maker, symptomCode: symptom, title: '异响', description: '批次异响',
      orderCount: orders.length, station, reviewNote: '内部审核意见',
    } as never);
    for (const o of orders) em.persist(em.create(QualityFeedbackOrder, { feedback: q, serviceOrder: o, createdAt: new Date() } as never));
    events(QualityFeedbackEvent, 'document', q, status, station, 'link');
  }
  // Unit A (S1's order) was extended by a repair at S2.
  em.persist(em.create(WarrantyExtension, {
    unit: w.unitA, reason: 'repair', days: 3, fromDate: '2026-11-01', toDate: '2026-11-04', serviceOrder: w.atS2ForA, documentNumber: w.atS2ForA.number, createdAt: new Date(),
  } as never));
  await withoutAudit(() => em.flush());
  return { requests };
}
