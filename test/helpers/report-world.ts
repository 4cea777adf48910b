import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { withoutAudit } from '../../api/src/modules/audit/audit-context';
import { CodeKind } from '../../api/src/modules/code-table/code-kind';
import type { Code } from '../../api/src/modules/code-table/code.entity';
import type { Product } from '../../api/src/modules/product/product.entity';
import type { ServiceStation } from '../../api/src/modules/station/service-station.entity';
import type { Technician } from '../../api/src/modules/station/technician.entity';
import type { Part } from '../../api/src/modules/part/part.entity';
import { ServiceOrder } from '../../api/src/modules/service-order/service-order.entity';
import { OrderTechnician } from '../../api/src/modules/service-order/order-technician.entity';
import { OrderPart, OrderPartKind } from '../../api/src/modules/service-order/order-part.entity';
import { OrderPartIssue } from '../../api/src/modules/stock/order-parts/order-part-issue.entity';
import { IssueSource } from '../../api/src/modules/stock/stock.enums';
import { Complaint } from '../../api/src/modules/complaint/complaint.entity';
import { ReturnRequest } from '../../api/src/modules/returns/return-request.entity';
import { Fixtures } from './fixtures';
import type { TestApp } from './test-app';

/** A wall-clock time in Asia/Shanghai (UTC+8, no daylight saving) as an instant: `sh('2026-10-31 23:59')`. */
export const sh = (wall: string) => new Date(`${wall.replace(' ', 'T')}:00+08:00`);

export interface OrderSpec {
  station: ServiceStation;
  product: Product;
  created: string;
  completed?: string;
  closed?: string;
  returned?: string;
  visited?: string;
  score?: number;
  due: string;
  status?: string;
  labour?: number;
  visit?: number;
  parts?: number;
  payer?: 'customer' | 'manufacturer' | 'company';
  inWarranty?: boolean;
  repeat?: boolean;
  symptom?: Code;
  band?: 'near' | 'middle' | 'far';
  technicians?: Technician[];
  previous?: ServiceOrder;
  reworkOf?: ServiceOrder;
  partLines?: Array<{ part: Part; quantity: number; unitPrice: number; issuedCost?: number }>;
}

let n = 0;

/** Orders written straight to the database with the exact times a report test needs. */
export async function writeOrder(em: EntityManager, f: Fixtures, o: OrderSpec): Promise<ServiceOrder> {
  n += 1;
  const owner = await f.customer();
  const unit = await f.unit({ product: o.product, owner });
  const order = em.create(ServiceOrder, {
    number: `SO-RPT-${String(n).padStart(4, '0')}-${randomBytes(2).toString('hex')}`,
    customer: owner,
    contactName: owner.name,
    contactPhone: owner.mobile ?? '13800000000',
    productUnit: unit,
    product: o.product,
    serialNumber: unit.serialNumber,
    reportedSymptom: '故障',
    symptomCode: o.symptom ?? null,
    station: o.station,
    status: o.status ?? (o.completed ? (o.visited ? 'visited' : 'completed') : 'in_repair'),
    createdAt: sh(o.created),
    completedAt: o.completed ? sh(o.completed) : null,
    closedAt: o.closed ? sh(o.closed) : o.visited ? sh(o.visited) : null,
    returnedAt: o.returned ? sh(o.returned) : null,
    visitedAt: o.visited ? sh(o.visited) : null,
    returnVisitScore: o.score ?? null,
    slaDueAt: sh(o.due),
    distanceBand: o.band ?? 'near',
    labourFee: o.labour ?? null,
    visitFee: o.visit ?? null,
    partsFee: o.parts ?? null,
    payer: o.payer ?? null,
    inWarranty: o.inWarranty ?? true,
    repeatRepair: o.repeat ?? false,
    previousOrder: o.previous ?? null,
    reworkOf: o.reworkOf ?? null,
    trackingToken: randomBytes(18).toString('base64url'),
  } as never) as ServiceOrder;
  em.persist(order);
  (o.technicians ?? []).forEach((t, i) => em.persist(em.create(OrderTechnician, { order, technician: t, workDate: o.created.slice(0, 10), lead: i === 0 } as never)));
  for (const line of o.partLines ?? []) {
    const op = em.create(OrderPart, { order, part: line.part, kind: OrderPartKind.USED, quantity: line.quantity, unitPrice: line.unitPrice } as never) as OrderPart;
    em.persist(op);
    if (line.issuedCost !== undefined) {
      em.persist(em.create(OrderPartIssue, { orderPart: op, serviceOrder: order, part: line.part, quantity: line.quantity, source: IssueSource.WAREHOUSE, unitCost: line.issuedCost, issuedAt: sh(o.completed ?? o.created) } as never));
    }
  }
  await withoutAudit(() => em.flush());
  return order;
}

export interface ComplaintSpec {
  station?: ServiceStation | null;
  product?: Product | null;
  received: string;
  /** Deadlines: 4 h and 48 h after `received` unless given. */
  respondDue?: string;
  resolveDue?: string;
  responded?: string;
  resolved?: string;
  closed?: string;
  status?: string;
}

/** A complaint written straight to the database with the exact times a report test needs (times in Asia/Shanghai). */
export async function writeComplaint(em: EntityManager, f: Fixtures, c: ComplaintSpec): Promise<Complaint> {
  n += 1;
  const customer = await f.customer();
  const received = sh(c.received);
  const complaint = em.create(Complaint, {
    number: `CP-T-${String(n).padStart(6, '0')}`,
    channel: 'phone',
    status: c.status ?? (c.closed ? 'closed' : c.resolved ? 'resolved' : c.responded ? 'responded' : 'open'),
    customer,
    contactPhone: '13800000000',
    station: c.station ?? null,
    product: c.product ?? null,
    category: 'timeliness',
    severity: 'medium',
    description: '投诉',
    receivedAt: received,
    respondDueAt: c.respondDue ? sh(c.respondDue) : new Date(received.getTime() + 4 * 3600_000),
    resolveDueAt: c.resolveDue ? sh(c.resolveDue) : new Date(received.getTime() + 48 * 3600_000),
    respondedAt: c.responded ? sh(c.responded) : null,
    resolvedAt: c.resolved ? sh(c.resolved) : null,
    closedAt: c.closed ? sh(c.closed) : null,
    createdAt: received,
  } as never) as Complaint;
  em.persist(complaint);
  await withoutAudit(() => em.flush());
  return complaint;
}

export interface ReturnSpec {
  station?: ServiceStation | null;
  kind: 'refund_only' | 'return_refund' | 'exchange';
  created: string;
  completed?: string;
  refunded?: string;
  closed?: string;
  refund?: number;
  status?: string;
  reason: Code;
}

/** A return request written straight to the database (no lines: the report counts requests and their refund totals). */
export async function writeReturnRequest(em: EntityManager, f: Fixtures, r: ReturnSpec): Promise<ReturnRequest> {
  n += 1;
  const customer = await f.customer();
  const request = em.create(ReturnRequest, {
    number: `RR-T-${String(n).padStart(6, '0')}`,
    kind: r.kind,
    status: r.status ?? (r.completed ? 'completed' : 'pending_review'),
    customer,
    contactName: customer.name,
    contactPhone: '13800000000',
    station: r.station ?? null,
    reasonCode: r.reason,
    refundTotal: r.refund ?? 0,
    requestedTotal: r.refund ?? 0,
    refundedAt: r.refunded ? sh(r.refunded) : null,
    completedAt: r.completed ? sh(r.completed) : null,
    closedAt: r.closed ? sh(r.closed) : r.completed ? sh(r.completed) : null,
    trackingToken: randomBytes(18).toString('base64url'),
    createdAt: sh(r.created),
  } as never) as ReturnRequest;
  em.persist(request);
  await withoutAudit(() => em.flush());
  return request;
}

/** A ledger row written as the stock module would (the trigger allows inserts). */
export async function writeMovement(em: EntityManager, m: { part: Part; warehouseId: string; at: string; quantity: number; kind: string; unitCost: number; balanceAfter: number }) {
  await em.getConnection().execute(
    `insert into stock_movement (id, at, part_id, warehouse_id, quantity, kind, unit_cost, balance_after, document_type, document_id, document_number, actor_kind, actor_id, actor_label)
     values (?, ?, ?, ?, ?, ?, ?, ?, 'stock_in', ?, 'RK-TEST', 'system', 'system', 'system')`,
    [uuidv7(), sh(m.at), m.part.id, m.warehouseId, m.quantity, m.kind, m.unitCost, m.balanceAfter, uuidv7()],
  );
}

/**
 * October 2026 (and a little of November) at two stations, hand-computed in report.test.ts:
 * orders on both sides of the month boundary at 23:59 / 00:00 in Asia/Shanghai, one order with
 * two technicians and odd cents, a technician over the wage cap and one under it, repeat repairs,
 * return visits, SLA breaches and a warehouse's ledger.
 */
export async function reportWorld(t: TestApp) {
  const em = t.em();
  const f = new Fixtures(em);
  const makerA = await f.manufacturer({ name: '甲厂' });
  const makerB = await f.manufacturer({ name: '乙厂' });
  const category = await f.category();
  const productA = await f.product({ brand: await f.brand({ manufacturer: makerA }), category });
  const productB = await f.product({ brand: await f.brand({ manufacturer: makerB }), category });
  const s1 = await f.station({ name: '一站' });
  const s2 = await f.station({ name: '二站' });
  const tA = await f.technician({ station: s1, name: '甲师傅', baseWage: 3000, commissionCoefficient: 0.5, wageCap: 3200 });
  const tB = await f.technician({ station: s1, name: '乙师傅', baseWage: 3000, commissionCoefficient: 0.5, wageCap: 4000 });
  const tC = await f.technician({ station: s2, name: '丙师傅', baseWage: 2000, commissionCoefficient: 0.3, wageCap: 5000 });
  const w1 = await f.warehouse({ station: s1 });
  const partP = await f.part({ salePrice: 15, costPrice: 6, manufacturer: makerA });
  const symptomX = await f.code(CodeKind.FAULT_SYMPTOM, { name: '不制冷' });
  const symptomY = await f.code(CodeKind.FAULT_SYMPTOM, { name: '漏水' });
  const w = (o: OrderSpec) => writeOrder(em, f, o);

  const o1 = await w({ station: s1, product: productA, created: '2026-10-05 10:00', completed: '2026-10-06 10:00', due: '2026-10-07 10:00', labour: 100.01, visit: 50, parts: 30, payer: 'manufacturer', symptom: symptomX, technicians: [tA, tB], partLines: [{ part: partP, quantity: 2, unitPrice: 15, issuedCost: 6 }] });
  const o2 = await w({ station: s1, product: productA, created: '2026-10-31 23:59', due: '2026-11-02 10:00' });
  const o3 = await w({ station: s1, product: productB, created: '2026-11-01 00:00', completed: '2026-11-02 00:00', due: '2026-11-03 00:00', previous: o1, repeat: true, symptom: symptomX, technicians: [tA] });
  const o4 = await w({ station: s2, product: productA, created: '2026-10-10 08:00', completed: '2026-10-31 23:59', due: '2026-10-12 08:00', labour: 200.01, visit: 0, parts: 0, payer: 'manufacturer', repeat: true, symptom: symptomX, band: 'far', technicians: [tC] });
  const o5 = await w({ station: s1, product: productA, created: '2026-10-15 09:00', closed: '2026-10-16 09:00', status: 'cancelled', due: '2026-10-17 09:00', symptom: symptomY });
  const o6 = await w({ station: s1, product: productB, created: '2026-10-20 09:00', completed: '2026-10-21 21:00', due: '2026-10-21 12:00', labour: 80, visit: 40, payer: 'customer', inWarranty: false, symptom: symptomY, visited: '2026-10-25 10:00', score: 2, technicians: [tB] });
  const o7 = await w({ station: s1, product: productA, created: '2026-10-02 09:00', completed: '2026-10-03 09:00', due: '2026-10-04 09:00', labour: 5000, visit: 0, parts: 15, payer: 'manufacturer', symptom: symptomX, visited: '2026-10-05 09:00', score: 5, technicians: [tA], partLines: [{ part: partP, quantity: 1, unitPrice: 15 }] });
  const o8 = await w({ station: s1, product: productB, created: '2026-11-03 09:00', due: '2026-11-06 09:00', reworkOf: o6 });

  // w1's ledger of part P at cost 6: 10 in before October, 2 consumed and 10 received in it, 1 sold in November.
  for (const m of [
    { at: '2026-09-20 10:00', quantity: 10, kind: 'purchase_in', balanceAfter: 10 },
    { at: '2026-10-10 10:00', quantity: -2, kind: 'consumption', balanceAfter: 8 },
    { at: '2026-10-15 10:00', quantity: 10, kind: 'purchase_in', balanceAfter: 18 },
    { at: '2026-11-05 10:00', quantity: -1, kind: 'sale', balanceAfter: 17 },
  ]) {
    await writeMovement(em, { part: partP, warehouseId: w1.id, unitCost: 6, ...m });
  }
  return { makerA, makerB, productA, productB, s1, s2, tA, tB, tC, w1, partP, symptomX, symptomY, o1, o2, o3, o4, o5, o6, o7, o8 };
}
