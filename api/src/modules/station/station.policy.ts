import { definePolicy, NOTHING, type Redactions } from '../../common/access/policy';
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
const mayReadPay = (actor: Parameters<typeof hasRole>[0]) => !actor.stationId && hasRole(actor, Role.MANAGER, Role.FINANCE_REVIEWER);
const HIDE_PAY: Redactions = { baseWage: 'hide', wageCap: 'hide', commissionCoefficient: 'hide' };
const PARTNER_HIDDEN: Redactions = { ...HIDE_PAY, mobile: 'hide' };
/** What station staff may change of their colleagues: where they are. */
const STATION_STAFF_FIELDS = ['status'];

/**
 * Technicians: station staff and service networks see their station's; other partners none
 * (staff identities stay internal). Pay is read and set by administrators and managers (finance
 * reads it); station staff change only a colleague's status.
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
