import { Migration } from '@mikro-orm/migrations';

export class Migration20261201074128_partner_attribution extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "customer" add column "created_by_api_key_id" uuid null;`);
    this.addSql(`alter table "customer" add constraint "customer_created_by_api_key_id_foreign" foreign key ("created_by_api_key_id") references "api_key" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "product_unit" add column "warranty_override_reason" text null, add column "created_by_api_key_id" uuid null;`);
    this.addSql(`alter table "product_unit" add constraint "product_unit_created_by_api_key_id_foreign" foreign key ("created_by_api_key_id") references "api_key" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "customer" drop constraint "customer_created_by_api_key_id_foreign";`);

    this.addSql(`alter table "product_unit" drop constraint "product_unit_created_by_api_key_id_foreign";`);

    this.addSql(`alter table "customer" drop column "created_by_api_key_id";`);

    this.addSql(`alter table "product_unit" drop column "warranty_override_reason", drop column "created_by_api_key_id";`);
  }

}
