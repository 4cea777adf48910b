import { DistanceBand } from '../fee/fee-enums';
import { ServiceLevel } from '../customer/customer.entity';
import type { ServiceRules } from '../settings/service-rules';

export interface Point {
  latitude?: number | null;
  longitude?: number | null;
}

const EARTH_RADIUS_KM = 6371;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in km, or undefined when either point has no coordinates. */
export function distanceKm(a: Point, b: Point): number | undefined {
  if (a.latitude == null || a.longitude == null || b.latitude == null || b.longitude == null) return undefined;
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return Math.round(2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(h)) * 10) / 10;
}

/** Unknown distances count as far: the longest deadline, never a promise we cannot keep. */
export function bandOf(km: number | undefined, rules: ServiceRules): DistanceBand {
  if (km === undefined) return DistanceBand.FAR;
  if (km <= rules.nearKm) return DistanceBand.NEAR;
  if (km <= rules.middleKm) return DistanceBand.MIDDLE;
  return DistanceBand.FAR;
}

/** Hours to the SLA deadline: by band, shortened for VIP and contract customers (差异化服务). */
export function slaHours(band: DistanceBand, level: ServiceLevel, rules: ServiceRules): number {
  const base = { [DistanceBand.NEAR]: rules.nearHours, [DistanceBand.MIDDLE]: rules.middleHours, [DistanceBand.FAR]: rules.farHours }[band];
  const factor = level === ServiceLevel.VIP ? rules.vipFactor : level === ServiceLevel.CONTRACT ? rules.contractFactor : 1;
  return base * factor;
}

export function slaDue(receivedAt: Date, band: DistanceBand, level: ServiceLevel, rules: ServiceRules): Date {
  return new Date(receivedAt.getTime() + slaHours(band, level, rules) * 3600_000);
}
