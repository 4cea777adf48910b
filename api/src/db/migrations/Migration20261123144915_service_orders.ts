import { Migration } from '@mikro-orm/migrations';

export class Migration20261123144915_service_orders extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "service_order_sequence" ("year" smallint not null, "last_number" int not null, constraint "service_order_sequence_pkey" primary key ("year"));`);

    this.addSql(`create table "setting" ("key" varchar(60) not null, "value" jsonb not null, "updated_at" timestamptz not null, constraint "setting_pkey" primary key ("key"));`);

    this.addSql(`create table "saved_filter" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "user_id" uuid not null, "resource" varchar(60) not null, "name" varchar(60) not null, "filter" jsonb not null, constraint "saved_filter_pkey" primary key ("id"));`);
    this.addSql(`alter table "saved_filter" add constraint "saved_filter_user_id_resource_name_unique" unique ("user_id", "resource", "name");`);

    this.addSql(`create table "service_order" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "kind" text check ("kind" in ('repair', 'installation', 'maintenance', 'inspection')) not null default 'repair', "attribute" text check ("attribute" in ('pre_sale', 'after_sale')) not null default 'after_sale', "channel" text check ("channel" in ('phone', 'walk_in', 'online', 'partner_api')) not null default 'phone', "on_site" boolean not null default true, "status" text check ("status" in ('received', 'dispatched', 'in_repair', 'awaiting_parts', 'completed', 'sent_to_agent', 'back_from_agent', 'returned_to_customer', 'visited', 'cancelled')) not null default 'received', "customer_id" uuid not null, "contact_name" varchar(100) not null, "contact_phone" varchar(20) not null, "address" varchar(200) null, "region_id" uuid null, "product_unit_id" uuid not null, "product_id" uuid not null, "serial_number" varchar(60) not null, "purchase_date" date null, "reported_symptom" text not null, "symptom_code_id" uuid null, "cause_code_id" uuid null, "location_code_id" uuid null, "method_code_id" uuid null, "customer_request" text check ("customer_request" in ('repair', 'exchange', 'return')) not null default 'repair', "station_id" uuid null, "appointment_start" timestamptz null, "appointment_end" timestamptz null, "distance_km" double precision null, "distance_band" text check ("distance_band" in ('near', 'middle', 'far')) null, "sla_due_at" timestamptz not null, "in_warranty" boolean not null, "warranty_ends_on" date null, "repeat_repair" boolean not null default false, "previous_order_id" uuid null, "exchange_offered" boolean not null default false, "rework_of_id" uuid null, "labour_fee" numeric(12,2) null, "visit_fee" numeric(12,2) null, "parts_fee" numeric(12,2) null, "payer" text check ("payer" in ('customer', 'manufacturer', 'company')) null, "fees_overridden" boolean not null default false, "fee_override_reason" text null, "appraisal_verdict" text check ("appraisal_verdict" in ('manufacturing_defect', 'misuse', 'no_fault_found')) null, "appraisal_note" text null, "agent_station_id" uuid null, "logistics_number" varchar(60) null, "return_visit_score" smallint null, "return_visit_comment" text null, "cancel_reason" text null, "dispatched_at" timestamptz null, "started_at" timestamptz null, "completed_at" timestamptz null, "returned_at" timestamptz null, "visited_at" timestamptz null, "closed_at" timestamptz null, "tracking_token" varchar(40) not null, "created_by_api_key_id" uuid null, "internal_note" text null, constraint "service_order_pkey" primary key ("id"));`);
    this.addSql(`alter table "service_order" add constraint "service_order_number_unique" unique ("number");`);
    this.addSql(`create index "service_order_customer_id_index" on "service_order" ("customer_id");`);
    this.addSql(`create index "service_order_contact_phone_index" on "service_order" ("contact_phone");`);
    this.addSql(`create index "service_order_product_unit_id_index" on "service_order" ("product_unit_id");`);
    this.addSql(`create index "service_order_product_id_index" on "service_order" ("product_id");`);
    this.addSql(`create index "service_order_repeat_repair_index" on "service_order" ("repeat_repair");`);
    this.addSql(`create index "service_order_completed_at_index" on "service_order" ("completed_at");`);
    this.addSql(`alter table "service_order" add constraint "service_order_tracking_token_unique" unique ("tracking_token");`);
    this.addSql(`create index "service_order_created_at_index" on "service_order" ("created_at");`);
    this.addSql(`create index "service_order_station_id_status_index" on "service_order" ("station_id", "status");`);
    this.addSql(`create index "service_order_status_sla_due_at_index" on "service_order" ("status", "sla_due_at");`);

    this.addSql(`create table "service_order_event" ("id" uuid not null, "order_id" uuid not null, "at" timestamptz not null, "action" text check ("action" in ('create', 'dispatch', 'reject_dispatch', 'start_repair', 'await_parts', 'parts_arrived', 'complete', 'send_to_agent', 'receive_from_agent', 'return_to_customer', 'record_return_visit', 'cancel', 'appraisal', 'fees_overridden', 'parts_recorded', 'rework_created', 'note')) not null, "from_status" text check ("from_status" in ('received', 'dispatched', 'in_repair', 'awaiting_parts', 'completed', 'sent_to_agent', 'back_from_agent', 'returned_to_customer', 'visited', 'cancelled')) null, "status" text check ("status" in ('received', 'dispatched', 'in_repair', 'awaiting_parts', 'completed', 'sent_to_agent', 'back_from_agent', 'returned_to_customer', 'visited', 'cancelled')) not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "station_id" uuid null, "note" text null, "internal" boolean not null default false, constraint "service_order_event_pkey" primary key ("id"));`);
    this.addSql(`create index "service_order_event_order_id_at_index" on "service_order_event" ("order_id", "at");`);

    this.addSql(`create table "service_order_technician" ("id" uuid not null, "order_id" uuid not null, "technician_id" uuid not null, "work_date" date not null, "lead" boolean not null default false, constraint "service_order_technician_pkey" primary key ("id"));`);
    this.addSql(`create index "service_order_technician_technician_id_work_date_index" on "service_order_technician" ("technician_id", "work_date");`);
    this.addSql(`alter table "service_order_technician" add constraint "service_order_technician_order_id_technician_id_unique" unique ("order_id", "technician_id");`);

    this.addSql(`create table "service_order_part" ("id" uuid not null, "order_id" uuid not null, "part_id" uuid not null, "kind" text check ("kind" in ('used', 'awaited')) not null, "quantity" int not null, "unit_price" numeric(12,2) not null, "created_at" timestamptz not null, "arrived_at" timestamptz null, constraint "service_order_part_pkey" primary key ("id"));`);
    this.addSql(`create index "service_order_part_order_id_index" on "service_order_part" ("order_id");`);
    this.addSql(`create index "service_order_part_part_id_index" on "service_order_part" ("part_id");`);
    this.addSql(`create index "service_order_part_kind_arrived_at_index" on "service_order_part" ("kind", "arrived_at");`);

    this.addSql(`alter table "saved_filter" add constraint "saved_filter_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_order" add constraint "service_order_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_product_unit_id_foreign" foreign key ("product_unit_id") references "product_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_symptom_code_id_foreign" foreign key ("symptom_code_id") references "code" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_cause_code_id_foreign" foreign key ("cause_code_id") references "code" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_location_code_id_foreign" foreign key ("location_code_id") references "code" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_method_code_id_foreign" foreign key ("method_code_id") references "code" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_previous_order_id_foreign" foreign key ("previous_order_id") references "service_order" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_rework_of_id_foreign" foreign key ("rework_of_id") references "service_order" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_agent_station_id_foreign" foreign key ("agent_station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_order" add constraint "service_order_created_by_api_key_id_foreign" foreign key ("created_by_api_key_id") references "api_key" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "service_order_event" add constraint "service_order_event_order_id_foreign" foreign key ("order_id") references "service_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_order_event" add constraint "service_order_event_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "service_order_technician" add constraint "service_order_technician_order_id_foreign" foreign key ("order_id") references "service_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_order_technician" add constraint "service_order_technician_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "service_order_part" add constraint "service_order_part_order_id_foreign" foreign key ("order_id") references "service_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "service_order_part" add constraint "service_order_part_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service_order" drop constraint "service_order_previous_order_id_foreign";`);

    this.addSql(`alter table "service_order" drop constraint "service_order_rework_of_id_foreign";`);

    this.addSql(`alter table "service_order_event" drop constraint "service_order_event_order_id_foreign";`);

    this.addSql(`alter table "service_order_technician" drop constraint "service_order_technician_order_id_foreign";`);

    this.addSql(`alter table "service_order_part" drop constraint "service_order_part_order_id_foreign";`);

    this.addSql(`drop table if exists "service_order_sequence" cascade;`);

    this.addSql(`drop table if exists "setting" cascade;`);

    this.addSql(`drop table if exists "saved_filter" cascade;`);

    this.addSql(`drop table if exists "service_order" cascade;`);

    this.addSql(`drop table if exists "service_order_event" cascade;`);

    this.addSql(`drop table if exists "service_order_technician" cascade;`);

    this.addSql(`drop table if exists "service_order_part" cascade;`);
  }

}
