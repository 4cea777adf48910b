import { NOTHING, type Redactions } from '../../../common/access/policy';
import { isPartner } from '../../../common/access/actors';
import type { Actor } from '../../auth/actor';

/**
 * Stock is kept per warehouse: station staff (and a service network's key granted stock) see their
 * station's warehouses' documents and stock; other partner keys none; the office all.
 */
export function stationScope(actor: Actor, ...stationFields: string[]): Scope {
  if (actor.stationId) {
    const fields = stationFields.length ? stationFields : ['station'];
    const each = fields.map((f) => ({ [f]: actor.stationId }));
    return (each.length === 1 ? each[0] : { $or: each }) as Scope;
  }
  return isPartner(actor) ? (NOTHING as Scope) : undefined;
}

/**
 * A scope condition as the policies take it, left untyped on purpose: checking a generic condition
 * against MikroORM's FilterQuery of each document entity (down to service orders) exhausts the compiler.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Scope = any;

/** Rows of a warehouse (balances, ledger): station staff and a service network's key see their station's warehouses. */
export function warehouseScope(actor: Actor): Scope {
  if (actor.stationId) return { warehouse: { station: actor.stationId } } as Scope;
  return isPartner(actor) ? (NOTHING as Scope) : undefined;
}

/** Rows of a service order (how its parts were issued, what brings them): as the order's station. */
export function orderScope(actor: Actor): Scope {
  if (actor.stationId) return { serviceOrder: { station: actor.stationId } } as Scope;
  return isPartner(actor) ? (NOTHING as Scope) : undefined;
}

/** Partners never see what parts cost us, nor who in the company did what. */
export const partnerHides =
  (...fields: string[]) =>
  (actor: Actor): Redactions | undefined =>
    isPartner(actor) ? Object.fromEntries(fields.map((f) => [f, 'hide' as const])) : undefined;
