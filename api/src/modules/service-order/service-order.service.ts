import type { ServiceContext } from '../../common/service-context';
import { badInput, fieldError, type FieldError } from '../../common/errors';
import { toEntityData } from '../../graphql/crud';
import { withReason } from '../audit/audit-context';
import { CodeKind } from '../code-table/code-kind';
import { Customer } from '../customer/customer.entity';
import { Product } from '../product/product.entity';
import { loadServiceRules } from '../settings/service-rules';
import { checkCode } from './codes';
import { derivePayer } from './fees';
import { applySla } from './intake';
import { lockVisibleOrder } from './order-access';
import { ServiceOrder } from './service-order.entity';
import { TimelineAction } from './service-order.enums';
import { OrderOperation, assertOperation } from './order-operations';
import type { AppraisalInput, FeeOverrideInput, ServiceOrderUpdateInput } from './service-order.inputs';
import { recordEvent } from './timeline';
import { assertNotSettled } from '../report/settlement.report';

/** Contact, appointment and symptom can be corrected until the repair starts. */
export async function updateOrder(ctx: ServiceContext, id: string, input: ServiceOrderUpdateInput): Promise<ServiceOrder> {
  const order = await lockVisibleOrder(ctx, id);
  assertOperation(ctx.actor!, order, OrderOperation.EDIT);
  const errors: FieldError[] = [];
  if (input.symptomCodeId) {
    const product = await ctx.em.findOneOrFail(Product, order.productId);
    const problem = await checkCode(ctx.em, 'symptomCodeId', input.symptomCodeId, CodeKind.FAULT_SYMPTOM, product.categoryId);
    if (problem) errors.push(problem);
  }
  const meta = ctx.em.getMetadata().get<ServiceOrder>(ServiceOrder.name);
  ctx.em.assign(order, toEntityData(meta, input) as never);
  if (order.appointmentStart && order.appointmentEnd && order.appointmentEnd <= order.appointmentStart) {
    errors.push(fieldError('appointmentEnd', '必须晚于预约开始时间', 'must be after the appointment start'));
  }
  if (errors.length) throw badInput(errors);
  if (input.regionId !== undefined) {
    await applySla(ctx, order, await ctx.em.findOneOrFail(Customer, order.customerId), await loadServiceRules(ctx.em));
  }
  return order;
}

/** 质量鉴定: the verdict decides who pays (unless the fees were overridden by hand). */
export async function recordAppraisal(ctx: ServiceContext, id: string, input: AppraisalInput): Promise<ServiceOrder> {
  const order = await lockVisibleOrder(ctx, id);
  assertOperation(ctx.actor!, order, OrderOperation.APPRAISE);
  await assertNotSettled(ctx.em, order);
  order.appraisalVerdict = input.verdict;
  order.appraisalNote = input.note ?? null;
  if (!order.feesOverridden && order.payer) order.payer = derivePayer(order);
  await recordEvent(ctx, order, TimelineAction.APPRAISAL, {
    from: order.status,
    lines: [{ t: 'order.verdict', p: { verdict: input.verdict }, e: { verdict: 'AppraisalVerdict' } }],
    note: input.note ?? null,
  });
  return order;
}

/** Fees set by hand: a reason is required and goes into the audit log with the change. */
export async function overrideFees(ctx: ServiceContext, id: string, input: FeeOverrideInput): Promise<ServiceOrder> {
  const order = await lockVisibleOrder(ctx, id);
  assertOperation(ctx.actor!, order, OrderOperation.OVERRIDE_FEES);
  await assertNotSettled(ctx.em, order);
  const reason = input.reason.trim();
  await withReason(reason, async () => {
    if (input.labourFee !== undefined) order.labourFee = input.labourFee;
    if (input.visitFee !== undefined) order.visitFee = input.visitFee;
    if (input.partsFee !== undefined) order.partsFee = input.partsFee;
    order.payer = input.payer ?? order.payer ?? derivePayer(order);
    order.feesOverridden = true;
    order.feeOverrideReason = reason;
    await recordEvent(ctx, order, TimelineAction.FEES_OVERRIDDEN, { from: order.status, lines: [{ t: 'order.feesOverridden', p: { reason } }], internal: true });
    await ctx.em.flush();
  });
  return order;
}

/** A free note on the timeline ("where is my repair" calls); internal notes stay in the office. */
export async function addNote(ctx: ServiceContext, id: string, note: string, internal: boolean): Promise<ServiceOrder> {
  const order = await lockVisibleOrder(ctx, id);
  assertOperation(ctx.actor!, order, OrderOperation.ADD_NOTE);
  await recordEvent(ctx, order, TimelineAction.NOTE, { from: order.status, note, internal });
  return order;
}
