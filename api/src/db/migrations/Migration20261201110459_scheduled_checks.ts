import { Migration } from '@mikro-orm/migrations';

export class Migration20261201110459_scheduled_checks extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "alert" ("id" uuid not null, "kind" varchar(40) not null, "subject_id" uuid not null, "job_id" uuid null, "raised_at" timestamptz not null, constraint "alert_pkey" primary key ("id"));`);
    this.addSql(`create index "alert_raised_at_index" on "alert" ("raised_at");`);
    this.addSql(`alter table "alert" add constraint "alert_kind_subject_id_unique" unique ("kind", "subject_id");`);

    this.addSql(`create table "job_run" ("id" uuid not null, "job_id" uuid not null, "name" varchar(100) not null, "attempt" int not null, "instance" varchar(100) not null, "progress" int not null default 0, "result" jsonb null, "started_at" timestamptz not null, "finished_at" timestamptz null, constraint "job_run_pkey" primary key ("id"));`);
    this.addSql(`create index "job_run_name_started_at_index" on "job_run" ("name", "started_at");`);
    this.addSql(`create index "job_run_job_id_index" on "job_run" ("job_id");`);

  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "alert" cascade;`);

    this.addSql(`drop table if exists "job_run" cascade;`);

  }

}
