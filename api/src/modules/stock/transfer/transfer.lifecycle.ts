import { defineLifecycle } from '../../../common/lifecycle/lifecycle';
import { recordStockEvent } from '../documents/document-events';
import { KEEPER } from '../documents/document-steps';
import { StockAction, TransferStatus as S } from '../stock.enums';
import { StockTransfer, StockTransferEvent } from './transfer.entity';
import './transfer.policy';

export type TransferAction = StockAction.SHIP | StockAction.RECEIVE | StockAction.CANCEL;

/** 调拨: the source ships it (out of stock there, in transit), the destination receives it (into stock there). */
export const TRANSFER_LIFECYCLE = defineLifecycle<S, TransferAction, StockTransfer>({
  entity: StockTransfer,
  statusEnum: 'TransferStatus',
  actionEnum: 'StockAction',
  describe: (d) => ({ zh: `调拨单 ${d.number}`, en: `Transfer ${d.number}` }),
  stationOf: (d) => d.stationId,
  isClosed: (d) => d.status === S.RECEIVED || d.status === S.CANCELLED,
  record: (sc, doc, e) => recordStockEvent(sc, StockTransferEvent, doc, e),
  steps: {
    [StockAction.SHIP]: { from: [S.APPLIED], to: S.IN_TRANSIT, roles: KEEPER, station: true, stationRoles: KEEPER, mutation: 'shipStockTransfer', input: 'NoteInput' },
    [StockAction.RECEIVE]: {
      from: [S.IN_TRANSIT],
      to: S.RECEIVED,
      roles: KEEPER,
      station: true,
      stationRoles: KEEPER,
      // The destination's keepers receive it.
      stationOf: (d) => d.toStationId,
      mutation: 'receiveStockTransfer',
      input: 'NoteInput',
    },
    [StockAction.CANCEL]: { from: [S.APPLIED], to: S.CANCELLED, roles: KEEPER, station: true, stationRoles: KEEPER, mutation: 'cancelStockTransfer', input: 'ReasonInput!' },
  },
});
