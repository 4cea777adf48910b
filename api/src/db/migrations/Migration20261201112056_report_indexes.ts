import { Migration } from '@mikro-orm/migrations';

export class Migration20261201112056_report_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "service_order_rework_of_id_index" on "service_order" ("rework_of_id") where "rework_of_id" is not null;`);
    this.addSql(`create index "service_order_previous_order_id_index" on "service_order" ("previous_order_id") where "previous_order_id" is not null;`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop index "service_order_rework_of_id_index";`);
    this.addSql(`drop index "service_order_previous_order_id_index";`);

  }

}
