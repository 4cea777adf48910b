import { Migration } from '@mikro-orm/migrations';

export class Migration20261201094403_imports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "import_batch" ("id" uuid not null, "entity" varchar(40) not null, "mode" text check ("mode" in ('dry_run', 'commit')) not null, "file_name" varchar(200) not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "lang" varchar(2) not null, "status" text check ("status" in ('pending', 'validating', 'writing', 'valid', 'invalid', 'imported', 'failed')) not null default 'pending', "rows_total" int not null default 0, "rows_done" int not null default 0, "rows_imported" int not null default 0, "error_count" int not null default 0, "errors" jsonb not null default '[]', "created_at" timestamptz not null, "started_at" timestamptz null, "finished_at" timestamptz null, constraint "import_batch_pkey" primary key ("id"));`);
    this.addSql(`create index "import_batch_actor_kind_actor_id_created_at_index" on "import_batch" ("actor_kind", "actor_id", "created_at");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "import_batch" cascade;`);
  }

}
