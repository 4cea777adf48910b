import { Migration } from '@mikro-orm/migrations';

export class Migration20261201105847_reports extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "settlement_statement" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(40) not null, "manufacturer_id" uuid not null, "month" varchar(7) not null, "orders" int not null, "labour_fee" numeric(12,2) not null, "visit_fee" numeric(12,2) not null, "parts_fee" numeric(12,2) not null, "total" numeric(12,2) not null, "confirmed_at" timestamptz not null, "confirmed_by" varchar(100) not null, "note" text null, constraint "settlement_statement_pkey" primary key ("id"));`);
    this.addSql(`alter table "settlement_statement" add constraint "settlement_statement_number_unique" unique ("number");`);
    this.addSql(`alter table "settlement_statement" add constraint "settlement_statement_manufacturer_id_month_unique" unique ("manufacturer_id", "month");`);

    this.addSql(`create table "commission_adjustment" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "technician_id" uuid not null, "month" varchar(7) not null, "kind" text check ("kind" in ('reward', 'deduction')) not null, "amount" numeric(12,2) not null, "reason" text not null, "entered_by" varchar(100) not null, constraint "commission_adjustment_pkey" primary key ("id"));`);
    this.addSql(`create index "commission_adjustment_technician_id_month_index" on "commission_adjustment" ("technician_id", "month");`);

    this.addSql(`create table "settlement_line" ("id" uuid not null, "statement_id" uuid not null, "order_id" uuid not null, "order_number" varchar(20) not null, "completed_at" timestamptz not null, "labour_fee" numeric(12,2) not null, "visit_fee" numeric(12,2) not null, "parts_fee" numeric(12,2) not null, "total" numeric(12,2) not null, "carried_over" boolean not null default false, constraint "settlement_line_pkey" primary key ("id"));`);
    this.addSql(`create index "settlement_line_statement_id_index" on "settlement_line" ("statement_id");`);
    this.addSql(`alter table "settlement_line" add constraint "settlement_line_order_id_unique" unique ("order_id");`);

    this.addSql(`alter table "settlement_statement" add constraint "settlement_statement_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "commission_adjustment" add constraint "commission_adjustment_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "settlement_line" add constraint "settlement_line_statement_id_foreign" foreign key ("statement_id") references "settlement_statement" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "settlement_line" add constraint "settlement_line_order_id_foreign" foreign key ("order_id") references "service_order" ("id") on update cascade on delete restrict;`);

    this.addSql(`create index "service_order_status_closed_at_index" on "service_order" ("status", "closed_at");`);
    this.addSql(`create index "service_order_visited_at_index" on "service_order" ("visited_at");`);
    this.addSql(`create index "service_order_sla_due_at_index" on "service_order" ("sla_due_at");`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "settlement_line" drop constraint "settlement_line_statement_id_foreign";`);

    this.addSql(`drop table if exists "settlement_statement" cascade;`);

    this.addSql(`drop table if exists "commission_adjustment" cascade;`);

    this.addSql(`drop table if exists "settlement_line" cascade;`);

    this.addSql(`drop index "service_order_status_closed_at_index";`);
    this.addSql(`drop index "service_order_visited_at_index";`);
    this.addSql(`drop index "service_order_sla_due_at_index";`);

  }

}
