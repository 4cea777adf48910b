import { Migration } from '@mikro-orm/migrations';

export class Migration20261201104402_returns extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create table "return_request" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "kind" text check ("kind" in ('refund_only', 'return_refund', 'exchange')) not null, "status" text check ("status" in ('pending_review', 'approved', 'rejected', 'awaiting_return', 'awaiting_refund', 'awaiting_exchange', 'completed', 'cancelled')) not null default 'pending_review', "customer_id" uuid not null, "contact_name" varchar(100) not null, "contact_phone" varchar(20) not null, "service_order_id" uuid null, "station_id" uuid null, "reason_code_id" uuid not null, "description" text null, "sales_order_number" varchar(40) null, "delivered_on" date null, "window_days" smallint null, "window_ends_on" date null, "window_waived" boolean not null default false, "requested_total" numeric(12,2) not null default 0, "refund_total" numeric(12,2) not null default 0, "refund_change_reason" text null, "return_address" varchar(200) null, "return_logistics_company" varchar(40) null, "return_logistics_number" varchar(60) null, "replacement_logistics_number" varchar(60) null, "warehouse_id" uuid null, "reject_reason" text null, "send_back_reason" text null, "cancel_reason" text null, "refund_reference" varchar(60) null, "reviewed_at" timestamptz null, "reviewed_by" varchar(100) null, "finance_reviewed_at" timestamptz null, "finance_reviewed_by" varchar(100) null, "goods_received_at" timestamptz null, "refunded_at" timestamptz null, "completed_at" timestamptz null, "closed_at" timestamptz null, "customer_after_sales_count" smallint not null default 0, "tracking_token" varchar(40) not null, "created_by_api_key_id" uuid null, "internal_note" text null, constraint "return_request_pkey" primary key ("id"));`);
    this.addSql(`alter table "return_request" add constraint "return_request_number_unique" unique ("number");`);
    this.addSql(`create index "return_request_contact_phone_index" on "return_request" ("contact_phone");`);
    this.addSql(`create index "return_request_service_order_id_index" on "return_request" ("service_order_id");`);
    this.addSql(`alter table "return_request" add constraint "return_request_tracking_token_unique" unique ("tracking_token");`);
    this.addSql(`create index "return_request_created_at_index" on "return_request" ("created_at");`);
    this.addSql(`create index "return_request_customer_id_created_at_index" on "return_request" ("customer_id", "created_at");`);
    this.addSql(`create index "return_request_station_id_status_index" on "return_request" ("station_id", "status");`);
    this.addSql(`create index "return_request_status_created_at_index" on "return_request" ("status", "created_at");`);

    this.addSql(`create table "return_request_line" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "request_id" uuid not null, "product_id" uuid not null, "product_unit_id" uuid null, "quantity" smallint not null, "unit_price" numeric(12,2) not null, "requested_amount" numeric(12,2) not null, "refund_amount" numeric(12,2) not null, "received_quantity" smallint not null default 0, "shipped_quantity" smallint not null default 0, "replacement_unit_id" uuid null, constraint "return_request_line_pkey" primary key ("id"));`);
    this.addSql(`create index "return_request_line_request_id_index" on "return_request_line" ("request_id");`);
    this.addSql(`create index "return_request_line_product_unit_id_index" on "return_request_line" ("product_unit_id");`);

    this.addSql(`create table "return_request_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "station_id" uuid null, "department_name" varchar(100) null, "lines" jsonb null, "note" text null, "internal" boolean not null default false, "request_id" uuid not null, "action" text check ("action" in ('create', 'approve', 'reject', 'finance_approve', 'send_back', 'receive_goods', 'refund', 'ship_replacement', 'cancel', 'refund_changed', 'shipment', 'note')) not null, "from_status" text check ("from_status" in ('pending_review', 'approved', 'rejected', 'awaiting_return', 'awaiting_refund', 'awaiting_exchange', 'completed', 'cancelled')) null, "status" text check ("status" in ('pending_review', 'approved', 'rejected', 'awaiting_return', 'awaiting_refund', 'awaiting_exchange', 'completed', 'cancelled')) not null, constraint "return_request_event_pkey" primary key ("id"));`);
    this.addSql(`create index "return_request_event_request_id_at_index" on "return_request_event" ("request_id", "at");`);

    this.addSql(`create table "warranty_extension" ("id" uuid not null, "unit_id" uuid not null, "reason" text check ("reason" in ('repair', 'exchange')) not null, "days" smallint not null, "from_date" date not null, "to_date" date not null, "ends_before" date null, "ends_after" date null, "service_order_id" uuid null, "return_request_id" uuid null, "document_number" varchar(20) null, "created_at" timestamptz not null, constraint "warranty_extension_pkey" primary key ("id"));`);
    this.addSql(`create index "warranty_extension_unit_id_created_at_index" on "warranty_extension" ("unit_id", "created_at");`);

    this.addSql(`alter table "return_request" add constraint "return_request_customer_id_foreign" foreign key ("customer_id") references "customer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "return_request" add constraint "return_request_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "return_request" add constraint "return_request_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "return_request" add constraint "return_request_reason_code_id_foreign" foreign key ("reason_code_id") references "code" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "return_request" add constraint "return_request_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "return_request" add constraint "return_request_created_by_api_key_id_foreign" foreign key ("created_by_api_key_id") references "api_key" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "return_request_line" add constraint "return_request_line_request_id_foreign" foreign key ("request_id") references "return_request" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "return_request_line" add constraint "return_request_line_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "return_request_line" add constraint "return_request_line_product_unit_id_foreign" foreign key ("product_unit_id") references "product_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "return_request_line" add constraint "return_request_line_replacement_unit_id_foreign" foreign key ("replacement_unit_id") references "product_unit" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "return_request_event" add constraint "return_request_event_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "return_request_event" add constraint "return_request_event_request_id_foreign" foreign key ("request_id") references "return_request" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "warranty_extension" add constraint "warranty_extension_unit_id_foreign" foreign key ("unit_id") references "product_unit" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "warranty_extension" add constraint "warranty_extension_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "stock_movement" drop constraint if exists "stock_movement_document_type_check";`);

    this.addSql(`alter table "part" add column "product_id" uuid null;`);
    this.addSql(`alter table "part" add constraint "part_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "part" add constraint "part_product_id_unique" unique ("product_id");`);

    this.addSql(`alter table "product_unit" add column "delivered_on" date null, add column "carried_warranty_ends_on" date null, add column "replaces_id" uuid null;`);
    this.addSql(`alter table "product_unit" add constraint "product_unit_replaces_id_foreign" foreign key ("replaces_id") references "product_unit" ("id") on update cascade on delete restrict;`);
    this.addSql(`create index "product_unit_replaces_id_index" on "product_unit" ("replaces_id");`);

    this.addSql(`alter table "service_order" add column "return_offered" boolean not null default false;`);

    this.addSql(`alter table "stock_movement" add constraint "stock_movement_document_type_check" check("document_type" in ('stock_in', 'stock_out', 'requisition', 'borrowing', 'transfer', 'purchase_order', 'stocktake', 'service_order', 'return_request'));`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "return_request_line" drop constraint "return_request_line_request_id_foreign";`);

    this.addSql(`alter table "return_request_event" drop constraint "return_request_event_request_id_foreign";`);

    this.addSql(`drop table if exists "return_request" cascade;`);

    this.addSql(`drop table if exists "return_request_line" cascade;`);

    this.addSql(`drop table if exists "return_request_event" cascade;`);

    this.addSql(`drop table if exists "warranty_extension" cascade;`);

    this.addSql(`alter table "part" drop constraint "part_product_id_foreign";`);

    this.addSql(`alter table "product_unit" drop constraint "product_unit_replaces_id_foreign";`);

    this.addSql(`alter table "stock_movement" drop constraint if exists "stock_movement_document_type_check";`);

    this.addSql(`alter table "part" drop constraint "part_product_id_unique";`);
    this.addSql(`alter table "part" drop column "product_id";`);

    this.addSql(`drop index "product_unit_replaces_id_index";`);
    this.addSql(`alter table "product_unit" drop column "delivered_on", drop column "carried_warranty_ends_on", drop column "replaces_id";`);

    this.addSql(`alter table "service_order" drop column "return_offered";`);

    this.addSql(`alter table "stock_movement" add constraint "stock_movement_document_type_check" check("document_type" in ('stock_in', 'stock_out', 'requisition', 'borrowing', 'transfer', 'purchase_order', 'stocktake', 'service_order'));`);
  }

}
