// The ordered list of migrations, kept by `npm run migration:create`.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123143035_initial } from './Migration20261123143035_initial';
import { Migration20261123144915_service_orders } from './Migration20261123144915_service_orders';
import { Migration20261123145831_order_search } from './Migration20261123145831_order_search';
import { Migration20261123151331_auth_failure } from './Migration20261123151331_auth_failure';
import { Migration20261123155730_timeline_actions } from './Migration20261123155730_timeline_actions';
import { Migration20261201074128_partner_attribution } from './Migration20261201074128_partner_attribution';
import { Migration20261201080000_auth_tokens } from './Migration20261201080000_auth_tokens';
import { Migration20261201081944_structured_timeline } from './Migration20261201081944_structured_timeline';
import { Migration20261201091849_saved_queries } from './Migration20261201091849_saved_queries';
import { Migration20261201093527_exports } from './Migration20261201093527_exports';
import { Migration20261201094043_order_station_created } from './Migration20261201094043_order_station_created';
import { Migration20261201094226_stock } from './Migration20261201094226_stock';
import { Migration20261201094403_imports } from './Migration20261201094403_imports';
import { Migration20261201100457_analytics_indexes } from './Migration20261201100457_analytics_indexes';
import { Migration20261201104402_returns } from './Migration20261201104402_returns';
import { Migration20261201104928_complaints_quality } from './Migration20261201104928_complaints_quality';
import { Migration20261201105847_reports } from './Migration20261201105847_reports';
import { Migration20261201112056_report_indexes } from './Migration20261201112056_report_indexes';
import { Migration20261201113216_report_covering_indexes } from './Migration20261201113216_report_covering_indexes';
import { Migration20261201110459_scheduled_checks } from './Migration20261201110459_scheduled_checks';
import { Migration20261201134450_user_technician } from './Migration20261201134450_user_technician';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123143035_initial', class: Migration20261123143035_initial },
  { name: 'Migration20261123144915_service_orders', class: Migration20261123144915_service_orders },
  { name: 'Migration20261123145831_order_search', class: Migration20261123145831_order_search },
  { name: 'Migration20261123151331_auth_failure', class: Migration20261123151331_auth_failure },
  { name: 'Migration20261123155730_timeline_actions', class: Migration20261123155730_timeline_actions },
  { name: 'Migration20261201074128_partner_attribution', class: Migration20261201074128_partner_attribution },
  { name: 'Migration20261201080000_auth_tokens', class: Migration20261201080000_auth_tokens },
  { name: 'Migration20261201081944_structured_timeline', class: Migration20261201081944_structured_timeline },
  { name: 'Migration20261201091849_saved_queries', class: Migration20261201091849_saved_queries },
  { name: 'Migration20261201093527_exports', class: Migration20261201093527_exports },
  { name: 'Migration20261201094043_order_station_created', class: Migration20261201094043_order_station_created },
  { name: 'Migration20261201094226_stock', class: Migration20261201094226_stock },
  { name: 'Migration20261201094403_imports', class: Migration20261201094403_imports },
  { name: 'Migration20261201100457_analytics_indexes', class: Migration20261201100457_analytics_indexes },
  { name: 'Migration20261201104402_returns', class: Migration20261201104402_returns },
  { name: 'Migration20261201104928_complaints_quality', class: Migration20261201104928_complaints_quality },
  { name: 'Migration20261201105847_reports', class: Migration20261201105847_reports },
  { name: 'Migration20261201112056_report_indexes', class: Migration20261201112056_report_indexes },
  { name: 'Migration20261201113216_report_covering_indexes', class: Migration20261201113216_report_covering_indexes },
  { name: 'Migration20261201110459_scheduled_checks', class: Migration20261201110459_scheduled_checks },
  { name: 'Migration20261201134450_user_technician', class: Migration20261201134450_user_technician },
];
