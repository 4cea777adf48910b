import { definePolicy, type Redactions } from '../../common/access/policy';
import { isNetworkKey, isOffice, isPartner } from '../../common/access/actors';
import { maskName, maskPhone } from '../../common/access/masks';
import { forbidden, registerTableName } from '../../common/errors';
import { Customer } from './customer.entity';

export const CUSTOMER_LABEL = { zh: '客户', en: 'customer' };
registerTableName('customer', CUSTOMER_LABEL);

const MASKED: Redactions = { name: maskName, mobile: maskPhone, phones: maskPhone, email: 'hide', address: 'hide', notes: 'hide' };
/** A service network visits the customer: it keeps name, phones and address, not the office's notes. */
const NETWORK: Redactions = { email: 'hide', notes: 'hide' };

/** Set only by the office: the level shortens SLA deadlines, the default technician steers dispatch. */
const OFFICE_FIELDS = ['serviceLevel', 'defaultTechnicianId'];

/**
 * People see every customer (station staff serve walk-ins). Partners see a customer only through
 * their own records, masked: a manufacturer through its units or orders, a service network
 * through orders at its station, a retailer the customers it registered or filed orders for.
 */
export const CUSTOMER_POLICY = definePolicy(Customer, {
  resource: 'customer',
  label: CUSTOMER_LABEL,
  scope: (actor) => {
    if (actor.kind !== 'partner') return undefined;
    if (actor.manufacturerId) {
      const maker = { product: { manufacturer: actor.manufacturerId } };
      return { $or: [{ ownedUnits: { $some: maker } }, { orders: { $some: maker } }] };
    }
    if (actor.stationId) return { orders: { $some: { station: actor.stationId } } };
    return { $or: [{ createdByApiKey: actor.id }, { orders: { $some: { createdByApiKey: actor.id } } }] };
  },
  redactable: ['name', 'mobile', 'phones', 'email', 'address', 'notes'],
  redact: (actor) => (isNetworkKey(actor) ? NETWORK : isPartner(actor) ? MASKED : undefined),
  write: (actor, changed) => {
    const field = changed.find((f) => OFFICE_FIELDS.includes(f));
    if (field && !isOffice(actor)) throw forbidden(`customer.${field}`);
  },
});
