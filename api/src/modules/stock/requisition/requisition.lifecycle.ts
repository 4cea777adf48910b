import { defineLifecycle } from '../../../common/lifecycle/lifecycle';
import { Role } from '../../auth/role';
import { recordStockEvent } from '../documents/document-events';
import { KEEPER } from '../documents/document-steps';
import { RequisitionStatus as S, StockAction } from '../stock.enums';
import { Requisition, RequisitionEvent } from './requisition.entity';
import './requisition.policy';

export type RequisitionAction =
  | StockAction.APPROVE
  | StockAction.REJECT
  | StockAction.ISSUE
  | StockAction.RETURN
  | StockAction.CLOSE
  | StockAction.CANCEL;
const MANAGER = [Role.MANAGER];
const HOLDERS = [Role.PARTS_KEEPER, Role.TECHNICIAN];

/**
 * 领用单 (DOMAIN.md): applied → processing (a manager approved) → issued (the keeper posts it out
 * to the technician) → closed once nothing is held; returns may come in any number of times.
 */
export const REQUISITION_LIFECYCLE = defineLifecycle<S, RequisitionAction, Requisition>({
  entity: Requisition,
  statusEnum: 'RequisitionStatus',
  actionEnum: 'StockAction',
  describe: (d) => ({ zh: `领用单 ${d.number}`, en: `Requisition ${d.number}` }),
  stationOf: (d) => d.stationId,
  isClosed: (d) => [S.CLOSED, S.REJECTED, S.CANCELLED].includes(d.status),
  record: (sc, doc, e) => recordStockEvent(sc, RequisitionEvent, doc, e),
  steps: {
    [StockAction.APPROVE]: { from: [S.APPLIED], to: S.PROCESSING, roles: MANAGER, station: true, stationRoles: MANAGER, mutation: 'approveRequisition', input: 'NoteInput' },
    [StockAction.REJECT]: { from: [S.APPLIED], to: S.REJECTED, roles: MANAGER, station: true, stationRoles: MANAGER, mutation: 'rejectRequisition', input: 'ReasonInput!' },
    [StockAction.ISSUE]: { from: [S.PROCESSING], to: S.ISSUED, roles: KEEPER, station: true, stationRoles: KEEPER, mutation: 'issueRequisition', input: 'NoteInput' },
    [StockAction.RETURN]: {
      from: [S.ISSUED],
      to: S.ISSUED,
      roles: KEEPER,
      station: true,
      stationRoles: HOLDERS,
      mutation: 'returnRequisitionParts',
      input: 'RequisitionReturnInput!',
    },
    [StockAction.CLOSE]: {
      from: [S.ISSUED],
      to: S.CLOSED,
      roles: KEEPER,
      station: true,
      stationRoles: KEEPER,
      // Closed once every issued part is used or back (old parts not returned are said on the timeline).
      applies: (d) => d.heldQuantity === 0,
      mutation: 'closeRequisition',
      input: 'NoteInput',
    },
    [StockAction.CANCEL]: {
      from: [S.APPLIED, S.PROCESSING],
      to: S.CANCELLED,
      roles: [Role.PARTS_KEEPER, Role.MANAGER],
      station: true,
      stationRoles: HOLDERS,
      mutation: 'cancelRequisition',
      input: 'ReasonInput!',
    },
  },
});
