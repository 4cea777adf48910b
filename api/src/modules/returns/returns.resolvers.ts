import type { ClassType } from 'type-graphql';
import { ReturnEventFields, ReturnRequestResolver, ReturnRequestSteps } from './return-request.resolver';
import { ReturnTrackingResolver } from './return-tracking';
import { ComplaintEventFields, ComplaintResolver, ComplaintSteps } from '../complaint/complaint.resolver';
import { QualityFeedbackEventFields, QualityFeedbackResolver, QualityFeedbackSteps } from '../quality/quality-feedback.resolver';

/** The after-sales documents' resolvers (returns, complaints, quality feedback), for api/src/graphql/resolvers.ts (relation resolvers register themselves). */
export const RETURN_RESOLVERS: ClassType[] = [
  ReturnRequestResolver,
  ReturnRequestSteps,
  ReturnEventFields,
  ReturnTrackingResolver,
  ComplaintResolver,
  ComplaintSteps,
  ComplaintEventFields,
  QualityFeedbackResolver,
  QualityFeedbackSteps,
  QualityFeedbackEventFields,
];
