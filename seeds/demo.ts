import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { loadConfig } from '../api/src/config';
import { withoutAudit } from '../api/src/modules/audit/audit-context';
import { Code } from '../api/src/modules/code-table/code.entity';
import { Customer } from '../api/src/modules/customer/customer.entity';
import { Product } from '../api/src/modules/product/product.entity';
import { Setting } from '../api/src/modules/settings/setting.entity';
import { ServiceStation } from '../api/src/modules/station/service-station.entity';
import { seedAccounts } from './master-data/accounts';
import { seedCatalog, type SeededCatalog } from './master-data/catalog';
import { seedCodeTables } from './master-data/code-tables';
import { seedCustomers, type CustomerRow } from './master-data/customers';
import { seedFees } from './master-data/fees';
import { seedNetwork, type SeededNetwork } from './master-data/network';
import { seedParts } from './master-data/parts';
import { seedProductUnits } from './master-data/product-units';
import { seedRegions, type SeededRegions } from './master-data/regions';
import { seedContext, type SeedContext } from './seed-context';
import { seedServiceOrders } from './service-orders';
import { seedStock } from './stock';
import { seedAfterSales } from './after-sales';

export { DEMO_LOGINS, DEMO_PARTNER, DEMO_PARTNER_KEY } from './data/accounts';

/** The settings row that says the demo data is in: its presence makes seeding a no-op. */
export const DEMO_MARKER = 'demo_data';
/** Any fixed number: the advisory lock that makes processes starting at once on one database seed in turn. */
const SEED_LOCK = 0x5eed_de30;

export interface SeedDemoOptions {
  log?: (line: string) => void;
  /** The business time zone "today" is counted in (default: BUSINESS_TZ, as the API reads it). */
  timeZone?: string;
  /** The seeding moment; dates are spread back from it. */
  now?: Date;
}

/** What the master data seeders created, for the seeders that build on it (service orders next). */
export interface MasterData {
  regions: SeededRegions;
  catalog: SeededCatalog;
  network: SeededNetwork;
  customers: CustomerRow[];
  counts: Record<string, number>;
}

/**
 * Seeds the demo data once, in one transaction: a failure leaves nothing half-written.
 * Returns false when the demo data is already there, or when the database holds master data of
 * its own (a partner's database), which the demo data would only muddle.
 */
export async function seedDemo(orm: MikroORM, opts: SeedDemoOptions = {}): Promise<boolean> {
  const started = Date.now();
  const log = opts.log ?? (() => undefined);
  const em = orm.em.fork();
  const counts = await withoutAudit(() =>
    em.transactional(async (tx) => {
      // A batch job, not a request: waiting for another seeder or writing thousands of rows may
      // take longer than the API's statement timeout.
      await tx.getConnection().execute('set local statement_timeout = 0', [], 'run', tx.getTransactionContext());
      await tx.getConnection().execute('select pg_advisory_xact_lock(?)', [SEED_LOCK], 'all', tx.getTransactionContext());
      if (await tx.findOne(Setting, DEMO_MARKER)) return undefined;
      if (await holdsMasterData(tx)) {
        log('The database already holds master data of its own: demo data not added');
        return undefined;
      }
      const timeZone = opts.timeZone ?? loadConfig().timeZone;
      const ctx = seedContext(tx, { timeZone, now: opts.now });
      const master = await seedMasterData(ctx);
      const orders = await seedServiceOrders(tx, { timeZone, now: ctx.now });
      const stock = await seedStock(tx, { timeZone, now: ctx.now });
      const afterSales = await seedAfterSales(tx, { timeZone, now: ctx.now });
      const counts = { ...master.counts, serviceOrders: orders.orders, timelineEvents: orders.events, ...stock, ...afterSales };
      await tx.insert(Setting, { key: DEMO_MARKER, value: { seededAt: ctx.now.toISOString(), counts }, updatedAt: ctx.now });
      return counts;
    }),
  );
  if (!counts) return false;
  const summary = Object.entries(counts).map(([what, n]) => `${n} ${what}`);
  log(`Demo data: ${summary.join(', ')} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  return true;
}

/** The area seeders in dependency order, each given what the earlier ones created. */
export async function seedMasterData(ctx: SeedContext): Promise<MasterData> {
  const regions = await seedRegions(ctx);
  const catalog = await seedCatalog(ctx);
  const codeTables = await seedCodeTables(ctx, catalog);
  const network = await seedNetwork(ctx, regions);
  const parts = await seedParts(ctx, catalog);
  const fees = await seedFees(ctx, catalog);
  const customers = await seedCustomers(ctx, regions, network);
  const units = await seedProductUnits(ctx, catalog, customers, network);
  const accounts = await seedAccounts(ctx, catalog, network);
  const counts = {
    regions: regions.count,
    manufacturers: catalog.manufacturerId.size,
    brands: catalog.brandId.size,
    categories: catalog.categories.size,
    products: catalog.products.length,
    codeGroups: codeTables.groups,
    codes: codeTables.codes,
    stations: network.stations.length,
    technicians: network.technicians.length,
    warehouses: network.warehouses,
    ...parts,
    ...fees,
    customers: customers.length,
    ...units,
    ...accounts,
  };
  return { regions, catalog, network, customers, counts };
}

async function holdsMasterData(em: EntityManager): Promise<boolean> {
  for (const entity of [Product, Customer, ServiceStation, Code]) {
    if (await em.count(entity as never, {})) return true;
  }
  return false;
}
