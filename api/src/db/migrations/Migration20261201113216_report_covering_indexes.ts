import { Migration } from '@mikro-orm/migrations';

export class Migration20261201113216_report_covering_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`drop index "service_order_status_closed_at_index";`);

    this.addSql(`create index "service_order_report_closed_index" on "service_order" ("status", "closed_at") include ("station_id", "product_id", "symptom_code_id") where "closed_at" is not null;`);
    this.addSql(`create index "service_order_report_completed_index" on "service_order" ("completed_at") include ("created_at", "sla_due_at", "station_id", "product_id", "symptom_code_id") where "completed_at" is not null;`);
    this.addSql(`create index "service_order_report_received_index" on "service_order" ("created_at") include ("station_id", "product_id", "symptom_code_id", "repeat_repair", "in_warranty");`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop index "service_order_report_closed_index";`);
    this.addSql(`drop index "service_order_report_completed_index";`);
    this.addSql(`drop index "service_order_report_received_index";`);

    this.addSql(`create index "service_order_status_closed_at_index" on "service_order" ("status", "closed_at");`);

  }

}
