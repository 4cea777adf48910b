import { labelledEnum } from '../../graphql/enums';
import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import type { Warehouse } from '../station/warehouse.entity';
import type { ReturnLine, ReturnRequest } from './return-request.entity';
import './return-request.labels';

/** How goods of a return request move (the stock ledger's kinds of the same names). */
export enum GoodsMovementKind {
  RETURN_IN = 'return_in',
  EXCHANGE_IN = 'exchange_in',
  EXCHANGE_OUT = 'exchange_out',
}
labelledEnum(GoodsMovementKind, 'GoodsMovementKind', { description: '售后出入库 How goods of a return request move' });

export interface GoodsMovement {
  line: ReturnLine;
  /** What moves: the line's product (and unit), or the replacement's. */
  productId: string;
  productUnitId: string | null;
  quantity: number;
}

/**
 * The one place goods of a return request move: back in (return in / exchange in) or out
 * (exchange out), each movement carrying the request's number.
 *
 * Until the parts-stock ledger is on main, the lines keep what came back and what went out, and
 * the warehouse is the request's; the ledger postings replace this body, not its callers.
 */
export async function moveGoods(
  sc: ServiceContext,
  request: ReturnRequest,
  warehouse: Warehouse,
  kind: GoodsMovementKind,
  movements: readonly GoodsMovement[],
): Promise<TimelineLine[]> {
  for (const m of movements) {
    if (kind === GoodsMovementKind.EXCHANGE_OUT) m.line.shippedQuantity += m.quantity;
    else m.line.receivedQuantity += m.quantity;
  }
  if (kind !== GoodsMovementKind.EXCHANGE_OUT) request.warehouse = warehouse as never;
  void sc;
  return [];
}
