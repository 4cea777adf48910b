import { Arg, Ctx, Field, Float, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AppError, ErrorCode, badInput, type FieldError } from '../../common/errors';
import { departmentOf, renderLines } from '../../common/lifecycle/timeline-text';
import { chargeAttempt, clientAddress, trackingLimits } from '../auth/throttle';
import { ReturnEvent } from './return-event.entity';
import { ReturnRequest } from './return-request.entity';
import { ReturnEventAction, ReturnKind, ReturnStatus } from './return-request.enums';
import { goodsText, linesOf } from './return-request.service';

@ObjectType({ description: 'One step of a return as the customer sees it' })
class ReturnTrackingStep {
  @Field() at!: Date;
  @Field(() => ReturnEventAction) action!: ReturnEventAction;
  @Field(() => ReturnStatus) status!: ReturnStatus;
  @Field({ description: 'The station or the call centre, in your language' }) department!: string;
  @Field(() => String, { nullable: true, description: 'What happened, as the customer may read it (no staff names, no internal notes)' })
  summary?: string | null;
}

/** The safe view of a return request: no contact details, internal notes, staff or the review between departments. */
@ObjectType({ description: '退换货进度 What a customer (or anyone with the tracking link) may see of a return request' })
export class ReturnTracking {
  @Field() number!: string;
  @Field(() => ReturnKind) kind!: ReturnKind;
  @Field(() => ReturnStatus) status!: ReturnStatus;
  @Field(() => [String], { description: 'The goods: product, model, serial and quantity' }) goods!: string[];
  @Field(() => Float) refundTotal!: number;
  @Field(() => String, { nullable: true, description: '拒绝原因 Why it was rejected' }) rejectReason?: string | null;
  @Field() requestedAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt?: Date | null;
  @Field(() => [ReturnTrackingStep]) steps!: ReturnTrackingStep[];
}

/** What the customer follows: the filing, the decisions and the goods and money moving; not notes or finance sending it back. */
const CUSTOMER_STEPS: ReturnEventAction[] = Object.values(ReturnEventAction).filter((a) => a !== ReturnEventAction.SEND_BACK && a !== ReturnEventAction.NOTE);

const NOT_FOUND = () =>
  new AppError(ErrorCode.NOT_FOUND, {
    zh: '未找到退换货申请：请核对售后单号和手机号后四位',
    en: 'No such return request: check the number and the last four digits of the phone',
  });

export async function returnTrackingOf(ctx: Context, request: ReturnRequest): Promise<ReturnTracking> {
  const [lines, events] = await Promise.all([
    linesOf(ctx, request),
    ctx.em.find(ReturnEvent, { request, internal: false, action: { $in: CUSTOMER_STEPS } }, { orderBy: { at: 'asc', id: 'asc' } }),
  ]);
  return {
    number: request.number,
    kind: request.kind,
    status: request.status,
    goods: await goodsText(ctx, lines),
    refundTotal: request.refundTotal,
    rejectReason: request.rejectReason ?? null,
    requestedAt: request.createdAt,
    completedAt: request.completedAt ?? null,
    steps: events.map((e) => ({
      at: e.at,
      action: e.action,
      status: e.status,
      department: departmentOf(e, ctx.lang),
      summary: renderLines(e.lines, ctx.lang, true, ctx.config.timeZone),
    })),
  };
}

@Resolver()
export class ReturnTrackingResolver {
  @Query(() => ReturnTracking, { description: '退换货进度 Public lookup by request number and the last four digits of the contact phone (no login)' })
  async trackReturnRequest(@Arg('number') number: string, @Arg('phoneLast4') phoneLast4: string, @Ctx() ctx: Context): Promise<ReturnTracking> {
    const errors: FieldError[] = [];
    if (number.length > 40 || /[\u0000-\u001f]/.test(number)) errors.push({ field: 'number', message: { zh: '售后单号格式不正确', en: 'Request number is malformed' } });
    if (phoneLast4.length > 20) errors.push({ field: 'phoneLast4', message: { zh: '手机号后四位格式不正确', en: 'Last four digits of the phone are malformed' } });
    if (errors.length) throw badInput(errors);
    // As for orders: every guess is counted before it is checked; only a wrong one stays counted.
    const attempt = await chargeAttempt(ctx.em, trackingLimits(number, clientAddress(ctx.req.ip)));
    const request = await ctx.em.findOne(ReturnRequest, { number: number.trim().toUpperCase() });
    const digits = request?.contactPhone.replace(/\D/g, '') ?? '';
    if (!request || !/^\d{4}$/.test(phoneLast4) || !digits.endsWith(phoneLast4)) throw NOT_FOUND();
    await attempt.succeeded();
    return returnTrackingOf(ctx, request);
  }

  @Query(() => ReturnTracking, { description: 'Public lookup by the unguessable tracking token (no login)' })
  async trackReturnRequestByToken(@Arg('token') token: string, @Ctx() ctx: Context): Promise<ReturnTracking> {
    const request = token.length >= 20 && token.length <= 40 ? await ctx.em.findOne(ReturnRequest, { trackingToken: token }) : null;
    if (!request) throw NOT_FOUND();
    return returnTrackingOf(ctx, request);
  }
}
