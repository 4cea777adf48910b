import { defineLifecycle } from '../../../common/lifecycle/lifecycle';
import { Role } from '../../auth/role';
import { recordStockEvent } from '../documents/document-events';
import { KEEPER } from '../documents/document-steps';
import { StockAction, StockOutStatus as S } from '../stock.enums';
import { StockOut, StockOutEvent } from './stock-out.entity';
import './stock-out.policy';

export type StockOutAction = StockAction.PROCESS | StockAction.ISSUE | StockAction.CLOSE | StockAction.CANCEL;
const KEEPER_OR_MANAGER = [Role.PARTS_KEEPER, Role.MANAGER];

/** 出库单: applied → processing (checked) → issued (the only step that moves stock) → closed. */
export const STOCK_OUT_LIFECYCLE = defineLifecycle<S, StockOutAction, StockOut>({
  entity: StockOut,
  statusEnum: 'StockOutStatus',
  actionEnum: 'StockAction',
  describe: (d) => ({ zh: `出库单 ${d.number}`, en: `Stock out ${d.number}` }),
  stationOf: (d) => d.stationId,
  isClosed: (d) => d.status === S.CLOSED || d.status === S.CANCELLED,
  record: (sc, doc, e) => recordStockEvent(sc, StockOutEvent, doc, e),
  steps: {
    [StockAction.PROCESS]: { from: [S.APPLIED], to: S.PROCESSING, roles: KEEPER_OR_MANAGER, station: true, stationRoles: KEEPER, mutation: 'processStockOut', input: 'NoteInput' },
    [StockAction.ISSUE]: { from: [S.PROCESSING], to: S.ISSUED, roles: KEEPER, station: true, stationRoles: KEEPER, mutation: 'issueStockOut', input: 'NoteInput' },
    [StockAction.CLOSE]: { from: [S.ISSUED], to: S.CLOSED, roles: KEEPER, station: true, stationRoles: KEEPER, mutation: 'closeStockOut', input: 'NoteInput' },
    [StockAction.CANCEL]: {
      from: [S.APPLIED, S.PROCESSING],
      to: S.CANCELLED,
      roles: KEEPER_OR_MANAGER,
      station: true,
      stationRoles: KEEPER,
      mutation: 'cancelStockOut',
      input: 'ReasonInput!',
    },
  },
});
