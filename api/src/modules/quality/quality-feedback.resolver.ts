import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import type { FilterQuery } from '@mikro-orm/core';
import type { Context } from '../../graphql/context';
import { readResolver, type ReadConfig } from '../../graphql/crud';
import { stepResolver } from '../../graphql/lifecycle-resolver';
import { SortOrder } from '../../graphql/list';
import { fieldNeeds } from '../../graphql/read/plan';
import { children, ref, relationResolver, through } from '../../graphql/relations';
import { timelineResolver } from '../../graphql/timeline';
import { Code } from '../code-table/code.entity';
import { Manufacturer } from '../product/manufacturer.entity';
import { Product } from '../product/product.entity';
import { ServiceOrder } from '../service-order/service-order.entity';
import { NoteInput, ReasonInput } from '../service-order/service-order.inputs';
import { ServiceStation } from '../station/service-station.entity';
import { step } from '../stock/documents/document-resolvers';
import { QualityFeedback, QualityFeedbackEvent, QualityFeedbackOrder } from './quality-feedback.entity';
import { QualityFeedbackAction } from './quality-feedback.enums';
import * as inputs from './quality-feedback.inputs';
import { QUALITY_LIFECYCLE, isQualityClosed } from './quality-feedback.lifecycle';
import { approve, close, confirm, createQualityFeedback, linkQualityOrders, reject, review } from './quality-feedback.service';

export const QUALITY_CONFIG: ReadConfig<QualityFeedback, inputs.QualityFeedbackFilter> = {
  entity: QualityFeedback,
  name: 'QualityFeedback',
  plural: 'QualityFeedbacks',
  filterInput: inputs.QualityFeedbackFilter,
  sortFields: ['createdAt', 'number', 'status', 'orderCount'],
  defaultSortOrder: SortOrder.DESC,
  searchFields: ['number', 'title', 'description'],
  ownFilters: ['statuses'],
  where: (f) => (f.statuses?.length ? ({ status: { $in: f.statuses } } as FilterQuery<QualityFeedback>) : undefined),
};

@Resolver(() => QualityFeedback)
export class QualityFeedbackResolver extends readResolver(QUALITY_CONFIG) {
  @Authorized('qualityFeedback:write')
  @Mutation(() => QualityFeedback, { description: '质量反馈提报 File a defect pattern on a product, with its orders (or a fault Pareto bar’s)' })
  createQualityFeedback(@Arg('input') input: inputs.QualityFeedbackCreateInput, @Ctx() ctx: Context): Promise<QualityFeedback> {
    return createQualityFeedback(ctx, input);
  }

  @Authorized('qualityFeedback:write')
  @Mutation(() => QualityFeedback, { description: 'Link more orders of the product, until it is approved' })
  linkQualityFeedbackOrders(@Arg('id', () => ID) id: string, @Arg('input') input: inputs.QualityLinkInput, @Ctx() ctx: Context): Promise<QualityFeedback> {
    return linkQualityOrders(ctx, id, input);
  }

  @FieldResolver(() => [QualityFeedbackAction], { description: 'The steps the caller may take now' })
  allowedActions(@Root() q: QualityFeedback, @Ctx() ctx: Context): QualityFeedbackAction[] {
    return ctx.actor ? QUALITY_LIFECYCLE.allowedActions(ctx.actor, q) : [];
  }

  @FieldResolver(() => Boolean, { description: '已关闭 Closed or rejected' })
  closed(@Root() q: QualityFeedback): boolean {
    return isQualityClosed(q);
  }
}
fieldNeeds(QualityFeedback, { allowedActions: ['status', 'manufacturerId'], closed: ['status'] });

export const QualityFeedbackRelations = relationResolver(QualityFeedback, {
  product: ref(() => Product, 'product'),
  manufacturer: ref(() => Manufacturer, 'manufacturer'),
  symptomCode: ref(() => Code, 'symptomCode', { nullable: true }),
  station: ref(() => ServiceStation, 'station', { nullable: true }),
  orders: through(() => QualityFeedbackOrder, 'feedback', 'serviceOrder', () => ServiceOrder, { createdAt: 'asc', id: 'asc' }, {
    description: '关联服务单 The orders showing the pattern (those in your scope)',
  }),
  timeline: children(() => QualityFeedbackEvent, 'document', { at: 'asc', id: 'asc' }, { description: 'The feedback’s timeline, oldest first' }),
});
export const QualityFeedbackEventRelations = relationResolver(QualityFeedbackEvent, { station: ref(() => ServiceStation, 'station', { nullable: true }) });
export const QualityFeedbackEventFields = timelineResolver(QualityFeedbackEvent);

export const QualityFeedbackSteps = stepResolver(QUALITY_LIFECYCLE, QualityFeedback, 'qualityFeedback:write', {
  [QualityFeedbackAction.REVIEW]: step(NoteInput, '审核 Operations review the pattern', review),
  [QualityFeedbackAction.APPROVE]: step(NoteInput, '批准 A manager approves it; the manufacturer sees it from now', approve),
  [QualityFeedbackAction.CONFIRM]: step(inputs.QualityConfirmInput, '确认 The manufacturer confirms the defect, with its answer', confirm),
  [QualityFeedbackAction.CLOSE]: step(NoteInput, '关闭 Close a confirmed feedback', close),
  [QualityFeedbackAction.REJECT]: step(ReasonInput, '驳回 Not a pattern, with a reason', reject),
});
