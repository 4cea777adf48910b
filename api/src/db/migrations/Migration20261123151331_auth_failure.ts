import { Migration } from '@mikro-orm/migrations';

export class Migration20261123151331_auth_failure extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "auth_failure" ("key" varchar(200) not null, "failures" int not null, "first_at" timestamptz not null, constraint "auth_failure_pkey" primary key ("key"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "auth_failure" cascade;`);
  }

}
