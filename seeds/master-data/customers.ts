import type { Faker } from '@faker-js/faker';
import { addDaysTo } from '../../api/src/common/dates';
import { Customer, CustomerKind, ServiceLevel } from '../../api/src/modules/customer/customer.entity';
import { StationKind } from '../../api/src/modules/station/service-station.entity';
import {
  COMMUNITIES,
  CUSTOMER_NOTES,
  DEALER_SUFFIXES,
  EMAIL_DOMAINS,
  ENTERPRISE_KINDS,
  STORE_SUFFIXES,
  TRADE_NAMES,
} from '../data/people';
import { atTime, landline, mobile, personName } from '../factories';
import type { SeedContext } from '../seed-context';
import type { SeededNetwork } from './network';
import type { DistrictRow, SeededRegions } from './regions';

export interface CustomerRow {
  id: string;
  name: string;
  kind: CustomerKind;
  district: DistrictRow;
  /** The days they bought units, oldest first; a customer is registered with their first purchase. */
  purchases: string[];
}

const COUNT = 560;
/** Purchases are spread evenly over the last three years. */
const HISTORY_DAYS = 3 * 365;

/**
 * Mostly households with a mobile (some with a landline too), plus dealers, stores (the network's
 * retail stores among them: the customers of pre-sale orders) and enterprises on contracts.
 */
export async function seedCustomers(ctx: SeedContext, regions: SeededRegions, network: SeededNetwork): Promise<CustomerRow[]> {
  const f = ctx.random('customers');
  const mobiles = new Set<string>();
  const names = new Set<string>();
  const rows: object[] = [];
  const customers: CustomerRow[] = [];

  const add = (kind: CustomerKind, district: DistrictRow, data: Partial<Record<keyof Customer, unknown>>) => {
    const purchases = purchaseDays(f, kind, ctx.today);
    const since = purchases[0] ?? addDaysTo(ctx.today, -f.number.int({ min: 1, max: HISTORY_DAYS }));
    const createdAt = atTime(since, f.number.int({ min: 60, max: 12 * 60 }));
    const row = ctx.row(
      {
        kind,
        region: district.id,
        email: null,
        mobile: null,
        phones: [] as string[],
        serviceLevel: ServiceLevel.NORMAL,
        defaultTechnician: null,
        notes: null,
        active: true,
        searchText: '',
        ...data,
      } as Record<string, unknown> & { name: string },
      createdAt,
    );
    // Bulk inserts skip the entity's hooks: apply the same rule the entity applies on create.
    Customer.prototype.refreshSearchText.call(row as unknown as Customer);
    rows.push(row);
    customers.push({ id: row.id, name: row.name, kind, district, purchases });
  };
  const uniqueName = (make: () => string) => {
    for (;;) {
      const name = make();
      if (!names.has(name)) {
        names.add(name);
        return name;
      }
    }
  };
  const technicianFor = (district: DistrictRow) => {
    const covering = network.technicians.filter((t) => t.regionIds.includes(district.id));
    return covering.length ? f.helpers.arrayElement(covering).id : null;
  };
  const cityOf = (d: DistrictRow) => d.city.name.replace(/(市辖区|市)$/, '');
  const street = (d: DistrictRow) => `${d.fullName}${f.helpers.arrayElement(d.data.roads)}${f.number.int({ min: 1, max: 888 })}号`;

  // The network's retail stores, as customers.
  for (const station of network.stations.filter((s) => s.kind === StationKind.RETAIL_STORE)) {
    add(CustomerKind.STORE, station.district, {
      name: uniqueName(() => station.name),
      mobile: mobile(f, mobiles),
      phones: [landline(f, station.district.city.areaCode)],
      address: station.address,
      serviceLevel: ServiceLevel.CONTRACT,
      notes: '本公司网络专卖店，售前不良品按次品单处理',
    });
  }

  while (rows.length < COUNT) {
    const district = f.helpers.arrayElement(regions.districts);
    const kind = f.helpers.weightedArrayElement([
      { weight: 88, value: CustomerKind.INDIVIDUAL },
      { weight: 3, value: CustomerKind.DEALER },
      { weight: 3, value: CustomerKind.STORE },
      { weight: 6, value: CustomerKind.ENTERPRISE },
    ]);
    if (kind === CustomerKind.INDIVIDUAL) {
      const phones: string[] = [];
      if (f.number.int(100) < 25) phones.push(landline(f, district.city.areaCode));
      if (f.number.int(100) < 6) phones.push(mobile(f, mobiles));
      add(kind, district, {
        name: personName(f),
        mobile: mobile(f, mobiles),
        phones,
        email: f.number.int(100) < 12 ? email(f) : null,
        address: `${street(district)}${f.helpers.arrayElement(COMMUNITIES)}${f.number.int({ min: 1, max: 32 })}栋${f.number.int({ min: 1, max: 4 })}单元${f.number.int({ min: 1, max: 33 })}${String(f.number.int({ min: 1, max: 4 })).padStart(2, '0')}室`,
        serviceLevel: f.number.int(100) < 7 ? ServiceLevel.VIP : ServiceLevel.NORMAL,
        defaultTechnician: f.number.int(100) < 8 ? technicianFor(district) : null,
        notes: f.number.int(100) < 10 ? f.helpers.arrayElement(CUSTOMER_NOTES) : null,
        active: f.number.int(100) >= 1,
      });
    } else {
      const name = uniqueName(() => {
        const trade = f.helpers.arrayElement(TRADE_NAMES);
        if (kind === CustomerKind.DEALER) return `${cityOf(district)}${trade}${f.helpers.arrayElement(DEALER_SUFFIXES)}`;
        if (kind === CustomerKind.STORE) return `${trade}${f.helpers.arrayElement(STORE_SUFFIXES)}（${district.name.replace(/区$/, '')}店）`;
        return `${cityOf(district)}${trade}${f.helpers.arrayElement(ENTERPRISE_KINDS)}`;
      });
      const contract = f.number.int(100) < (kind === CustomerKind.ENTERPRISE ? 60 : 40);
      add(kind, district, {
        name,
        // The contact person's mobile, when known.
        mobile: f.number.int(100) < 70 ? mobile(f, mobiles) : null,
        phones: [landline(f, district.city.areaCode)],
        email: f.number.int(100) < 40 ? email(f) : null,
        address: street(district),
        serviceLevel: contract ? ServiceLevel.CONTRACT : f.number.int(100) < 25 ? ServiceLevel.VIP : ServiceLevel.NORMAL,
        defaultTechnician: f.number.int(100) < 50 ? technicianFor(district) : null,
        notes: contract ? `联系人：${personName(f)}；签约维保客户，空调每年保养两次` : null,
      });
    }
  }
  await ctx.insert(Customer, rows);
  return customers;
}

/** How many units a customer bought, and when: households a few over the years, enterprises in batches. */
function purchaseDays(f: Faker, kind: CustomerKind, today: string): string[] {
  const day = () => addDaysTo(today, -f.number.int({ min: 0, max: HISTORY_DAYS - 1 }));
  let days: string[];
  switch (kind) {
    case CustomerKind.INDIVIDUAL: {
      const count = f.helpers.weightedArrayElement([
        { weight: 40, value: 1 },
        { weight: 35, value: 2 },
        { weight: 17, value: 3 },
        { weight: 8, value: 4 },
      ]);
      days = Array.from({ length: count }, day);
      break;
    }
    case CustomerKind.ENTERPRISE: {
      const batches = Array.from({ length: f.number.int({ min: 1, max: 3 }) }, day);
      days = Array.from({ length: f.number.int({ min: 8, max: 25 }) }, () => f.helpers.arrayElement(batches));
      break;
    }
    case CustomerKind.STORE:
      // Display and stock units: the goods of pre-sale orders.
      days = Array.from({ length: f.number.int({ min: 1, max: 4 }) }, day);
      break;
    default:
      days = Array.from({ length: f.number.int({ min: 0, max: 1 }) }, day);
  }
  return days.sort();
}

function email(f: Faker): string {
  const domain = f.helpers.arrayElement(EMAIL_DOMAINS);
  const user = domain === 'qq.com' || domain === 'foxmail.com' ? f.string.numeric({ length: { min: 8, max: 10 }, allowLeadingZeros: false }) : f.internet.username().toLowerCase();
  return `${user}@${domain}`;
}
