import type { FilterQuery } from '@mikro-orm/core';
import { definePolicy } from '../../common/access/policy';
import { isPartner } from '../../common/access/actors';
import { registerTableName } from '../../common/errors';
import type { Actor } from '../auth/actor';
import { QualityFeedback, QualityFeedbackEvent } from './quality-feedback.entity';

export const QUALITY_LABEL = { zh: '质量反馈', en: 'quality feedback' };
registerTableName('quality_feedback', QUALITY_LABEL);
registerTableName('quality_feedback_order', { zh: '质量反馈关联服务单', en: 'quality feedback orders' });
registerTableName('quality_feedback_event', { zh: '质量反馈记录', en: 'quality feedback events' });

/**
 * Station staff and service networks read what their station filed; a manufacturer's key the
 * feedback on its products once approved for it (a draft pattern is the company's own business);
 * a retailer's key what it filed; the office all.
 */
export function qualityScope(actor: Actor): FilterQuery<QualityFeedback> | undefined {
  if (actor.stationId) return { station: actor.stationId };
  if (actor.manufacturerId) return { manufacturer: actor.manufacturerId, status: { $in: ['approved', 'confirmed', 'closed'] } } as FilterQuery<QualityFeedback>;
  if (actor.kind === 'partner') return { createdByApiKey: actor.id };
  return undefined;
}

export const QUALITY_POLICY = definePolicy(QualityFeedback, {
  resource: 'qualityFeedback',
  label: QUALITY_LABEL,
  scope: qualityScope,
  redactable: ['reviewNote'],
  redact: (actor) => (isPartner(actor) ? { reviewNote: 'hide' } : undefined),
});

export const QUALITY_EVENT_POLICY = definePolicy(QualityFeedbackEvent, {
  resource: 'qualityFeedback',
  label: { zh: '质量反馈记录', en: 'quality feedback event' },
  scope: (actor) => {
    const docs = qualityScope(actor);
    if (!docs) return undefined;
    return isPartner(actor) ? { document: docs, internal: false } : { document: docs };
  },
  redactable: ['actorLabel'],
  redact: (actor) => (isPartner(actor) ? { actorLabel: 'hide' } : undefined),
});
