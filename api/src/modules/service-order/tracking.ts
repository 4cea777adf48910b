import { Arg, Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context';
import { AppError, ErrorCode, badInput, type FieldError } from '../../common/errors';
import { Product } from '../product/product.entity';
import { ServiceStation } from '../station/service-station.entity';
import { ServiceOrder } from './service-order.entity';
import { ServiceOrderAction, ServiceOrderKind, ServiceOrderStatus, TimelineAction } from './service-order.enums';
import { departmentOf, renderLines } from '../../common/lifecycle/timeline-text';
import { TimelineEvent } from './timeline-event.entity';
import { chargeAttempt, clientAddress, trackingLimits } from '../auth/throttle';

@ObjectType({ description: 'One step as a customer sees it' })
class TrackingStep {
  @Field() at!: Date;
  @Field(() => TimelineAction) action!: TimelineAction;
  @Field(() => ServiceOrderStatus) status!: ServiceOrderStatus;
  @Field(() => String, { nullable: true, description: 'Station name, or none for the call centre' }) stationName?: string | null;
  @Field({ description: 'The station or the call centre, in your language' }) department!: string;
  @Field(() => String, { nullable: true, description: 'What happened, as a customer may read it (no staff names, no internal notes)' })
  summary?: string | null;
}

/** The safe view of an order: no customer details, fees, internal notes or staff identities. */
@ObjectType({ description: '服务单查询 What a customer (or anyone with the tracking link) may see of an order' })
export class OrderTracking {
  @Field() number!: string;
  @Field(() => ServiceOrderKind) kind!: ServiceOrderKind;
  @Field(() => ServiceOrderStatus) status!: ServiceOrderStatus;
  @Field() productModel!: string;
  @Field() productName!: string;
  @Field(() => String, { nullable: true }) stationName?: string | null;
  @Field(() => String, { nullable: true }) stationPhone?: string | null;
  @Field(() => Date, { nullable: true }) appointmentStart?: Date | null;
  @Field(() => Date, { nullable: true }) appointmentEnd?: Date | null;
  @Field() receivedAt!: Date;
  @Field(() => Date, { nullable: true }) completedAt?: Date | null;
  @Field(() => [TrackingStep]) steps!: TrackingStep[];
}

// Parts arriving for the repair is news for the customer too (its public line says only that).
const CUSTOMER_STEPS = [TimelineAction.CREATE, ...Object.values(ServiceOrderAction), TimelineAction.PARTS_RECEIVED];

const NOT_FOUND = () =>
  new AppError(ErrorCode.NOT_FOUND, {
    zh: '未找到服务单：请核对单号和手机号后四位',
    en: 'No such order: check the order number and the last four digits of the phone',
  });

/** The customer-facing tracking view; callers outside the office only ever get this. */
export async function trackingOf(ctx: Context, order: ServiceOrder): Promise<OrderTracking> {
  const [product, events] = await Promise.all([
    ctx.em.findOneOrFail(Product, order.productId),
    // The steps a customer follows: intake and the lifecycle, not notes, fee changes or appraisals.
    ctx.em.find(TimelineEvent, { order, internal: false, action: { $in: CUSTOMER_STEPS } }, { orderBy: { at: 'asc', id: 'asc' } }),
  ]);
  const stationIds = [...new Set([order.stationId, ...events.map((e) => e.stationId)].filter((s): s is string => !!s))];
  const stations = new Map((await ctx.em.find(ServiceStation, { id: { $in: stationIds } })).map((s) => [s.id, s]));
  const station = order.stationId ? stations.get(order.stationId) : undefined;
  return {
    number: order.number,
    kind: order.kind,
    status: order.status,
    productModel: product.modelNumber,
    productName: product.name,
    stationName: station?.name ?? null,
    stationPhone: station?.phone ?? null,
    appointmentStart: order.appointmentStart,
    appointmentEnd: order.appointmentEnd,
    receivedAt: order.createdAt,
    completedAt: order.completedAt,
    steps: events.map((e) => ({
      at: e.at,
      action: e.action,
      status: e.status,
      stationName: e.stationId ? (stations.get(e.stationId)?.name ?? null) : null,
      department: departmentOf(e, ctx.lang),
      summary: renderLines(e.lines, ctx.lang, true, ctx.config.timeZone),
    })),
  };
}

/** Order numbers look like `SO-2026-000123`: much longer input is not one, and is refused before any work. */
function assertTrackingInput(number: string, phoneLast4: string): void {
  const errors: FieldError[] = [];
  if (number.length > 40 || /[\u0000-\u001f]/.test(number)) {
    errors.push({ field: 'number', message: { zh: '服务单号格式不正确', en: 'Order number is malformed' } });
  }
  if (phoneLast4.length > 20) {
    errors.push({ field: 'phoneLast4', message: { zh: '手机号后四位格式不正确', en: 'Last four digits of the phone are malformed' } });
  }
  if (errors.length) throw badInput(errors);
}

@Resolver()
export class TrackingResolver {
  @Query(() => OrderTracking, {
    description: '查询维修进度 Public lookup by order number and the last four digits of the contact phone (no login)',
  })
  async trackServiceOrder(
    @Arg('number') number: string,
    @Arg('phoneLast4') phoneLast4: string,
    @Ctx() ctx: Context,
  ): Promise<OrderTracking> {
    assertTrackingInput(number, phoneLast4);
    // Four digits are guessable: each guess is counted (per number and address, per address, per
    // number) before it is checked, and only a wrong one stays counted.
    const attempt = await chargeAttempt(ctx.em, trackingLimits(number, clientAddress(ctx.req.ip)));
    const order = await ctx.em.findOne(ServiceOrder, { number: number.trim().toUpperCase() });
    const digits = order?.contactPhone.replace(/\D/g, '') ?? '';
    if (!order || !/^\d{4}$/.test(phoneLast4) || !digits.endsWith(phoneLast4)) throw NOT_FOUND();
    await attempt.succeeded();
    return trackingOf(ctx, order);
  }

  @Query(() => OrderTracking, { description: 'Public lookup by the unguessable tracking token sent by SMS (no login)' })
  async trackServiceOrderByToken(@Arg('token') token: string, @Ctx() ctx: Context): Promise<OrderTracking> {
    const order = token.length >= 20 ? await ctx.em.findOne(ServiceOrder, { trackingToken: token }) : null;
    if (!order) throw NOT_FOUND();
    return trackingOf(ctx, order);
  }
}
