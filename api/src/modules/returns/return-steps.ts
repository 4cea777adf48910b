import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { badInput, fieldError, type FieldError } from '../../common/errors';
import { withinScope } from '../../common/access/policy';
import { formatMoney } from '../../common/money';
import { Product } from '../product/product.entity';
import { ProductUnit } from '../product/product-unit.entity';
import { Warehouse } from '../station/warehouse.entity';
import { loadAfterSalesRules } from '../settings/after-sales-rules';
import type { NoteInput, ReasonInput } from '../service-order/service-order.inputs';
import { MovementKind } from '../stock/stock.enums';
import { moveGoods, type GoodsMovement } from './goods';
import { registerReplacement } from './exchange';
import type { ReturnRequest } from './return-request.entity';
import { ReturnAction as A, ReturnKind } from './return-request.enums';
import type { ReceiveGoodsInput, RefundInput, ReturnApproveInput, ShipReplacementInput } from './return-request.inputs';
import { RETURN_LIFECYCLE } from './return-request.lifecycle';
import { goodsText, linesOf } from './return-request.service';

type Apply = Parameters<typeof RETURN_LIFECYCLE.run>[3];

/** A step of the request's lifecycle as the caller: the engine locks, checks, moves and records it. */
async function runStep(sc: ServiceContext, id: string, action: A, apply: Apply): Promise<ReturnRequest> {
  const { doc } = await RETURN_LIFECYCLE.run(sc, id, action, apply);
  return doc;
}

/** A reason that is only blanks is none. */
function reasonOf(input: ReasonInput): string {
  const reason = input.reason.trim();
  if (!reason) throw badInput([fieldError('reason', '必须填写', 'is required')]);
  return reason;
}

const who = (sc: ServiceContext) => (sc.actor!.displayName ?? sc.actor!.label).slice(0, 100);

/** 运营审核通过: the goods to come back are told where to go. */
export function approve(sc: ServiceContext, id: string, input: ReturnApproveInput = {}) {
  return runStep(sc, id, A.APPROVE, (r) => {
    r.reviewedAt = sc.now();
    r.reviewedBy = who(sc);
    r.sendBackReason = null;
    const lines: TimelineLine[] = [];
    if (input.returnAddress?.trim() && r.kind !== ReturnKind.REFUND_ONLY) {
      r.returnAddress = input.returnAddress.trim();
      lines.push({ t: 'return.returnAddress', p: { address: r.returnAddress }, public: true });
    }
    return { lines, note: input.note };
  });
}

/** 审核拒绝: the reason is shown to the customer (tracking) and to the filing partner. */
export function reject(sc: ServiceContext, id: string, input: ReasonInput) {
  return runStep(sc, id, A.REJECT, (r) => {
    r.reviewedAt = sc.now();
    r.reviewedBy = who(sc);
    r.rejectReason = reasonOf(input);
    return { lines: [{ t: 'return.rejected', p: { reason: r.rejectReason }, public: true }] };
  });
}

/** 财务审核通过: finance agrees with the amount operations approved. */
export function financeApprove(sc: ServiceContext, id: string, input: NoteInput = {}) {
  return runStep(sc, id, A.FINANCE_APPROVE, (r) => {
    r.financeReviewedAt = sc.now();
    r.financeReviewedBy = who(sc);
    return { lines: [{ t: 'return.financeApproved', p: { amount: formatMoney(r.refundTotal) }, public: true }], note: input.note };
  });
}

/** 退回运营: finance disagrees with the amount; operations review again (and may change it). */
export function sendBack(sc: ServiceContext, id: string, input: ReasonInput) {
  return runStep(sc, id, A.SEND_BACK, (r) => {
    r.sendBackReason = reasonOf(input);
    return { lines: [{ t: 'return.sentBack', p: { reason: r.sendBackReason } }] };
  });
}

async function visibleWarehouse(sc: ServiceContext, warehouseId: string): Promise<Warehouse> {
  const warehouse = await sc.em.findOne(Warehouse, withinScope(Warehouse, sc.actor, { id: warehouseId }));
  if (!warehouse || !warehouse.active) throw badInput([fieldError('warehouseId', '不存在或已停用', 'does not exist or is deactivated')]);
  return warehouse;
}

/** 售后入库: the goods are back (return in, or exchange in), each movement carrying the request's number. */
export function receiveGoods(sc: ServiceContext, id: string, input: ReceiveGoodsInput) {
  return runStep(sc, id, A.RECEIVE_GOODS, async (r) => {
    const warehouse = await visibleWarehouse(sc, input.warehouseId);
    const lines = await linesOf(sc, r);
    const kind = r.kind === ReturnKind.EXCHANGE ? MovementKind.EXCHANGE_IN : MovementKind.RETURN_IN;
    const movements: GoodsMovement[] = lines.map((line) => ({ line, productId: line.productId, quantity: line.quantity - line.receivedQuantity }));
    const moved = await moveGoods(sc, r, warehouse, kind, movements.filter((m) => m.quantity > 0));
    // The customer no longer has the units: they are not offered at intake any more.
    const units = await sc.em.find(ProductUnit, { id: { $in: lines.map((l) => l.productUnitId).filter((x): x is string => !!x) } });
    for (const unit of units) unit.active = false;
    r.goodsReceivedAt = sc.now();
    return {
      lines: [{ t: 'return.received', p: { kind, goods: await goodsText(sc, lines), warehouse: warehouse.name }, e: { kind: 'MovementKind' }, public: true }, ...moved.lines],
      note: input.note,
    };
  });
}

/** 退款: finance pays the approved refund and records the payment's reference. */
export function refund(sc: ServiceContext, id: string, input: RefundInput) {
  return runStep(sc, id, A.REFUND, (r) => {
    r.refundReference = input.reference.trim();
    r.refundedAt = sc.now();
    r.completedAt = sc.now();
    return { lines: [{ t: 'return.refunded', p: { amount: formatMoney(r.refundTotal), reference: r.refundReference }, public: true }], note: input.note };
  });
}

/**
 * 换货出库: the replacement goes out (exchange out), each unit line's as a new unit registered to
 * the customer and linked to the one it replaces, with its warranty as the after-sales rules say.
 */
export function shipReplacement(sc: ServiceContext, id: string, input: ShipReplacementInput) {
  return runStep(sc, id, A.SHIP_REPLACEMENT, async (r) => {
    const warehouse = await visibleWarehouse(sc, input.warehouseId);
    const rules = await loadAfterSalesRules(sc.em);
    const lines = await linesOf(sc, r);
    const errors: FieldError[] = [];
    const given = new Map(input.replacements.map((x, i) => [x.lineId, { ...x, i }]));
    for (const [i, x] of input.replacements.entries()) {
      const line = lines.find((l) => l.id === x.lineId);
      if (!line || !line.productUnitId) errors.push(fieldError(`replacements.${i}.lineId`, '不是该申请中有序列号的商品行', 'is not a line of this request with a unit'));
    }
    for (const line of lines) {
      if (line.productUnitId && !given.has(line.id)) errors.push(fieldError('replacements', '每个有序列号的商品行都需要新序列号', 'need a new serial number for every line with a unit'));
    }
    if (errors.length) throw badInput(errors);

    const said: TimelineLine[] = [];
    const movements: GoodsMovement[] = [];
    for (const line of lines) {
      const x = given.get(line.id);
      if (!x) {
        movements.push({ line, productId: line.productId, quantity: line.quantity - line.shippedQuantity });
        continue;
      }
      const old = await sc.em.findOneOrFail(ProductUnit, line.productUnitId!);
      const product = x.productId ? await sc.em.findOne(Product, withinScope(Product, sc.actor, { id: x.productId })) : await sc.em.findOneOrFail(Product, line.productId);
      if (!product || !product.active) throw badInput([fieldError(`replacements.${x.i}.productId`, '不存在或已停用', 'does not exist or is deactivated')]);
      const serial = x.serialNumber.trim();
      if (await sc.em.count(ProductUnit, { product, serialNumber: serial })) {
        throw badInput([fieldError(`replacements.${x.i}.serialNumber`, `「${serial}」已登记`, `"${serial}" is already registered`)]);
      }
      const { unit, extension } = await registerReplacement(sc, r, old, product, serial, rules);
      line.replacementUnit = unit as never;
      movements.push({ line, productId: product.id, quantity: 1 });
      said.push({ t: 'return.replacement', p: { serial, until: unit.warrantyEndsOn ?? '' }, d: { until: 'day' }, public: true });
      if (extension) said.push({ t: 'return.warrantyCarried', p: { carried: extension.endsBefore ?? '', days: extension.days }, d: { carried: 'day' }, public: true });
    }
    const moved = await moveGoods(sc, r, warehouse, MovementKind.EXCHANGE_OUT, movements.filter((m) => m.quantity > 0));
    r.replacementLogisticsNumber = input.logisticsNumber?.trim() || null;
    r.completedAt = sc.now();
    const lines2: TimelineLine[] = [{ t: 'return.shippedOut', p: { goods: await goodsText(sc, lines), warehouse: warehouse.name }, public: true }, ...said, ...moved.lines];
    if (r.replacementLogisticsNumber) lines2.push({ t: 'return.replacementLogistics', p: { number: r.replacementLogisticsNumber }, public: true });
    return { lines: lines2, note: input.note };
  });
}

export function cancel(sc: ServiceContext, id: string, input: ReasonInput) {
  return runStep(sc, id, A.CANCEL, (r) => {
    r.cancelReason = reasonOf(input);
    return { lines: [{ t: 'return.cancelled', p: { reason: r.cancelReason }, public: true }] };
  });
}
