import type { FilterQuery } from '@mikro-orm/core';
import { definePolicy, NOTHING, type Redactions } from '../../common/access/policy';
import type { Actor } from '../auth/actor';
import { hasRole, isPartner } from '../../common/access/actors';
import { forbidden, registerTableName } from '../../common/errors';
import { Role } from '../auth/role';
import { ServiceStation } from './service-station.entity';
import { Technician } from './technician.entity';
import { Warehouse } from './warehouse.entity';

export const STATION_LABELS = {
  station: { zh: '维修站', en: 'service station' },
  technician: { zh: '维修员', en: 'technician' },
  warehouse: { zh: '仓库', en: 'warehouse' },
};
registerTableName('service_station', STATION_LABELS.station);
registerTableName('technician', STATION_LABELS.technician);
registerTableName('warehouse', STATION_LABELS.warehouse);

/** Station staff and service networks see their own station only; the office and other partners the network. */
export const STATION_POLICY = definePolicy(ServiceStation, {
  resource: 'serviceStation',
  label: STATION_LABELS.station,
  scope: (actor) => (actor.stationId ? { id: actor.stationId } : undefined),
});

const PAY_FIELDS = ['baseWage', 'wageCap', 'commissionCoefficient'];
/** Managers and finance reviewers read pay; one tied to a station sees only its technicians anyway (the record scope). */
const mayReadPay = (actor: Actor) => hasRole(actor, Role.MANAGER, Role.FINANCE_REVIEWER);

/**
 * Whose pay (base wage, cap, coefficient, and so the commission report) the actor reads: office
 * managers and finance reviewers every technician's, those tied to a station their station's, a
 * user who is a technician (`User.technician`) their own; `null` for none (FORBIDDEN), partners
 * included. One rule for the commission report, its export, its adjustments and the panel's menu.
 */
export function payScope(actor: Actor | undefined): FilterQuery<Technician> | undefined | null {
  if (!actor) return null;
  if (actor.kind === 'system') return undefined;
  if (isPartner(actor)) return null;
  if (mayReadPay(actor)) return actor.stationId ? { station: actor.stationId } : undefined;
  if (actor.technicianId) return { id: actor.technicianId };
  return null;
}
const HIDE_PAY: Redactions = { baseWage: 'hide', wageCap: 'hide', commissionCoefficient: 'hide' };
const PARTNER_HIDDEN: Redactions = { ...HIDE_PAY, mobile: 'hide' };
/** What station staff may change of their colleagues: where they are. */
const STATION_STAFF_FIELDS = ['status'];

/**
 * Technicians: station staff and service networks see their station's; other partners none
 * (staff identities stay internal). Pay is set by the office's administrators and managers and
 * read by managers and finance (a station's: its own technicians'); station staff change only a
 * colleague's status. A technician reads their own pay in the commission report, not here.
 */
export const TECHNICIAN_POLICY = definePolicy(Technician, {
  resource: 'technician',
  label: STATION_LABELS.technician,
  scope: (actor) => (actor.stationId ? { station: actor.stationId } : isPartner(actor) ? NOTHING : undefined),
  redactable: ['baseWage', 'wageCap', 'commissionCoefficient', 'mobile'],
  redact: (actor) => (isPartner(actor) ? PARTNER_HIDDEN : mayReadPay(actor) ? undefined : HIDE_PAY),
  write: (actor, changed) => {
    const pay = changed.find((f) => PAY_FIELDS.includes(f));
    if (pay && (actor.stationId || !hasRole(actor, Role.MANAGER))) throw forbidden(`technician.${pay}`);
    const other = actor.stationId && changed.find((f) => !STATION_STAFF_FIELDS.includes(f));
    if (other) throw forbidden(`technician.${other}`);
  },
});

export const WAREHOUSE_POLICY = definePolicy(Warehouse, {
  resource: 'warehouse',
  label: STATION_LABELS.warehouse,
  scope: (actor) => (actor.stationId ? { station: actor.stationId } : isPartner(actor) ? NOTHING : undefined),
});
