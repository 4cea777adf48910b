import { Migration } from '@mikro-orm/migrations';

export class Migration20261201093527_exports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "export_run" ("id" uuid not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "format" text check ("format" in ('csv', 'xlsx')) not null, "source" varchar(20) not null, "root" varchar(40) not null, "title" varchar(200) not null, "file_name" varchar(200) not null, "definition" jsonb not null, "list_filter" jsonb null, "lang" varchar(2) not null, "status" text check ("status" in ('pending', 'running', 'done', 'failed')) not null default 'pending', "total" int null, "total_exact" boolean not null default true, "rows_done" int not null default 0, "error_zh" text null, "error_en" text null, "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "export_run_pkey" primary key ("id"));`);
    this.addSql(`create index "export_run_actor_kind_actor_id_created_at_index" on "export_run" ("actor_kind", "actor_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "export_run" cascade;`);
  }

}
