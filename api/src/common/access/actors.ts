import type { Actor } from '../../modules/auth/actor';
import { Role } from '../../modules/auth/role';

/** The kinds of caller the access policies tell apart. */
export const isPartner = (a: Actor) => a.kind === 'partner';
/** A manufacturer's key: its own products, units and orders. */
export const isMakerKey = (a: Actor) => a.kind === 'partner' && !!a.manufacturerId;
/** An external service network's key: one station's work. */
export const isNetworkKey = (a: Actor) => a.kind === 'partner' && !!a.stationId;
/** Any other key (retailers): what it created. */
export const isRetailerKey = (a: Actor) => a.kind === 'partner' && !a.manufacturerId && !a.stationId;
/** A person tied to a station (never an administrator). */
export const isStationStaff = (a: Actor) => a.kind === 'user' && !!a.stationId;
export const hasRole = (a: Actor, ...roles: Role[]) => a.kind === 'system' || a.roles.includes(Role.ADMIN) || roles.some((r) => a.roles.includes(r));
/** The back office: administrators, dispatchers and managers, not tied to a station. */
export const isOffice = (a: Actor) => a.kind === 'system' || (a.kind === 'user' && !a.stationId && hasRole(a, Role.DISPATCHER, Role.MANAGER));
