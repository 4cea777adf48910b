import type { EntityManager } from '@mikro-orm/postgresql';
import { addDaysTo, today } from '../api/src/common/dates';
import type { Config } from '../api/src/config';
import { serviceContext, type ServiceContext } from '../api/src/common/service-context';
import { userActor } from '../api/src/modules/auth/auth.service';
import { User } from '../api/src/modules/auth/user.entity';
import { Code } from '../api/src/modules/code-table/code.entity';
import { CodeKind } from '../api/src/modules/code-table/code-kind';
import { Product } from '../api/src/modules/product/product.entity';
import { ProductUnit } from '../api/src/modules/product/product-unit.entity';
import { derivedWarrantyEnd } from '../api/src/modules/product/warranty';
import { ServiceOrder } from '../api/src/modules/service-order/service-order.entity';
import { ServiceOrderStatus } from '../api/src/modules/service-order/service-order.enums';
import { Warehouse, WarehouseKind } from '../api/src/modules/station/warehouse.entity';
import { createReturnRequest, changeRefund, linesOf } from '../api/src/modules/returns/return-request.service';
import * as steps from '../api/src/modules/returns/return-steps';
import { ReturnKind } from '../api/src/modules/returns/return-request.enums';
import { createComplaint, openComplaintRework, resolve as resolveComplaint, respond as respondComplaint, close as closeComplaint } from '../api/src/modules/complaint/complaint.service';
import { ComplaintCategory, ComplaintSeverity } from '../api/src/modules/complaint/complaint.enums';
import { createQualityFeedback, review, approve as approveFeedback, confirm, close as closeFeedback } from '../api/src/modules/quality/quality-feedback.service';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export interface SeededAfterSales {
  returnRequests: number;
  complaints: number;
  qualityFeedback: number;
}

type Scenario = 'pending' | 'rejected' | 'approved' | 'sentBack' | 'awaitingReturn' | 'refunded' | 'exchanged' | 'awaitingExchange';

/**
 * 退换货、投诉、质量反馈的演示数据, written through the services (numbers from the counters,
 * timelines, stock movements carrying the request numbers, warranty of replacements) by the demo
 * logins whose work it is, each step at its own moment in the past: requests in every state,
 * complaints answered on time, late and not yet, and defect patterns from the seeded orders.
 */
export async function seedAfterSales(em: EntityManager, opts: { timeZone: string; now: Date }): Promise<SeededAfterSales> {
  // The services read only the business time zone from the configuration.
  const config = { timeZone: opts.timeZone } as Config;
  // The earlier seeders left thousands of records in the identity map; every flush of the services
  // below would compare them all. Nothing of them is needed here (and they are written already).
  em.clear();
  const users = new Map((await em.find(User, { username: { $in: ['dispatch', 'ops', 'finance', 'parts', 'manager'] } })).map((u) => [u.username, u]));
  const reasons = await em.find(Code, { kind: CodeKind.AFTER_SALES_REASON, active: true }, { orderBy: { sortOrder: 'asc', code: 'asc' } });
  const orders = await em.find(ServiceOrder, { status: { $in: [ServiceOrderStatus.RETURNED_TO_CUSTOMER, ServiceOrderStatus.VISITED] }, station: { $ne: null } }, { orderBy: { createdAt: 'desc' }, limit: 80 });
  const warehouses = await em.find(Warehouse, { kind: WarehouseKind.PARTS, active: true });
  if (users.size < 5 || !reasons.length || orders.length < 20 || !warehouses.length) return { returnRequests: 0, complaints: 0, qualityFeedback: 0 };
  const warehouseOf = (stationId: string) => warehouses.find((w) => w.stationId === stationId) ?? warehouses.find((w) => w.central) ?? warehouses[0];
  let clock = opts.now.getTime();
  /** A context acting as a demo login at a moment (`at`, in the past). */
  const as = (username: string, at: number): ServiceContext => serviceContext(em, userActor(users.get(username)!), config, { now: () => new Date(at) });
  const reason = (i: number) => reasons[i % reasons.length];

  // Return requests: each about the unit of a finished order, filed a few days after its delivery.
  const plan: Array<{ scenario: Scenario; kind: ReturnKind; daysAgo: number }> = [
    { scenario: 'pending', kind: ReturnKind.RETURN_REFUND, daysAgo: 0 },
    { scenario: 'pending', kind: ReturnKind.EXCHANGE, daysAgo: 1 },
    { scenario: 'rejected', kind: ReturnKind.RETURN_REFUND, daysAgo: 6 },
    { scenario: 'approved', kind: ReturnKind.RETURN_REFUND, daysAgo: 2 },
    { scenario: 'sentBack', kind: ReturnKind.RETURN_REFUND, daysAgo: 3 },
    { scenario: 'awaitingReturn', kind: ReturnKind.RETURN_REFUND, daysAgo: 4 },
    { scenario: 'refunded', kind: ReturnKind.RETURN_REFUND, daysAgo: 12 },
    { scenario: 'refunded', kind: ReturnKind.RETURN_REFUND, daysAgo: 20 },
    { scenario: 'exchanged', kind: ReturnKind.EXCHANGE, daysAgo: 15 },
    { scenario: 'awaitingExchange', kind: ReturnKind.EXCHANGE, daysAgo: 5 },
  ];
  let returns = 0;
  const used = new Set<string>();
  for (const [i, p] of plan.entries()) {
    const order = orders.find((o) => !used.has(o.productUnitId));
    if (!order) break;
    used.add(order.productUnitId);
    const unit = await em.findOneOrFail(ProductUnit, order.productUnitId);
    const filedAt = opts.now.getTime() - p.daysAgo * DAY - (i + 1) * HOUR;
    const filedDay = today(opts.timeZone, new Date(filedAt));
    // Delivered two days before the request (as the customer says): inside the window.
    unit.deliveredOn = addDaysTo(filedDay, -2);
    if (unit.purchaseDate && unit.purchaseDate > unit.deliveredOn) unit.purchaseDate = unit.deliveredOn;
    // 三包 runs from delivery: the derived end moves with it.
    unit.warrantyEndsOn = derivedWarrantyEnd(unit, (await em.findOneOrFail(Product, unit.productId)).warrantyMonths, 0);
    await em.flush();
    const request = await createReturnRequest(as('dispatch', filedAt), {
      kind: p.kind,
      customerId: order.customerId,
      stationId: order.stationId!,
      reasonCodeId: reason(i).id,
      description: p.kind === ReturnKind.EXCHANGE ? '使用几天后出现故障，要求换新' : '不满意，要求退货退款',
      lines: [{ productUnitId: unit.id, quantity: 1 }],
    } as never);
    returns += 1;
    let at = filedAt;
    const next = (hours: number) => (at = Math.min(at + hours * HOUR, opts.now.getTime() - 60_000));
    const warehouse = warehouseOf(order.stationId!);
    if (p.scenario === 'pending') continue;
    if (p.scenario === 'rejected') {
      await steps.reject(as('ops', next(3)), request.id, { reason: '经检测为人为损坏，不属于三包范围' });
      continue;
    }
    if (p.scenario === 'sentBack') {
      const [line] = await linesOf(as('ops', at), request);
      await changeRefund(as('ops', next(2)), request.id, { lines: [{ lineId: line.id, refundAmount: Math.round(line.unitPrice * 0.9) }], reason: '外包装缺失，扣除 10%' });
      await steps.approve(as('ops', next(1)), request.id, { returnAddress: '广州市天河区售后中心收货组' });
      await steps.sendBack(as('finance', next(5)), request.id, { reason: '扣款比例缺少依据，请补充照片' });
      continue;
    }
    await steps.approve(as('ops', next(3)), request.id, { returnAddress: '广州市天河区售后中心收货组' });
    if (p.scenario === 'approved') continue;
    if (p.kind !== ReturnKind.EXCHANGE) await steps.financeApprove(as('finance', next(4)), request.id, {});
    if (p.scenario === 'awaitingReturn') continue;
    await steps.receiveGoods(as('parts', next(30)), request.id, { warehouseId: warehouse.id, note: '外观完好，配件齐全' });
    if (p.scenario === 'awaitingExchange') continue;
    if (p.kind === ReturnKind.EXCHANGE) {
      const [line] = await linesOf(as('parts', at), request);
      await steps.shipReplacement(as('parts', next(6)), request.id, {
        warehouseId: warehouse.id,
        replacements: [{ lineId: line.id, serialNumber: `${unit.serialNumber}-R` }],
        logisticsNumber: `SF${String(1_000_000_000 + i)}`,
      });
    } else {
      await steps.refund(as('finance', next(8)), request.id, { reference: `WX${filedDay.replace(/-/g, '')}${String(i).padStart(4, '0')}` });
    }
  }

  // Complaints: about finished orders, answered on time, late, or still open (one past its deadline).
  const complaintPlan: Array<{ hoursAgo: number; respondAfter?: number; resolveAfter?: number; close?: boolean; rework?: boolean; category: ComplaintCategory; severity: ComplaintSeverity; text: string }> = [
    { hoursAgo: 2, category: ComplaintCategory.TIMELINESS, severity: ComplaintSeverity.MEDIUM, text: '预约上门时间过了两小时还没到' },
    { hoursAgo: 6, category: ComplaintCategory.SERVICE_ATTITUDE, severity: ComplaintSeverity.HIGH, text: '维修员态度恶劣' },
    { hoursAgo: 30, respondAfter: 1, category: ComplaintCategory.REPAIR_QUALITY, severity: ComplaintSeverity.HIGH, text: '修好第二天又坏了', rework: true },
    { hoursAgo: 80, respondAfter: 2, resolveAfter: 30, close: true, category: ComplaintCategory.FEES, severity: ComplaintSeverity.MEDIUM, text: '上门费收得比电话里说的高' },
    { hoursAgo: 200, respondAfter: 6, resolveAfter: 60, close: true, category: ComplaintCategory.REPAIR_QUALITY, severity: ComplaintSeverity.CRITICAL, text: '维修后漏水泡坏地板' },
    { hoursAgo: 400, respondAfter: 3, resolveAfter: 20, close: true, category: ComplaintCategory.PRODUCT_QUALITY, severity: ComplaintSeverity.LOW, text: '新机噪音大' },
    { hoursAgo: 700, respondAfter: 1, resolveAfter: 40, close: true, category: ComplaintCategory.RETURNS, severity: ComplaintSeverity.MEDIUM, text: '退货退款一直没到账' },
  ];
  let complaints = 0;
  for (const [i, c] of complaintPlan.entries()) {
    const order = orders[orders.length - 1 - i * 3];
    const receivedAt = opts.now.getTime() - c.hoursAgo * HOUR;
    const complaint = await createComplaint(as('dispatch', receivedAt + 5 * 60_000), {
      serviceOrderId: order.id,
      category: c.category,
      severity: c.severity,
      description: c.text,
      receivedAt: new Date(receivedAt),
    } as never);
    complaints += 1;
    if (c.respondAfter !== undefined) await respondComplaint(as('dispatch', receivedAt + c.respondAfter * HOUR), complaint.id, { response: '已致电顾客致歉，安排网点主管跟进' });
    if (c.rework) await openComplaintRework(as('dispatch', receivedAt + (c.respondAfter ?? 0) * HOUR + 10 * 60_000), complaint.id);
    if (c.resolveAfter !== undefined) await resolveComplaint(as('manager', receivedAt + c.resolveAfter * HOUR), complaint.id, { resolution: '已上门处理并补偿，顾客表示认可' });
    if (c.close) await closeComplaint(as('dispatch', receivedAt + (c.resolveAfter ?? 0) * HOUR + 2 * HOUR), complaint.id, {});
  }

  // Quality feedback: the product and symptom most repaired among the seeded orders (a fault Pareto's top bar), and two more.
  const bars = await em.getConnection().execute<Array<{ product_id: string; symptom_code_id: string; n: number }>>(
    `select product_id, symptom_code_id, count(*)::int as n from service_order where symptom_code_id is not null
      group by product_id, symptom_code_id order by n desc, product_id, symptom_code_id limit 3`,
    [],
    'all',
    em.getTransactionContext(),
  );
  let feedback = 0;
  for (const [i, bar] of bars.entries()) {
    const at = opts.now.getTime() - (20 - i * 8) * DAY;
    clock = at;
    const from = addDaysTo(today(opts.timeZone, opts.now), -120);
    const q = await createQualityFeedback(as('ops', at), {
      productId: bar.product_id,
      title: ['同一故障批量出现，疑似批次缺陷', '近期返修集中，建议厂家排查', '多地网点反映同类问题'][i],
      description: `近 120 天内该型号同一故障报修 ${bar.n} 次，集中在同一批次，请厂家确认原因与处理方案。`,
      fromFault: { symptomCodeId: bar.symptom_code_id, from, to: today(opts.timeZone, new Date(at)) },
    } as never);
    feedback += 1;
    if (i === 2) continue;
    await review(as('ops', (clock += 4 * HOUR)), q.id, { note: '核对维修记录属实' });
    await approveFeedback(as('manager', (clock += DAY)), q.id, {});
    if (i === 1) continue;
    await confirm(as('manager', (clock += 3 * DAY)), q.id, { response: '厂家确认为来料批次问题，已更换供应商，返修费用由厂家承担' });
    await closeFeedback(as('manager', (clock += DAY)), q.id, {});
  }
  return { returnRequests: returns, complaints, qualityFeedback: feedback };
}
