import type { TimelineLine } from '../../../common/lifecycle/lifecycle';
import { Role } from '../../auth/role';
import type { Posted } from '../ledger/posting';
import type { Part } from '../../part/part.entity';

/** Parts keepers keep stock: in the office for every warehouse, at a station for its own. */
export const KEEPER = [Role.PARTS_KEEPER] as const;

/** What a posting step says on the timeline: the parts and quantities that moved, signed. */
export function postedLines(posted: readonly Posted[], parts: ReadonlyMap<string, Pick<Part, 'name'>>, text = 'stock.posted'): TimelineLine[] {
  if (!posted.length) return [];
  return [{ t: text, p: { parts: posted.map((p) => `${parts.get(p.partId)?.name ?? p.partId} ${p.quantity > 0 ? '+' : '−'}${Math.abs(p.quantity)}`) } }];
}
