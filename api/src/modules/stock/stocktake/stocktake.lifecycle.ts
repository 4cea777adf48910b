import { defineLifecycle } from '../../../common/lifecycle/lifecycle';
import { recordStockEvent } from '../documents/document-events';
import { KEEPER } from '../documents/document-steps';
import { StockAction, StocktakeStatus as S } from '../stock.enums';
import { Stocktake, StocktakeEvent } from './stocktake.entity';
import './stocktake.policy';

export type StocktakeAction = StockAction.CONFIRM | StockAction.CANCEL;

/** 盘点: open (counts are entered, from a form or a CSV) → confirmed (gains and losses posted; read-only). */
export const STOCKTAKE_LIFECYCLE = defineLifecycle<S, StocktakeAction, Stocktake>({
  entity: Stocktake,
  statusEnum: 'StocktakeStatus',
  actionEnum: 'StockAction',
  describe: (d) => ({ zh: `盘点单 ${d.number}`, en: `Stocktake ${d.number}` }),
  stationOf: (d) => d.stationId,
  isClosed: (d) => d.status !== S.OPEN,
  record: (sc, doc, e) => recordStockEvent(sc, StocktakeEvent, doc, e),
  steps: {
    [StockAction.CONFIRM]: { from: [S.OPEN], to: S.CONFIRMED, roles: KEEPER, station: true, stationRoles: KEEPER, mutation: 'confirmStocktake', input: 'NoteInput' },
    [StockAction.CANCEL]: { from: [S.OPEN], to: S.CANCELLED, roles: KEEPER, station: true, stationRoles: KEEPER, mutation: 'cancelStocktake', input: 'ReasonInput!' },
  },
});
