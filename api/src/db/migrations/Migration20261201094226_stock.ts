import { Migration } from '@mikro-orm/migrations';

export class Migration20261201094226_stock extends Migration {

  override async up(): Promise<void> {
    // The order ledger rows are written in (their running balances follow it; see StockMovement.seq).
    this.addSql(`create sequence "stock_movement_seq";`);

    this.addSql(`create table "stock_document_sequence" ("type" varchar(20) not null, "year" smallint not null, "last_number" int not null, constraint "stock_document_sequence_pkey" primary key ("type", "year"));`);

    this.addSql(`create table "stock_transfer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "station_id" uuid not null, "warehouse_id" uuid not null, "requested_by_kind" varchar(10) not null, "requested_by_id" varchar(64) not null, "requested_by" varchar(100) not null, "note" text null, "closed_at" timestamptz null, "status" text check ("status" in ('applied', 'in_transit', 'received', 'cancelled')) not null default 'applied', "to_warehouse_id" uuid not null, "to_station_id" uuid not null, "shipped_at" timestamptz null, "received_at" timestamptz null, constraint "stock_transfer_pkey" primary key ("id"));`);
    this.addSql(`alter table "stock_transfer" add constraint "stock_transfer_number_unique" unique ("number");`);
    this.addSql(`create index "stock_transfer_station_id_index" on "stock_transfer" ("station_id");`);
    this.addSql(`create index "stock_transfer_warehouse_id_index" on "stock_transfer" ("warehouse_id");`);
    this.addSql(`create index "stock_transfer_to_warehouse_id_index" on "stock_transfer" ("to_warehouse_id");`);
    this.addSql(`create index "stock_transfer_to_station_id_index" on "stock_transfer" ("to_station_id");`);
    this.addSql(`create index "stock_transfer_status_created_at_index" on "stock_transfer" ("status", "created_at");`);

    this.addSql(`create table "stock_transfer_line" ("id" uuid not null, "line_no" smallint not null, "part_id" uuid not null, "quantity" int not null, "document_id" uuid not null, "unit_cost" numeric(14,4) null, constraint "stock_transfer_line_pkey" primary key ("id"));`);
    this.addSql(`create index "stock_transfer_line_document_id_index" on "stock_transfer_line" ("document_id");`);

    this.addSql(`create table "stock_transfer_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "station_id" uuid null, "department_name" varchar(100) null, "lines" jsonb null, "note" text null, "internal" boolean not null default false, "document_id" uuid not null, "action" text check ("action" in ('create', 'process', 'approve', 'reject', 'place', 'receive', 'issue', 'lend', 'ship', 'return', 'confirm', 'finish', 'close', 'cancel', 'count', 'link')) not null, "from_status" text check ("from_status" in ('applied', 'in_transit', 'received', 'cancelled')) null, "status" text check ("status" in ('applied', 'in_transit', 'received', 'cancelled')) not null, constraint "stock_transfer_event_pkey" primary key ("id"));`);
    this.addSql(`create index "stock_transfer_event_document_id_at_index" on "stock_transfer_event" ("document_id", "at");`);

    this.addSql(`create table "stocktake" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "station_id" uuid not null, "warehouse_id" uuid not null, "requested_by_kind" varchar(10) not null, "requested_by_id" varchar(64) not null, "requested_by" varchar(100) not null, "note" text null, "closed_at" timestamptz null, "status" text check ("status" in ('open', 'confirmed', 'cancelled')) not null default 'open', "all_parts" boolean not null default true, "counted_lines" int not null default 0, "confirmed_at" timestamptz null, constraint "stocktake_pkey" primary key ("id"));`);
    this.addSql(`alter table "stocktake" add constraint "stocktake_number_unique" unique ("number");`);
    this.addSql(`create index "stocktake_station_id_index" on "stocktake" ("station_id");`);
    this.addSql(`create index "stocktake_warehouse_id_index" on "stocktake" ("warehouse_id");`);
    this.addSql(`create index "stocktake_status_created_at_index" on "stocktake" ("status", "created_at");`);

    this.addSql(`create table "stocktake_line" ("id" uuid not null, "line_no" smallint not null, "part_id" uuid not null, "quantity" int not null, "document_id" uuid not null, "counted_quantity" int null, "expected_quantity" int null, "counted_at" timestamptz null, constraint "stocktake_line_pkey" primary key ("id"));`);
    this.addSql(`create index "stocktake_line_document_id_index" on "stocktake_line" ("document_id");`);

    this.addSql(`create table "stocktake_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "station_id" uuid null, "department_name" varchar(100) null, "lines" jsonb null, "note" text null, "internal" boolean not null default false, "document_id" uuid not null, "action" text check ("action" in ('create', 'process', 'approve', 'reject', 'place', 'receive', 'issue', 'lend', 'ship', 'return', 'confirm', 'finish', 'close', 'cancel', 'count', 'link')) not null, "from_status" text check ("from_status" in ('open', 'confirmed', 'cancelled')) null, "status" text check ("status" in ('open', 'confirmed', 'cancelled')) not null, constraint "stocktake_event_pkey" primary key ("id"));`);
    this.addSql(`create index "stocktake_event_document_id_at_index" on "stocktake_event" ("document_id", "at");`);

    this.addSql(`create table "stock_out" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "station_id" uuid not null, "warehouse_id" uuid not null, "requested_by_kind" varchar(10) not null, "requested_by_id" varchar(64) not null, "requested_by" varchar(100) not null, "note" text null, "closed_at" timestamptz null, "kind" text check ("kind" in ('sale', 'loss', 'exchange_out', 'return_to_maker')) not null, "status" text check ("status" in ('applied', 'processing', 'issued', 'closed', 'cancelled')) not null default 'applied', "service_order_id" uuid null, "recipient" varchar(100) null, "issued_at" timestamptz null, constraint "stock_out_pkey" primary key ("id"));`);
    this.addSql(`alter table "stock_out" add constraint "stock_out_number_unique" unique ("number");`);
    this.addSql(`create index "stock_out_station_id_index" on "stock_out" ("station_id");`);
    this.addSql(`create index "stock_out_warehouse_id_index" on "stock_out" ("warehouse_id");`);
    this.addSql(`create index "stock_out_status_created_at_index" on "stock_out" ("status", "created_at");`);

    this.addSql(`create table "stock_out_line" ("id" uuid not null, "line_no" smallint not null, "part_id" uuid not null, "quantity" int not null, "document_id" uuid not null, "unit_cost" numeric(14,4) null, constraint "stock_out_line_pkey" primary key ("id"));`);
    this.addSql(`create index "stock_out_line_document_id_index" on "stock_out_line" ("document_id");`);

    this.addSql(`create table "stock_out_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "station_id" uuid null, "department_name" varchar(100) null, "lines" jsonb null, "note" text null, "internal" boolean not null default false, "document_id" uuid not null, "action" text check ("action" in ('create', 'process', 'approve', 'reject', 'place', 'receive', 'issue', 'lend', 'ship', 'return', 'confirm', 'finish', 'close', 'cancel', 'count', 'link')) not null, "from_status" text check ("from_status" in ('applied', 'processing', 'issued', 'closed', 'cancelled')) null, "status" text check ("status" in ('applied', 'processing', 'issued', 'closed', 'cancelled')) not null, constraint "stock_out_event_pkey" primary key ("id"));`);
    this.addSql(`create index "stock_out_event_document_id_at_index" on "stock_out_event" ("document_id", "at");`);

    this.addSql(`create table "stock_movement" ("id" uuid not null, "at" timestamptz not null, "seq" bigint not null default nextval('stock_movement_seq'), "part_id" uuid not null, "warehouse_id" uuid not null, "quantity" int not null, "kind" text check ("kind" in ('opening', 'purchase_in', 'return_in', 'old_part_in', 'exchange_in', 'transfer_in', 'borrow_back', 'stocktake_gain', 'transfer_out', 'requisition_out', 'consumption', 'sale', 'loss', 'exchange_out', 'return_to_maker', 'borrow_out', 'stocktake_loss')) not null, "unit_cost" numeric(14,4) not null, "balance_after" int not null, "document_type" text check ("document_type" in ('stock_in', 'stock_out', 'requisition', 'borrowing', 'transfer', 'purchase_order', 'stocktake', 'service_order')) not null, "document_id" uuid not null, "document_number" varchar(20) not null, "service_order_id" uuid null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "note" text null, constraint "stock_movement_pkey" primary key ("id"));`);
    this.addSql(`create index "stock_movement_service_order_id_index" on "stock_movement" ("service_order_id");`);
    this.addSql(`create index "stock_movement_document_id_index" on "stock_movement" ("document_id");`);
    this.addSql(`create index "stock_movement_warehouse_id_at_index" on "stock_movement" ("warehouse_id", "at");`);
    this.addSql(`create index "stock_movement_part_id_warehouse_id_at_index" on "stock_movement" ("part_id", "warehouse_id", "at");`);

    this.addSql(`create table "stock_in" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "station_id" uuid not null, "warehouse_id" uuid not null, "requested_by_kind" varchar(10) not null, "requested_by_id" varchar(64) not null, "requested_by" varchar(100) not null, "note" text null, "closed_at" timestamptz null, "kind" text check ("kind" in ('purchase_in', 'return_in', 'old_part_in', 'exchange_in', 'opening')) not null, "status" text check ("status" in ('applied', 'received', 'closed', 'cancelled')) not null default 'applied', "service_order_id" uuid null, "received_at" timestamptz null, constraint "stock_in_pkey" primary key ("id"));`);
    this.addSql(`alter table "stock_in" add constraint "stock_in_number_unique" unique ("number");`);
    this.addSql(`create index "stock_in_station_id_index" on "stock_in" ("station_id");`);
    this.addSql(`create index "stock_in_warehouse_id_index" on "stock_in" ("warehouse_id");`);
    this.addSql(`create index "stock_in_status_created_at_index" on "stock_in" ("status", "created_at");`);

    this.addSql(`create table "stock_in_line" ("id" uuid not null, "line_no" smallint not null, "part_id" uuid not null, "quantity" int not null, "document_id" uuid not null, "unit_cost" numeric(14,4) null, constraint "stock_in_line_pkey" primary key ("id"));`);
    this.addSql(`create index "stock_in_line_document_id_index" on "stock_in_line" ("document_id");`);

    this.addSql(`create table "stock_in_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "station_id" uuid null, "department_name" varchar(100) null, "lines" jsonb null, "note" text null, "internal" boolean not null default false, "document_id" uuid not null, "action" text check ("action" in ('create', 'process', 'approve', 'reject', 'place', 'receive', 'issue', 'lend', 'ship', 'return', 'confirm', 'finish', 'close', 'cancel', 'count', 'link')) not null, "from_status" text check ("from_status" in ('applied', 'received', 'closed', 'cancelled')) null, "status" text check ("status" in ('applied', 'received', 'closed', 'cancelled')) not null, constraint "stock_in_event_pkey" primary key ("id"));`);
    this.addSql(`create index "stock_in_event_document_id_at_index" on "stock_in_event" ("document_id", "at");`);

    this.addSql(`create table "stock_balance" ("id" uuid not null, "part_id" uuid not null, "warehouse_id" uuid not null, "on_hand" int not null, "average_cost" numeric(14,4) not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, constraint "stock_balance_pkey" primary key ("id"), constraint stock_balance_on_hand_check check (on_hand >= 0));`);
    this.addSql(`create index "stock_balance_warehouse_id_index" on "stock_balance" ("warehouse_id");`);
    this.addSql(`alter table "stock_balance" add constraint "stock_balance_part_id_warehouse_id_unique" unique ("part_id", "warehouse_id");`);

    this.addSql(`create table "requisition" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "station_id" uuid not null, "warehouse_id" uuid not null, "requested_by_kind" varchar(10) not null, "requested_by_id" varchar(64) not null, "requested_by" varchar(100) not null, "note" text null, "closed_at" timestamptz null, "status" text check ("status" in ('applied', 'processing', 'issued', 'closed', 'rejected', 'cancelled')) not null default 'applied', "technician_id" uuid not null, "service_order_id" uuid null, "approved_at" timestamptz null, "issued_at" timestamptz null, "return_due_at" timestamptz null, "held_quantity" int not null default 0, "old_parts_due" int not null default 0, constraint "requisition_pkey" primary key ("id"));`);
    this.addSql(`alter table "requisition" add constraint "requisition_number_unique" unique ("number");`);
    this.addSql(`create index "requisition_station_id_index" on "requisition" ("station_id");`);
    this.addSql(`create index "requisition_warehouse_id_index" on "requisition" ("warehouse_id");`);
    this.addSql(`create index "requisition_service_order_id_index" on "requisition" ("service_order_id");`);
    this.addSql(`create index "requisition_technician_id_status_index" on "requisition" ("technician_id", "status");`);
    this.addSql(`create index "requisition_status_return_due_at_index" on "requisition" ("status", "return_due_at");`);

    this.addSql(`create table "requisition_line" ("id" uuid not null, "line_no" smallint not null, "part_id" uuid not null, "quantity" int not null, "document_id" uuid not null, "issued_quantity" int not null default 0, "used_quantity" int not null default 0, "returned_quantity" int not null default 0, "old_returned_quantity" int not null default 0, "unit_cost" numeric(14,4) null, constraint "requisition_line_pkey" primary key ("id"));`);
    this.addSql(`create index "requisition_line_document_id_index" on "requisition_line" ("document_id");`);

    this.addSql(`create table "requisition_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "station_id" uuid null, "department_name" varchar(100) null, "lines" jsonb null, "note" text null, "internal" boolean not null default false, "document_id" uuid not null, "action" text check ("action" in ('create', 'process', 'approve', 'reject', 'place', 'receive', 'issue', 'lend', 'ship', 'return', 'confirm', 'finish', 'close', 'cancel', 'count', 'link')) not null, "from_status" text check ("from_status" in ('applied', 'processing', 'issued', 'closed', 'rejected', 'cancelled')) null, "status" text check ("status" in ('applied', 'processing', 'issued', 'closed', 'rejected', 'cancelled')) not null, constraint "requisition_event_pkey" primary key ("id"));`);
    this.addSql(`create index "requisition_event_document_id_at_index" on "requisition_event" ("document_id", "at");`);

    this.addSql(`create table "purchase_order" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "station_id" uuid not null, "warehouse_id" uuid not null, "requested_by_kind" varchar(10) not null, "requested_by_id" varchar(64) not null, "requested_by" varchar(100) not null, "note" text null, "closed_at" timestamptz null, "status" text check ("status" in ('applied', 'ordering', 'received', 'cancelled')) not null default 'applied', "supplier" varchar(100) not null, "manufacturer_id" uuid null, "expected_on" date null, "placed_at" timestamptz null, "received_at" timestamptz null, "outstanding_quantity" int not null default 0, constraint "purchase_order_pkey" primary key ("id"));`);
    this.addSql(`alter table "purchase_order" add constraint "purchase_order_number_unique" unique ("number");`);
    this.addSql(`create index "purchase_order_station_id_index" on "purchase_order" ("station_id");`);
    this.addSql(`create index "purchase_order_warehouse_id_index" on "purchase_order" ("warehouse_id");`);
    this.addSql(`create index "purchase_order_status_created_at_index" on "purchase_order" ("status", "created_at");`);

    this.addSql(`create table "purchase_order_line" ("id" uuid not null, "line_no" smallint not null, "part_id" uuid not null, "quantity" int not null, "document_id" uuid not null, "unit_cost" numeric(14,4) not null, "received_quantity" int not null default 0, constraint "purchase_order_line_pkey" primary key ("id"));`);
    this.addSql(`create index "purchase_order_line_document_id_index" on "purchase_order_line" ("document_id");`);

    this.addSql(`create table "purchase_order_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "station_id" uuid null, "department_name" varchar(100) null, "lines" jsonb null, "note" text null, "internal" boolean not null default false, "document_id" uuid not null, "action" text check ("action" in ('create', 'process', 'approve', 'reject', 'place', 'receive', 'issue', 'lend', 'ship', 'return', 'confirm', 'finish', 'close', 'cancel', 'count', 'link')) not null, "from_status" text check ("from_status" in ('applied', 'ordering', 'received', 'cancelled')) null, "status" text check ("status" in ('applied', 'ordering', 'received', 'cancelled')) not null, constraint "purchase_order_event_pkey" primary key ("id"));`);
    this.addSql(`create index "purchase_order_event_document_id_at_index" on "purchase_order_event" ("document_id", "at");`);

    this.addSql(`create table "stock_awaited_part" ("id" uuid not null, "order_part_id" uuid not null, "service_order_id" uuid not null, "part_id" uuid not null, "quantity" int not null, "purchase_order_id" uuid null, "transfer_id" uuid null, "linked_at" timestamptz not null, "arrived_at" timestamptz null, constraint "stock_awaited_part_pkey" primary key ("id"));`);
    this.addSql(`alter table "stock_awaited_part" add constraint "stock_awaited_part_order_part_id_unique" unique ("order_part_id");`);
    this.addSql(`create index "stock_awaited_part_service_order_id_index" on "stock_awaited_part" ("service_order_id");`);
    this.addSql(`create index "stock_awaited_part_transfer_id_index" on "stock_awaited_part" ("transfer_id");`);
    this.addSql(`create index "stock_awaited_part_purchase_order_id_index" on "stock_awaited_part" ("purchase_order_id");`);

    this.addSql(`create table "stock_order_issue" ("id" uuid not null, "order_part_id" uuid not null, "service_order_id" uuid not null, "part_id" uuid not null, "quantity" int not null, "source" text check ("source" in ('warehouse', 'holding')) not null, "warehouse_id" uuid null, "requisition_id" uuid null, "requisition_line_id" uuid null, "unit_cost" numeric(14,4) not null, "issued_at" timestamptz not null, "returned_at" timestamptz null, constraint "stock_order_issue_pkey" primary key ("id"));`);
    this.addSql(`create index "stock_order_issue_order_part_id_index" on "stock_order_issue" ("order_part_id");`);
    this.addSql(`create index "stock_order_issue_service_order_id_index" on "stock_order_issue" ("service_order_id");`);

    this.addSql(`create table "borrowing" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "number" varchar(20) not null, "station_id" uuid not null, "warehouse_id" uuid not null, "requested_by_kind" varchar(10) not null, "requested_by_id" varchar(64) not null, "requested_by" varchar(100) not null, "note" text null, "closed_at" timestamptz null, "status" text check ("status" in ('applied', 'lent', 'returned', 'cancelled')) not null default 'applied', "technician_id" uuid not null, "purpose" varchar(200) null, "lent_at" timestamptz null, "return_due_at" timestamptz null, "held_quantity" int not null default 0, constraint "borrowing_pkey" primary key ("id"));`);
    this.addSql(`alter table "borrowing" add constraint "borrowing_number_unique" unique ("number");`);
    this.addSql(`create index "borrowing_station_id_index" on "borrowing" ("station_id");`);
    this.addSql(`create index "borrowing_warehouse_id_index" on "borrowing" ("warehouse_id");`);
    this.addSql(`create index "borrowing_technician_id_status_index" on "borrowing" ("technician_id", "status");`);
    this.addSql(`create index "borrowing_status_return_due_at_index" on "borrowing" ("status", "return_due_at");`);

    this.addSql(`create table "borrowing_line" ("id" uuid not null, "line_no" smallint not null, "part_id" uuid not null, "quantity" int not null, "document_id" uuid not null, "returned_quantity" int not null default 0, "unit_cost" numeric(14,4) null, constraint "borrowing_line_pkey" primary key ("id"));`);
    this.addSql(`create index "borrowing_line_document_id_index" on "borrowing_line" ("document_id");`);

    this.addSql(`create table "borrowing_event" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "station_id" uuid null, "department_name" varchar(100) null, "lines" jsonb null, "note" text null, "internal" boolean not null default false, "document_id" uuid not null, "action" text check ("action" in ('create', 'process', 'approve', 'reject', 'place', 'receive', 'issue', 'lend', 'ship', 'return', 'confirm', 'finish', 'close', 'cancel', 'count', 'link')) not null, "from_status" text check ("from_status" in ('applied', 'lent', 'returned', 'cancelled')) null, "status" text check ("status" in ('applied', 'lent', 'returned', 'cancelled')) not null, constraint "borrowing_event_pkey" primary key ("id"));`);
    this.addSql(`create index "borrowing_event_document_id_at_index" on "borrowing_event" ("document_id", "at");`);

    this.addSql(`alter table "stock_transfer" add constraint "stock_transfer_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_transfer" add constraint "stock_transfer_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_transfer" add constraint "stock_transfer_to_warehouse_id_foreign" foreign key ("to_warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_transfer" add constraint "stock_transfer_to_station_id_foreign" foreign key ("to_station_id") references "service_station" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "stock_transfer_line" add constraint "stock_transfer_line_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_transfer_line" add constraint "stock_transfer_line_document_id_foreign" foreign key ("document_id") references "stock_transfer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stock_transfer_event" add constraint "stock_transfer_event_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_transfer_event" add constraint "stock_transfer_event_document_id_foreign" foreign key ("document_id") references "stock_transfer" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stocktake" add constraint "stocktake_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stocktake" add constraint "stocktake_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "stocktake_line" add constraint "stocktake_line_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stocktake_line" add constraint "stocktake_line_document_id_foreign" foreign key ("document_id") references "stocktake" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stocktake_event" add constraint "stocktake_event_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stocktake_event" add constraint "stocktake_event_document_id_foreign" foreign key ("document_id") references "stocktake" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stock_out" add constraint "stock_out_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_out" add constraint "stock_out_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_out" add constraint "stock_out_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "stock_out_line" add constraint "stock_out_line_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_out_line" add constraint "stock_out_line_document_id_foreign" foreign key ("document_id") references "stock_out" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stock_out_event" add constraint "stock_out_event_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_out_event" add constraint "stock_out_event_document_id_foreign" foreign key ("document_id") references "stock_out" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stock_movement" add constraint "stock_movement_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_movement" add constraint "stock_movement_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "stock_in" add constraint "stock_in_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_in" add constraint "stock_in_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_in" add constraint "stock_in_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "stock_in_line" add constraint "stock_in_line_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_in_line" add constraint "stock_in_line_document_id_foreign" foreign key ("document_id") references "stock_in" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stock_in_event" add constraint "stock_in_event_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_in_event" add constraint "stock_in_event_document_id_foreign" foreign key ("document_id") references "stock_in" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stock_balance" add constraint "stock_balance_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_balance" add constraint "stock_balance_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "requisition" add constraint "requisition_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "requisition" add constraint "requisition_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "requisition" add constraint "requisition_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "requisition" add constraint "requisition_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "requisition_line" add constraint "requisition_line_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "requisition_line" add constraint "requisition_line_document_id_foreign" foreign key ("document_id") references "requisition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "requisition_event" add constraint "requisition_event_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "requisition_event" add constraint "requisition_event_document_id_foreign" foreign key ("document_id") references "requisition" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "purchase_order" add constraint "purchase_order_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "purchase_order" add constraint "purchase_order_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "purchase_order" add constraint "purchase_order_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "purchase_order_line" add constraint "purchase_order_line_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "purchase_order_line" add constraint "purchase_order_line_document_id_foreign" foreign key ("document_id") references "purchase_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "purchase_order_event" add constraint "purchase_order_event_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "purchase_order_event" add constraint "purchase_order_event_document_id_foreign" foreign key ("document_id") references "purchase_order" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "stock_awaited_part" add constraint "stock_awaited_part_order_part_id_foreign" foreign key ("order_part_id") references "service_order_part" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "stock_awaited_part" add constraint "stock_awaited_part_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "stock_awaited_part" add constraint "stock_awaited_part_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_awaited_part" add constraint "stock_awaited_part_purchase_order_id_foreign" foreign key ("purchase_order_id") references "purchase_order" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_awaited_part" add constraint "stock_awaited_part_transfer_id_foreign" foreign key ("transfer_id") references "stock_transfer" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "stock_order_issue" add constraint "stock_order_issue_order_part_id_foreign" foreign key ("order_part_id") references "service_order_part" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "stock_order_issue" add constraint "stock_order_issue_service_order_id_foreign" foreign key ("service_order_id") references "service_order" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "stock_order_issue" add constraint "stock_order_issue_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_order_issue" add constraint "stock_order_issue_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_order_issue" add constraint "stock_order_issue_requisition_id_foreign" foreign key ("requisition_id") references "requisition" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "stock_order_issue" add constraint "stock_order_issue_requisition_line_id_foreign" foreign key ("requisition_line_id") references "requisition_line" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "borrowing" add constraint "borrowing_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "borrowing" add constraint "borrowing_warehouse_id_foreign" foreign key ("warehouse_id") references "warehouse" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "borrowing" add constraint "borrowing_technician_id_foreign" foreign key ("technician_id") references "technician" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "borrowing_line" add constraint "borrowing_line_part_id_foreign" foreign key ("part_id") references "part" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "borrowing_line" add constraint "borrowing_line_document_id_foreign" foreign key ("document_id") references "borrowing" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "borrowing_event" add constraint "borrowing_event_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "borrowing_event" add constraint "borrowing_event_document_id_foreign" foreign key ("document_id") references "borrowing" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "service_order_event" drop constraint if exists "service_order_event_action_check";`);

    this.addSql(`alter table "service_order_event" add constraint "service_order_event_action_check" check("action" in ('create', 'dispatch', 'reject_dispatch', 'start_repair', 'await_parts', 'parts_arrived', 'complete', 'send_to_agent', 'receive_from_agent', 'return_to_customer', 'record_return_visit', 'cancel', 'appraisal', 'fees_overridden', 'rework_created', 'note', 'parts_received', 'part_removed'));`);

    this.addSql(`alter table "warehouse" add column "kind" text check ("kind" in ('parts', 'old_parts')) not null default 'parts';`);
    // Warehouses kept for replaced parts so far were told by their name.
    this.addSql(`update "warehouse" set "kind" = 'old_parts' where "name" like '%旧件%';`);

    // The ledger is append-only: a correction is a new row, never an update or a delete.
    this.addSql(`create function "stock_movement_append_only"() returns trigger language plpgsql as $$
      begin
        raise exception 'stock_movement rows are never updated or deleted: post a correcting movement instead';
      end $$;`);
    this.addSql(`create trigger "stock_movement_append_only" before update or delete on "stock_movement" for each row execute function "stock_movement_append_only"();`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "stock_movement_append_only" on "stock_movement";`);
    this.addSql(`drop function if exists "stock_movement_append_only"();`);
    this.addSql(`alter table "stock_transfer_line" drop constraint "stock_transfer_line_document_id_foreign";`);

    this.addSql(`alter table "stock_transfer_event" drop constraint "stock_transfer_event_document_id_foreign";`);

    this.addSql(`alter table "stock_awaited_part" drop constraint "stock_awaited_part_transfer_id_foreign";`);

    this.addSql(`alter table "stocktake_line" drop constraint "stocktake_line_document_id_foreign";`);

    this.addSql(`alter table "stocktake_event" drop constraint "stocktake_event_document_id_foreign";`);

    this.addSql(`alter table "stock_out_line" drop constraint "stock_out_line_document_id_foreign";`);

    this.addSql(`alter table "stock_out_event" drop constraint "stock_out_event_document_id_foreign";`);

    this.addSql(`alter table "stock_in_line" drop constraint "stock_in_line_document_id_foreign";`);

    this.addSql(`alter table "stock_in_event" drop constraint "stock_in_event_document_id_foreign";`);

    this.addSql(`alter table "requisition_line" drop constraint "requisition_line_document_id_foreign";`);

    this.addSql(`alter table "requisition_event" drop constraint "requisition_event_document_id_foreign";`);

    this.addSql(`alter table "stock_order_issue" drop constraint "stock_order_issue_requisition_id_foreign";`);

    this.addSql(`alter table "stock_order_issue" drop constraint "stock_order_issue_requisition_line_id_foreign";`);

    this.addSql(`alter table "purchase_order_line" drop constraint "purchase_order_line_document_id_foreign";`);

    this.addSql(`alter table "purchase_order_event" drop constraint "purchase_order_event_document_id_foreign";`);

    this.addSql(`alter table "stock_awaited_part" drop constraint "stock_awaited_part_purchase_order_id_foreign";`);

    this.addSql(`alter table "borrowing_line" drop constraint "borrowing_line_document_id_foreign";`);

    this.addSql(`alter table "borrowing_event" drop constraint "borrowing_event_document_id_foreign";`);

    this.addSql(`drop table if exists "stock_document_sequence" cascade;`);

    this.addSql(`drop table if exists "stock_transfer" cascade;`);

    this.addSql(`drop table if exists "stock_transfer_line" cascade;`);

    this.addSql(`drop table if exists "stock_transfer_event" cascade;`);

    this.addSql(`drop table if exists "stocktake" cascade;`);

    this.addSql(`drop table if exists "stocktake_line" cascade;`);

    this.addSql(`drop table if exists "stocktake_event" cascade;`);

    this.addSql(`drop table if exists "stock_out" cascade;`);

    this.addSql(`drop table if exists "stock_out_line" cascade;`);

    this.addSql(`drop table if exists "stock_out_event" cascade;`);

    this.addSql(`drop table if exists "stock_movement" cascade;`);

    this.addSql(`drop table if exists "stock_in" cascade;`);

    this.addSql(`drop table if exists "stock_in_line" cascade;`);

    this.addSql(`drop table if exists "stock_in_event" cascade;`);

    this.addSql(`drop table if exists "stock_balance" cascade;`);

    this.addSql(`drop table if exists "requisition" cascade;`);

    this.addSql(`drop table if exists "requisition_line" cascade;`);

    this.addSql(`drop table if exists "requisition_event" cascade;`);

    this.addSql(`drop table if exists "purchase_order" cascade;`);

    this.addSql(`drop table if exists "purchase_order_line" cascade;`);

    this.addSql(`drop table if exists "purchase_order_event" cascade;`);

    this.addSql(`drop table if exists "stock_awaited_part" cascade;`);

    this.addSql(`drop table if exists "stock_order_issue" cascade;`);

    this.addSql(`drop table if exists "borrowing" cascade;`);

    this.addSql(`drop table if exists "borrowing_line" cascade;`);

    this.addSql(`drop table if exists "borrowing_event" cascade;`);

    this.addSql(`alter table "service_order_event" drop constraint if exists "service_order_event_action_check";`);

    this.addSql(`alter table "service_order_event" add constraint "service_order_event_action_check" check("action" in ('create', 'dispatch', 'reject_dispatch', 'start_repair', 'await_parts', 'parts_arrived', 'complete', 'send_to_agent', 'receive_from_agent', 'return_to_customer', 'record_return_visit', 'cancel', 'appraisal', 'fees_overridden', 'rework_created', 'note'));`);

    this.addSql(`alter table "warehouse" drop column "kind";`);
    this.addSql(`drop sequence if exists "stock_movement_seq";`);
  }

}
