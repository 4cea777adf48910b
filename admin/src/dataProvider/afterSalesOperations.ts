import type { Identifier } from 'ra-core';
import lifecycles from '../../../schema/lifecycles.json';
import type { ComplaintSummary, ReturnTracking } from '../../../schema/generated/graphql';
import type { Request } from './operations';

/** The after-sales documents: panel resource → API type (its lifecycle in schema/lifecycles.json). */
export const AFTER_SALES_DOCUMENTS = {
  returnRequests: 'ReturnRequest',
  complaints: 'Complaint',
  qualityFeedbacks: 'QualityFeedback',
} as const;
export type AfterSalesResource = keyof typeof AFTER_SALES_DOCUMENTS;

type Steps = Record<string, { from: string[]; to: string; mutation: string; input: string }>;
const LIFECYCLES = lifecycles as unknown as Record<string, { statusEnum: string; actionEnum: string; steps: Steps }>;

export const lifecycleOf = (resource: AfterSalesResource) => LIFECYCLES[AFTER_SALES_DOCUMENTS[resource]];
export const afterSalesStep = (resource: AfterSalesResource, action: string) => lifecycleOf(resource).steps[action];
export const afterSalesActions = (resource: AfterSalesResource) => Object.keys(lifecycleOf(resource).steps);

/** Operations on a document besides its steps: the mutation and its input type (null: it takes only the id). */
export const AFTER_SALES_OPERATIONS: Record<string, { mutation: string; input: string | null }> = {
  CHANGE_REFUND: { mutation: 'changeReturnRequestRefund', input: 'RefundChangeInput!' },
  RECORD_SHIPMENT: { mutation: 'recordReturnRequestShipment', input: 'ReturnShipmentInput!' },
  ASSIGN: { mutation: 'assignComplaint', input: 'ComplaintAssignInput!' },
  OPEN_REWORK: { mutation: 'openComplaintRework', input: null },
};

const SUMMARY_ROW = 'key name total resolved respondedLate resolvedLate';

export function buildAfterSalesOperations(request: Request) {
  return {
    /** One lifecycle step of an after-sales document; `input` is what the step's input type takes. */
    afterSalesStep: async (resource: AfterSalesResource, action: string, id: Identifier, input: Record<string, unknown>) => {
      const { mutation, input: type } = afterSalesStep(resource, action);
      const document = `mutation ${mutation}($id: ID!, $input: ${type}) { result: ${mutation}(id: $id, input: $input) { id status } }`;
      return { data: (await request(document, { id, input }, 'mutation')).result as { id: string; status: string } };
    },
    /** An operation that is not a step (change the refund, assign, open a rework order …). */
    afterSalesOperation: async (operation: string, id: Identifier, input?: Record<string, unknown>) => {
      const op = AFTER_SALES_OPERATIONS[operation];
      const document = op.input
        ? `mutation ${op.mutation}($id: ID!, $input: ${op.input}) { result: ${op.mutation}(id: $id, input: $input) { id } }`
        : `mutation ${op.mutation}($id: ID!) { result: ${op.mutation}(id: $id) { id } }`;
      return { data: (await request(document, op.input ? { id, input } : { id }, 'mutation')).result as { id: string } };
    },
    addReturnRequestNote: async (id: Identifier, note: string, internal: boolean) => ({
      data: (await request(`mutation($id: ID!, $note: String!, $internal: Boolean!) { result: addReturnRequestNote(id: $id, note: $note, internal: $internal) { id } }`, { id, note, internal }, 'mutation')).result,
    }),
    complaintSummary: async (month: string) => ({
      data: (await request(`query complaintSummary($month: String!) { result: complaintSummary(month: $month) { month total byCategory { ${SUMMARY_ROW} } byStation { ${SUMMARY_ROW} } byProduct { ${SUMMARY_ROW} } } }`, { month }, 'query'))
        .result as ComplaintSummary,
    }),
    /** The no-login page of a return's progress. */
    trackReturnRequestByToken: async (token: string) => ({
      data: (await request(`query trackReturnRequestByToken($token: String!) { result: trackReturnRequestByToken(token: $token) { number kind status goods refundTotal rejectReason requestedAt completedAt steps { at action status department summary } } }`, { token }, 'query'))
        .result as ReturnTracking,
    }),
  };
}
