import { Migration } from '@mikro-orm/migrations';

/** A user may be one technician (at most one user per technician): they read their own commission. */
export class Migration20261201134450_user_technician extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "app_user" add column "technician_id" uuid null;`);
    this.addSql(`alter table "app_user" add constraint "app_user_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "app_user" add constraint "app_user_technician_id_unique" unique ("technician_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop constraint "app_user_technician_id_foreign";`);
    this.addSql(`alter table "app_user" drop constraint "app_user_technician_id_unique";`);
    this.addSql(`alter table "app_user" drop column "technician_id";`);
  }

}
