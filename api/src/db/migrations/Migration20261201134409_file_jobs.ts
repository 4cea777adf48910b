import { Migration } from '@mikro-orm/migrations';

export class Migration20261201134409_file_jobs extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "stored_file" ("id" uuid not null, "owner_kind" varchar(10) not null, "owner_id" varchar(64) not null, "purpose" varchar(20) not null, "name" varchar(200) not null, "content_type" varchar(120) not null, "size" bigint not null default 0, "chunks" int not null default 0, "created_at" timestamptz not null, "completed_at" timestamptz null, "expires_at" timestamptz not null, constraint "stored_file_pkey" primary key ("id"));`);
    this.addSql(`create index "stored_file_owner_kind_owner_id_index" on "stored_file" ("owner_kind", "owner_id");`);
    this.addSql(`create index "stored_file_expires_at_index" on "stored_file" ("expires_at");`);

    this.addSql(`create table "stored_file_chunk" ("file_id" uuid not null, "seq" int not null, "data" bytea not null, constraint "stored_file_chunk_pkey" primary key ("file_id", "seq"));`);

    this.addSql(`alter table "stored_file_chunk" add constraint "stored_file_chunk_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "import_batch" drop constraint if exists "import_batch_status_check";`);

    this.addSql(`alter table "export_run" drop constraint if exists "export_run_status_check";`);

    this.addSql(`alter table "import_batch" add column "background" boolean not null default false, add column "file_id" uuid null;`);
    this.addSql(`alter table "import_batch" add constraint "import_batch_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "import_batch" add constraint "import_batch_status_check" check("status" in ('pending', 'queued', 'validating', 'writing', 'valid', 'invalid', 'imported', 'failed'));`);

    this.addSql(`alter table "export_run" add column "background" boolean not null default false, add column "file_id" uuid null, add column "expires_at" timestamptz null;`);
    this.addSql(`alter table "export_run" add constraint "export_run_file_id_foreign" foreign key ("file_id") references "stored_file" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "export_run" add constraint "export_run_status_check" check("status" in ('queued', 'pending', 'running', 'done', 'failed'));`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "import_batch" drop constraint "import_batch_file_id_foreign";`);

    this.addSql(`alter table "export_run" drop constraint "export_run_file_id_foreign";`);

    this.addSql(`alter table "stored_file_chunk" drop constraint "stored_file_chunk_file_id_foreign";`);

    this.addSql(`drop table if exists "stored_file" cascade;`);

    this.addSql(`drop table if exists "stored_file_chunk" cascade;`);

    this.addSql(`alter table "export_run" drop constraint if exists "export_run_status_check";`);

    this.addSql(`alter table "import_batch" drop constraint if exists "import_batch_status_check";`);

    this.addSql(`alter table "export_run" drop column "background", drop column "file_id", drop column "expires_at";`);

    this.addSql(`alter table "export_run" add constraint "export_run_status_check" check("status" in ('pending', 'running', 'done', 'failed'));`);

    this.addSql(`alter table "import_batch" drop column "background", drop column "file_id";`);

    this.addSql(`alter table "import_batch" add constraint "import_batch_status_check" check("status" in ('pending', 'validating', 'writing', 'valid', 'invalid', 'imported', 'failed'));`);

  }

}
