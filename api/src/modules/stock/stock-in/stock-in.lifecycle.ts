import { defineLifecycle } from '../../../common/lifecycle/lifecycle';
import { recordStockEvent } from '../documents/document-events';
import { KEEPER } from '../documents/document-steps';
import { StockAction, StockInStatus as S } from '../stock.enums';
import { StockIn, StockInEvent } from './stock-in.entity';
import './stock-in.policy';

export type StockInAction = StockAction.RECEIVE | StockAction.CLOSE | StockAction.CANCEL;

/** 入库单: applied → received (the only step that moves stock) → closed; cancelled before it is received. */
export const STOCK_IN_LIFECYCLE = defineLifecycle<S, StockInAction, StockIn>({
  entity: StockIn,
  statusEnum: 'StockInStatus',
  actionEnum: 'StockAction',
  describe: (d) => ({ zh: `入库单 ${d.number}`, en: `Stock in ${d.number}` }),
  stationOf: (d) => d.stationId,
  isClosed: (d) => d.status === S.CLOSED || d.status === S.CANCELLED,
  record: (sc, doc, e) => recordStockEvent(sc, StockInEvent, doc, e),
  steps: {
    [StockAction.RECEIVE]: { from: [S.APPLIED], to: S.RECEIVED, roles: KEEPER, station: true, stationRoles: KEEPER, mutation: 'receiveStockIn', input: 'NoteInput' },
    [StockAction.CLOSE]: { from: [S.RECEIVED], to: S.CLOSED, roles: KEEPER, station: true, stationRoles: KEEPER, mutation: 'closeStockIn', input: 'NoteInput' },
    [StockAction.CANCEL]: { from: [S.APPLIED], to: S.CANCELLED, roles: KEEPER, station: true, stationRoles: KEEPER, mutation: 'cancelStockIn', input: 'ReasonInput!' },
  },
});
