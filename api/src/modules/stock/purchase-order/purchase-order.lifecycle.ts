import { defineLifecycle } from '../../../common/lifecycle/lifecycle';
import { Role } from '../../auth/role';
import { recordStockEvent } from '../documents/document-events';
import { KEEPER } from '../documents/document-steps';
import { PurchaseOrderStatus as S, StockAction } from '../stock.enums';
import { PurchaseOrder, PurchaseOrderEvent } from './purchase-order.entity';
import './purchase-order.policy';

export type PurchaseOrderAction = StockAction.PLACE | StockAction.RECEIVE | StockAction.FINISH | StockAction.CANCEL;
const KEEPER_OR_MANAGER = [Role.PARTS_KEEPER, Role.MANAGER];

/**
 * 采购订单 (DOMAIN.md): applied → ordering (placed with the supplier) → received. Deliveries may
 * come in parts: the order stays ordering until nothing is outstanding, or is finished short when
 * the rest will not come.
 */
export const PURCHASE_ORDER_LIFECYCLE = defineLifecycle<S, PurchaseOrderAction, PurchaseOrder>({
  entity: PurchaseOrder,
  statusEnum: 'PurchaseOrderStatus',
  actionEnum: 'StockAction',
  describe: (d) => ({ zh: `采购订单 ${d.number}`, en: `Purchase order ${d.number}` }),
  stationOf: (d) => d.stationId,
  isClosed: (d) => d.status === S.RECEIVED || d.status === S.CANCELLED,
  record: (sc, doc, e) => recordStockEvent(sc, PurchaseOrderEvent, doc, e),
  steps: {
    [StockAction.PLACE]: { from: [S.APPLIED], to: S.ORDERING, roles: KEEPER_OR_MANAGER, station: true, stationRoles: KEEPER, mutation: 'placePurchaseOrder', input: 'NoteInput' },
    [StockAction.RECEIVE]: {
      from: [S.ORDERING],
      to: S.RECEIVED,
      roles: KEEPER,
      station: true,
      stationRoles: KEEPER,
      until: (d) => d.outstandingQuantity === 0,
      mutation: 'receivePurchaseOrder',
      input: 'PurchaseReceiptInput',
    },
    [StockAction.FINISH]: {
      from: [S.ORDERING],
      to: S.RECEIVED,
      roles: KEEPER_OR_MANAGER,
      station: true,
      stationRoles: KEEPER,
      // Finishing short is for an order that got something; one that got nothing is cancelled.
      applies: (d) => !!d.receivedAt,
      mutation: 'finishPurchaseOrder',
      input: 'ReasonInput!',
    },
    [StockAction.CANCEL]: {
      from: [S.APPLIED, S.ORDERING],
      to: S.CANCELLED,
      roles: KEEPER_OR_MANAGER,
      station: true,
      stationRoles: KEEPER,
      applies: (d) => !d.receivedAt,
      mutation: 'cancelPurchaseOrder',
      input: 'ReasonInput!',
    },
  },
});
