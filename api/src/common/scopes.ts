import type { Actor } from '../modules/auth/actor';

/** Station staff and service-network partners: only records of their station. */
export function byStation(path: string) {
  return (actor: Actor) => (actor.stationId ? { [path]: actor.stationId } : undefined);
}

/** Manufacturer partners: only records of their manufacturer. */
export function byManufacturer(path: string) {
  const segments = path.split('.');
  return (actor: Actor) => {
    if (!actor.manufacturerId) return undefined;
    return segments.reduceRight<unknown>((acc, key) => ({ [key]: acc }), actor.manufacturerId) as object;
  };
}
