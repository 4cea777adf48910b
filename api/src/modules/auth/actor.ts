import type { Permission } from './permissions';
import { grants } from './permissions';
import type { Role } from './role';

/** Who is calling: a signed-in user, a partner system's key, or the system itself (seeds, jobs). */
export interface Actor {
  kind: 'user' | 'partner' | 'system';
  id: string;
  label: string;
  /** The person's name (a partner's: the key's name), for timelines and screens; `label` is the login. */
  displayName?: string;
  roles: Role[];
  permissions: ReadonlySet<string>;
  /** Station staff and service-network partners see only this station's records. */
  stationId?: string;
  /** A user who is this technician (`User.technician`): reads their own commission. */
  technicianId?: string;
  /** Manufacturer partners see only this manufacturer's products, units and orders. */
  manufacturerId?: string;
}

export function can(actor: Actor | undefined, permission: Permission): boolean {
  if (!actor) return false;
  return actor.kind === 'system' || grants(actor.permissions, permission);
}

export const SYSTEM_ACTOR: Actor = {
  kind: 'system',
  id: 'system',
  label: 'system',
  displayName: 'system',
  roles: [],
  permissions: new Set(),
};
