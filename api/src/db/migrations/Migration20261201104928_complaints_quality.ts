import { Migration } from '@mikro-orm/migrations';

export class Migration20261201104928_complaints_quality extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "quality_feedback" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "status" text check ("status" in ('applied', 'reviewed', 'approved', 'confirmed', 'closed', 'rejected')) not null default 'applied', "product_id" uuid not null, "manufacturer_id" uuid not null, "symptom_code_id" uuid null, "title" varchar(200) not null, "description" text not null, "order_count" int not null default 0, "station_id" uuid null, "review_note" text null, "manufacturer_response" text null, "reject_reason" text null, "reviewed_at" timestamptz null, "approved_at" timestamptz null, "confirmed_at" timestamptz null, "closed_at" timestamptz null, "created_by_api_key_id" uuid null, constraint "quality_feedback_pkey" primary key ("id"));`);
    this.addSql(`alter table "quality_feedback" add constraint "quality_feedback_number_unique" unique ("number");`);
    this.addSql(`create index "quality_feedback_manufacturer_id_index" on "quality_feedback" ("manufacturer_id");`);
    this.addSql(`create index "quality_feedback_product_id_created_at_index" on "quality_feedback" ("product_id", "created_at");`);
    this.addSql(`create index "quality_feedback_status_created_at_index" on "quality_feedback" ("status", "created_at");`);

    this.addSql(`create table "quality_feedback_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "station_id" uuid null, "department_name" varchar(100) null, "lines" jsonb null, "note" text null, "internal" boolean not null default false, "document_id" uuid not null, "action" text check ("action" in ('create', 'review', 'approve', 'confirm', 'close', 'reject', 'link')) not null, "from_status" text check ("from_status" in ('applied', 'reviewed', 'approved', 'confirmed', 'closed', 'rejected')) null, "status" text check ("status" in ('applied', 'reviewed', 'approved', 'confirmed', 'closed', 'rejected')) not null, constraint "quality_feedback_event_pkey" primary key ("id"));`);
    this.addSql(`create index "quality_feedback_event_document_id_at_index" on "quality_feedback_event" ("document_id", "at");`);

    this.addSql(`create table "quality_feedback_order" ("id" uuid not null, "feedback_id" uuid not null, "service_order_id" uuid not null, "created_at" timestamptz not null, constraint "quality_feedback_order_pkey" primary key ("id"));`);
    this.addSql(`create index "quality_feedback_order_feedback_id_index" on "quality_feedback_order" ("feedback_id");`);
    this.addSql(`create index "quality_feedback_order_service_order_id_index" on "quality_feedback_order" ("service_order_id");`);
    this.addSql(`alter table "quality_feedback_order" add constraint "quality_feedback_order_feedback_id_service_order_id_unique" unique ("feedback_id", "service_order_id");`);

    this.addSql(`create table "complaint" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "channel" text check ("channel" in ('phone', 'walk_in', 'online', 'partner_api')) not null, "status" text check ("status" in ('open', 'responded', 'resolved', 'closed', 'cancelled')) not null default 'open', "customer_id" uuid not null, "contact_phone" varchar(20) not null, "service_order_id" uuid null, "station_id" uuid null, "product_id" uuid null, "category" text check ("category" in ('service_attitude', 'repair_quality', 'timeliness', 'fees', 'product_quality', 'returns', 'other')) not null, "severity" text check ("severity" in ('low', 'medium', 'high', 'critical')) not null, "description" text not null, "owner_id" uuid null, "owner_name" varchar(100) null, "received_at" timestamptz not null, "respond_due_at" timestamptz not null, "resolve_due_at" timestamptz not null, "responded_at" timestamptz null, "response" text null, "resolved_at" timestamptz null, "resolution" text null, "cancel_reason" text null, "closed_at" timestamptz null, "rework_order_id" uuid null, "created_by_api_key_id" uuid null, constraint "complaint_pkey" primary key ("id"));`);
    this.addSql(`alter table "complaint" add constraint "complaint_number_unique" unique ("number");`);
    this.addSql(`create index "complaint_customer_id_index" on "complaint" ("customer_id");`);
    this.addSql(`create index "complaint_service_order_id_index" on "complaint" ("service_order_id");`);
    this.addSql(`create index "complaint_product_id_index" on "complaint" ("product_id");`);
    this.addSql(`create index "complaint_station_id_received_at_index" on "complaint" ("station_id", "received_at");`);
    this.addSql(`create index "complaint_received_at_index" on "complaint" ("received_at");`);
    this.addSql(`create index "complaint_status_resolve_due_at_index" on "complaint" ("status", "resolve_due_at");`);
    this.addSql(`create index "complaint_status_respond_due_at_index" on "complaint" ("status", "respond_due_at");`);

    this.addSql(`create table "complaint_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "station_id" uuid null, "department_name" varchar(100) null, "lines" jsonb null, "note" text null, "internal" boolean not null default false, "document_id" uuid not null, "action" text check ("action" in ('create', 'respond', 'resolve', 'close', 'cancel', 'assign', 'rework')) not null, "from_status" text check ("from_status" in ('open', 'responded', 'resolved', 'closed', 'cancelled')) null, "status" text check ("status" in ('open', 'responded', 'resolved', 'closed', 'cancelled')) not null, constraint "complaint_event_pkey" primary key ("id"));`);
    this.addSql(`create index "complaint_event_document_id_at_index" on "complaint_event" ("document_id", "at");`);

    this.addSql(`alter table "quality_feedback" add constraint "quality_feedback_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "quality_feedback" add constraint "quality_feedback_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "quality_feedback" add constraint "quality_feedback_symptom_code_id_foreign" foreign key ("symptom_code_id") references "code" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "quality_feedback" add constraint "quality_feedback_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "quality_feedback" add constraint "quality_feedback_created_by_api_key_id_foreign" foreign key ("created_by_api_key_id") references "api_key" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "quality_feedback_event" add constraint "quality_feedback_event_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "quality_feedback_event" add constraint "quality_feedback_event_document_id_foreign" foreign key ("document_id") references "quality_feedback" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "quality_feedback_order" add constraint "quality_feedback_order_feedback_id_foreign" foreign key ("feedback_id") references "quality_feedback" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "quality_feedback_order" add constraint "quality_feedback_order_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "complaint" add constraint "complaint_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_owner_id_foreign" foreign key ("owner_id") references "app_user" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_rework_order_id_foreign" foreign key ("rework_order_id") references "service_order" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint" add constraint "complaint_created_by_api_key_id_foreign" foreign key ("created_by_api_key_id") references "api_key" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "complaint_event" add constraint "complaint_event_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "complaint_event" add constraint "complaint_event_document_id_foreign" foreign key ("document_id") references "complaint" ("id") on update cascade on delete cascade;`);

  }

  override async down(): Promise<void> {
    this.addSql(`alter table "quality_feedback_event" drop constraint "quality_feedback_event_document_id_foreign";`);

    this.addSql(`alter table "quality_feedback_order" drop constraint "quality_feedback_order_feedback_id_foreign";`);

    this.addSql(`alter table "complaint_event" drop constraint "complaint_event_document_id_foreign";`);

    this.addSql(`drop table if exists "quality_feedback" cascade;`);

    this.addSql(`drop table if exists "quality_feedback_event" cascade;`);

    this.addSql(`drop table if exists "quality_feedback_order" cascade;`);

    this.addSql(`drop table if exists "complaint" cascade;`);

    this.addSql(`drop table if exists "complaint_event" cascade;`);

  }

}
