import { Migration } from '@mikro-orm/migrations';

export class Migration20261123145831_order_search extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "service_order_search_trgm" on "service_order" using gin ("number" gin_trgm_ops, "contact_phone" gin_trgm_ops, "contact_name" gin_trgm_ops, "serial_number" gin_trgm_ops);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "service_order_search_trgm";`);
  }

}
