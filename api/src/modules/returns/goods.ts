import type { ServiceContext } from '../../common/service-context';
import type { TimelineLine } from '../../common/lifecycle/lifecycle';
import { Part } from '../part/part.entity';
import { Product } from '../product/product.entity';
import type { Warehouse } from '../station/warehouse.entity';
import { postMovements, type Posted } from '../stock/ledger/posting';
import { MovementKind, StockDocumentType } from '../stock/stock.enums';
import type { ReturnLine, ReturnRequest } from './return-request.entity';
import './return-request.labels';

/** How goods of a return request move: the stock ledger's kinds of the same names. */
export type GoodsMovementKind = MovementKind.RETURN_IN | MovementKind.EXCHANGE_IN | MovementKind.EXCHANGE_OUT;

export interface GoodsMovement {
  line: ReturnLine;
  /** What moves: the line's product, or the replacement's. */
  productId: string;
  quantity: number;
}

export const returnRef = (r: ReturnRequest) => ({ type: StockDocumentType.RETURN_REQUEST, id: r.id, number: r.number });

/**
 * The stock item of a whole product (整机), created the first time its goods move: code `FG-` +
 * the model number, at the product's list price as cost (returned goods come in at what they
 * were sold for; the moving average takes it from there).
 */
export async function stockItemsOf(sc: ServiceContext, productIds: readonly string[]): Promise<Map<string, Part>> {
  const ids = [...new Set(productIds)];
  const found = await sc.em.find(Part, { product: { $in: ids } });
  const out = new Map(found.map((p) => [p.productId!, p]));
  const missing = ids.filter((id) => !out.has(id));
  if (missing.length) {
    for (const product of await sc.em.find(Product, { id: { $in: missing } })) {
      const part = sc.em.create(Part, {
        code: `FG-${product.modelNumber}`.slice(0, 40),
        name: product.name.slice(0, 100),
        spec: product.modelNumber,
        unit: '台',
        product,
        costPrice: product.listPrice ?? 0,
        salePrice: product.listPrice ?? 0,
        createdAt: sc.now(),
        updatedAt: sc.now(),
      } as never);
      sc.em.persist(part);
      out.set(product.id, part);
    }
    await sc.em.flush();
  }
  return out;
}

/**
 * The one place goods of a return request move: back in (return in / exchange in) or out
 * (exchange out), posted to the stock ledger with the request's number as their document. A
 * replacement the warehouse does not hold is INSUFFICIENT_STOCK, and nothing of the step is kept.
 */
export async function moveGoods(
  sc: ServiceContext,
  request: ReturnRequest,
  warehouse: Warehouse,
  kind: GoodsMovementKind,
  movements: readonly GoodsMovement[],
): Promise<{ posted: Posted[]; lines: TimelineLine[] }> {
  if (!movements.length) return { posted: [], lines: [] };
  const items = await stockItemsOf(sc, movements.map((m) => m.productId));
  const out = kind === MovementKind.EXCHANGE_OUT;
  const posted = await postMovements(
    sc,
    returnRef(request),
    movements.map((m) => ({
      partId: items.get(m.productId)!.id,
      warehouseId: warehouse.id,
      quantity: out ? -m.quantity : m.quantity,
      kind,
      unitCost: out ? undefined : m.line.unitPrice,
      serviceOrderId: request.serviceOrderId,
    })),
  );
  for (const m of movements) {
    if (out) m.line.shippedQuantity += m.quantity;
    else m.line.receivedQuantity += m.quantity;
  }
  if (!out) request.warehouse = warehouse as never;
  return {
    posted,
    lines: [{ t: 'return.posted', p: { kind, number: request.number, warehouse: warehouse.name, moved: posted.map((p) => `${p.quantity > 0 ? '+' : '−'}${Math.abs(p.quantity)}`).join(', ') }, e: { kind: 'MovementKind' } }],
  };
}
