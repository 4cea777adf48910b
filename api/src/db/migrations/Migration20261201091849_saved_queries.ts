import { Migration } from '@mikro-orm/migrations';

export class Migration20261201091849_saved_queries extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "saved_query" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "description" text null, "root" varchar(40) not null, "definition" jsonb not null, "owner_id" uuid not null, "owner_name" varchar(100) not null, "shared_with_roles" text[] not null default '{}', "shared_with_api_key_ids" text[] not null default '{}', constraint "saved_query_pkey" primary key ("id"));`);
    this.addSql(`create index "saved_query_root_index" on "saved_query" ("root");`);
    this.addSql(`alter table "saved_query" add constraint "saved_query_owner_id_name_unique" unique ("owner_id", "name");`);

    this.addSql(`alter table "saved_query" add constraint "saved_query_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "saved_query" cascade;`);
  }

}
