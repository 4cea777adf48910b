import { badInput, fieldError } from '../../../common/errors';
import type { OrderPart } from '../../service-order/order-part.entity';

/**
 * A document's lines with the parts awaited by the linked order lines added: a given line is
 * raised to cover them, a missing one is added.
 */
export function withAwaited<L extends { partId: string; quantity: number }>(given: readonly L[] | undefined, awaited: readonly OrderPart[], make: (partId: string, quantity: number) => L): L[] {
  const lines = [...(given ?? [])];
  const need = new Map<string, number>();
  for (const a of awaited) need.set(a.partId, (need.get(a.partId) ?? 0) + a.quantity);
  for (const [partId, quantity] of need) {
    const line = lines.find((l) => l.partId === partId);
    if (!line) lines.push(make(partId, quantity));
    else if (line.quantity < quantity) line.quantity = quantity;
  }
  if (!lines.length) throw badInput([fieldError('lines', '不能为空（或给出待件配件）', 'must not be empty (or give awaited parts)')]);
  return lines;
}
