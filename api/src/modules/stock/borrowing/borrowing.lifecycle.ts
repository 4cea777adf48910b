import { defineLifecycle } from '../../../common/lifecycle/lifecycle';
import { Role } from '../../auth/role';
import { recordStockEvent } from '../documents/document-events';
import { KEEPER } from '../documents/document-steps';
import { BorrowingStatus as S, StockAction } from '../stock.enums';
import { Borrowing, BorrowingEvent } from './borrowing.entity';
import './borrowing.policy';

export type BorrowingAction = StockAction.LEND | StockAction.RETURN | StockAction.CANCEL;
const HOLDERS = [Role.PARTS_KEEPER, Role.TECHNICIAN];

/** 借用: applied → lent (out of the warehouse) → returned once everything is back (returns may come in parts). */
export const BORROWING_LIFECYCLE = defineLifecycle<S, BorrowingAction, Borrowing>({
  entity: Borrowing,
  statusEnum: 'BorrowingStatus',
  actionEnum: 'StockAction',
  describe: (d) => ({ zh: `借用单 ${d.number}`, en: `Borrowing ${d.number}` }),
  stationOf: (d) => d.stationId,
  isClosed: (d) => d.status === S.RETURNED || d.status === S.CANCELLED,
  record: (sc, doc, e) => recordStockEvent(sc, BorrowingEvent, doc, e),
  steps: {
    [StockAction.LEND]: { from: [S.APPLIED], to: S.LENT, roles: KEEPER, station: true, stationRoles: KEEPER, mutation: 'lendBorrowing', input: 'NoteInput' },
    [StockAction.RETURN]: {
      from: [S.LENT],
      to: S.RETURNED,
      roles: KEEPER,
      station: true,
      stationRoles: HOLDERS,
      until: (d) => d.heldQuantity === 0,
      mutation: 'returnBorrowing',
      input: 'BorrowingReturnInput',
    },
    [StockAction.CANCEL]: { from: [S.APPLIED], to: S.CANCELLED, roles: KEEPER, station: true, stationRoles: HOLDERS, mutation: 'cancelBorrowing', input: 'ReasonInput!' },
  },
});
