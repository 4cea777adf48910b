import { Migration } from '@mikro-orm/migrations';

export class Migration20261201100457_analytics_indexes extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "service_order_symptom_code_id_created_at_index" on "service_order" ("symptom_code_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "service_order_symptom_code_id_created_at_index";`);
  }

}
