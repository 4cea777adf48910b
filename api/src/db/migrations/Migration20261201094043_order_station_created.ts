import { Migration } from '@mikro-orm/migrations';

export class Migration20261201094043_order_station_created extends Migration {

  override async up(): Promise<void> {
    // "if not exists": databases migrated from the analytics branch before the merge already have it.
    this.addSql(`create index if not exists "service_order_station_id_created_at_index" on "service_order" ("station_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "service_order_station_id_created_at_index";`);
  }

}
