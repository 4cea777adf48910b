import { Migration } from '@mikro-orm/migrations';

export class Migration20261123143035_initial extends Migration {

  override async up(): Promise<void> {
    // Trigram indexes serve the partial-match searches (phone digits, part of a name).
    this.addSql(`create extension if not exists pg_trgm;`);

    this.addSql(`create table "api_key_usage" ("api_key_id" uuid not null, "day" date not null, "operation" varchar(100) not null, "requests" int not null default 0, "last_at" timestamptz null, constraint "api_key_usage_pkey" primary key ("api_key_id", "day", "operation"));`);

    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz not null, "actor_kind" varchar(10) not null, "actor_id" varchar(64) not null, "actor_label" varchar(100) not null, "action" text check ("action" in ('create', 'update', 'delete')) not null, "entity_name" varchar(60) not null, "entity_id" varchar(64) not null, "before" jsonb null, "after" jsonb null, "reason" text null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_id_index" on "audit_entry" ("actor_id");`);
    this.addSql(`create index "audit_entry_entity_name_entity_id_index" on "audit_entry" ("entity_name", "entity_id");`);

    this.addSql(`create table "code_group" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('fault_symptom', 'fault_cause', 'fault_location', 'repair_method', 'after_sales_reason')) not null, "code" varchar(20) not null, "name" varchar(60) not null, "name_en" varchar(100) null, "category_ids" text[] not null default '{}', "sort_order" int not null default 0, "active" boolean not null default true, constraint "code_group_pkey" primary key ("id"));`);
    this.addSql(`alter table "code_group" add constraint "code_group_kind_code_unique" unique ("kind", "code");`);

    this.addSql(`create table "code" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "kind" text check ("kind" in ('fault_symptom', 'fault_cause', 'fault_location', 'repair_method', 'after_sales_reason')) not null, "group_id" uuid not null, "code" varchar(20) not null, "name" varchar(100) not null, "name_en" varchar(100) null, "category_ids" text[] not null default '{}', "shown_to_customers" boolean not null default true, "sort_order" int not null default 0, "active" boolean not null default true, constraint "code_pkey" primary key ("id"));`);
    this.addSql(`create index "code_group_id_index" on "code" ("group_id");`);
    this.addSql(`create index "code_kind_sort_order_index" on "code" ("kind", "sort_order");`);
    this.addSql(`alter table "code" add constraint "code_kind_code_unique" unique ("kind", "code");`);

    this.addSql(`create table "manufacturer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "name" varchar(100) not null, "name_en" varchar(100) null, "contact" varchar(60) null, "phone" varchar(30) null, "address" varchar(200) null, "active" boolean not null default true, constraint "manufacturer_pkey" primary key ("id"));`);
    this.addSql(`alter table "manufacturer" add constraint "manufacturer_code_unique" unique ("code");`);

    this.addSql(`create table "brand" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "name" varchar(100) not null, "name_en" varchar(100) null, "manufacturer_id" uuid not null, "active" boolean not null default true, constraint "brand_pkey" primary key ("id"));`);
    this.addSql(`alter table "brand" add constraint "brand_code_unique" unique ("code");`);
    this.addSql(`create index "brand_manufacturer_id_index" on "brand" ("manufacturer_id");`);

    this.addSql(`create table "part" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(40) not null, "name" varchar(100) not null, "spec" varchar(200) null, "unit" varchar(10) not null default '个', "manufacturer_id" uuid null, "compatible_product_ids" text[] not null default '{}', "cost_price" numeric(12,2) not null default 0, "sale_price" numeric(12,2) not null default 0, "reorder_point" int not null default 0, "active" boolean not null default true, constraint "part_pkey" primary key ("id"));`);
    this.addSql(`alter table "part" add constraint "part_code_unique" unique ("code");`);
    this.addSql(`create index "part_name_index" on "part" ("name");`);
    this.addSql(`create index "part_manufacturer_id_index" on "part" ("manufacturer_id");`);

    this.addSql(`create table "product_category" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "name" varchar(60) not null, "name_en" varchar(60) null, "parent_id" uuid null, "sort_order" int not null default 0, "active" boolean not null default true, constraint "product_category_pkey" primary key ("id"));`);
    this.addSql(`alter table "product_category" add constraint "product_category_code_unique" unique ("code");`);
    this.addSql(`create index "product_category_parent_id_index" on "product_category" ("parent_id");`);

    this.addSql(`create table "product" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "model_number" varchar(60) not null, "name" varchar(120) not null, "brand_id" uuid not null, "category_id" uuid not null, "manufacturer_id" uuid not null, "warranty_months" smallint not null, "list_price" numeric(12,2) null, "active" boolean not null default true, constraint "product_pkey" primary key ("id"));`);
    this.addSql(`alter table "product" add constraint "product_model_number_unique" unique ("model_number");`);
    this.addSql(`create index "product_brand_id_index" on "product" ("brand_id");`);
    this.addSql(`create index "product_category_id_index" on "product" ("category_id");`);
    this.addSql(`create index "product_manufacturer_id_index" on "product" ("manufacturer_id");`);
    this.addSql(`create index "product_name_trgm" on "product" using gin ("name" gin_trgm_ops);`);

    this.addSql(`create table "fee_rule" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "fee_kind" text check ("fee_kind" in ('labour', 'visit')) not null, "service_kind" text check ("service_kind" in ('on_site_repair', 'in_shop_repair', 'installation', 'maintenance')) not null, "brand_id" uuid null, "category_id" uuid null, "distance_band" text check ("distance_band" in ('near', 'middle', 'far')) null, "amount" numeric(12,2) not null, "valid_from" date null, "valid_to" date null, "active" boolean not null default true, constraint "fee_rule_pkey" primary key ("id"));`);
    this.addSql(`create index "fee_rule_fee_kind_service_kind_index" on "fee_rule" ("fee_kind", "service_kind");`);

    this.addSql(`create table "region" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(20) not null, "name" varchar(60) not null, "name_en" varchar(60) null, "level" smallint not null default 2, "parent_id" uuid null, "latitude" double precision null, "longitude" double precision null, "active" boolean not null default true, constraint "region_pkey" primary key ("id"));`);
    this.addSql(`alter table "region" add constraint "region_code_unique" unique ("code");`);
    this.addSql(`create index "region_parent_id_index" on "region" ("parent_id");`);

    this.addSql(`create table "service_station" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "name" varchar(100) not null, "kind" text check ("kind" in ('own_center', 'authorised', 'general_agent', 'retail_store')) not null, "region_id" uuid null, "parent_id" uuid null, "address" varchar(200) null, "contact" varchar(60) null, "phone" varchar(30) null, "latitude" double precision null, "longitude" double precision null, "service_radius_km" int not null default 50, "daily_capacity" int not null default 20, "active" boolean not null default true, constraint "service_station_pkey" primary key ("id"));`);
    this.addSql(`alter table "service_station" add constraint "service_station_code_unique" unique ("code");`);
    this.addSql(`create index "service_station_kind_index" on "service_station" ("kind");`);
    this.addSql(`create index "service_station_region_id_index" on "service_station" ("region_id");`);
    this.addSql(`create index "service_station_parent_id_index" on "service_station" ("parent_id");`);

    this.addSql(`create table "technician" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "name" varchar(60) not null, "mobile" varchar(20) null, "station_id" uuid not null, "skill_grade" smallint not null default 1, "daily_order_limit" smallint not null default 8, "base_wage" numeric(12,2) not null default 0, "wage_cap" numeric(12,2) null, "commission_coefficient" double precision not null default 0, "region_ids" text[] not null default '{}', "status" text check ("status" in ('idle', 'on_the_way', 'on_site', 'off_duty')) not null default 'idle', "active" boolean not null default true, constraint "technician_pkey" primary key ("id"));`);
    this.addSql(`alter table "technician" add constraint "technician_code_unique" unique ("code");`);
    this.addSql(`create index "technician_station_id_index" on "technician" ("station_id");`);

    this.addSql(`create table "customer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "kind" text check ("kind" in ('individual', 'dealer', 'store', 'enterprise')) not null default 'individual', "mobile" varchar(20) null, "phones" text[] not null default '{}', "email" varchar(100) null, "address" varchar(200) null, "region_id" uuid null, "service_level" text check ("service_level" in ('normal', 'vip', 'contract')) not null default 'normal', "default_technician_id" uuid null, "notes" text null, "active" boolean not null default true, "search_text" text not null default '', constraint "customer_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_mobile_index" on "customer" ("mobile");`);
    this.addSql(`create index "customer_region_id_index" on "customer" ("region_id");`);
    this.addSql(`create index "customer_search_text_trgm" on "customer" using gin ("search_text" gin_trgm_ops);`);

    this.addSql(`create table "product_unit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "serial_number" varchar(60) not null, "product_id" uuid not null, "owner_id" uuid null, "user_id" uuid null, "purchase_date" date null, "seller" varchar(100) null, "installation_date" date null, "warranty_ends_on" date null, "warranty_overridden" boolean not null default false, "notes" text null, "active" boolean not null default true, constraint "product_unit_pkey" primary key ("id"));`);
    this.addSql(`create index "product_unit_serial_number_index" on "product_unit" ("serial_number");`);
    this.addSql(`create index "product_unit_owner_id_index" on "product_unit" ("owner_id");`);
    this.addSql(`create index "product_unit_warranty_ends_on_index" on "product_unit" ("warranty_ends_on");`);
    this.addSql(`alter table "product_unit" add constraint "product_unit_product_id_serial_number_unique" unique ("product_id", "serial_number");`);

    this.addSql(`create table "app_user" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "username" varchar(60) not null, "display_name" varchar(100) not null, "password_hash" varchar(200) not null, "roles" text[] not null, "station_id" uuid null, "active" boolean not null default true, "last_login_at" timestamptz null, constraint "app_user_pkey" primary key ("id"));`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);
    this.addSql(`create index "app_user_station_id_index" on "app_user" ("station_id");`);

    this.addSql(`create table "api_key" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" varchar(100) not null, "partner_kind" text check ("partner_kind" in ('manufacturer', 'retailer', 'service_network')) not null, "prefix" varchar(20) not null, "secret_hash" varchar(64) not null, "scopes" text[] not null, "manufacturer_id" uuid null, "station_id" uuid null, "expires_at" timestamptz null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, "created_by_id" uuid null, constraint "api_key_pkey" primary key ("id"));`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(`create table "warehouse" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "code" varchar(30) not null, "name" varchar(100) not null, "station_id" uuid not null, "central" boolean not null default false, "address" varchar(200) null, "active" boolean not null default true, constraint "warehouse_pkey" primary key ("id"));`);
    this.addSql(`alter table "warehouse" add constraint "warehouse_code_unique" unique ("code");`);
    this.addSql(`create index "warehouse_station_id_index" on "warehouse" ("station_id");`);

    this.addSql(`alter table "code" add constraint "code_group_id_foreign" foreign key ("group_id") references "code_group" ("id") on update cascade;`);

    this.addSql(`alter table "brand" add constraint "brand_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade;`);

    this.addSql(`alter table "part" add constraint "part_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "product_category" add constraint "product_category_parent_id_foreign" foreign key ("parent_id") references "product_category" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "product" add constraint "product_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade;`);
    this.addSql(`alter table "product" add constraint "product_category_id_foreign" foreign key ("category_id") references "product_category" ("id") on update cascade;`);
    this.addSql(`alter table "product" add constraint "product_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade;`);

    this.addSql(`alter table "fee_rule" add constraint "fee_rule_brand_id_foreign" foreign key ("brand_id") references "brand" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "fee_rule" add constraint "fee_rule_category_id_foreign" foreign key ("category_id") references "product_category" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "region" add constraint "region_parent_id_foreign" foreign key ("parent_id") references "region" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "service_station" add constraint "service_station_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "service_station" add constraint "service_station_parent_id_foreign" foreign key ("parent_id") references "service_station" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "technician" add constraint "technician_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade;`);

    this.addSql(`alter table "customer" add constraint "customer_region_id_foreign" foreign key ("region_id") references "region" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "customer" add constraint "customer_default_technician_id_foreign" foreign key ("default_technician_id") references "technician" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "product_unit" add constraint "product_unit_product_id_foreign" foreign key ("product_id") references "product" ("id") on update cascade;`);
    this.addSql(`alter table "product_unit" add constraint "product_unit_owner_id_foreign" foreign key ("owner_id") references "customer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "product_unit" add constraint "product_unit_user_id_foreign" foreign key ("user_id") references "customer" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "app_user" add constraint "app_user_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "api_key" add constraint "api_key_manufacturer_id_foreign" foreign key ("manufacturer_id") references "manufacturer" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "api_key" add constraint "api_key_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade on delete restrict;`);
    this.addSql(`alter table "api_key" add constraint "api_key_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on update cascade on delete restrict;`);

    this.addSql(`alter table "warehouse" add constraint "warehouse_station_id_foreign" foreign key ("station_id") references "service_station" ("id") on update cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "code" drop constraint "code_group_id_foreign";`);

    this.addSql(`alter table "brand" drop constraint "brand_manufacturer_id_foreign";`);

    this.addSql(`alter table "part" drop constraint "part_manufacturer_id_foreign";`);

    this.addSql(`alter table "product" drop constraint "product_manufacturer_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_manufacturer_id_foreign";`);

    this.addSql(`alter table "product" drop constraint "product_brand_id_foreign";`);

    this.addSql(`alter table "fee_rule" drop constraint "fee_rule_brand_id_foreign";`);

    this.addSql(`alter table "product_category" drop constraint "product_category_parent_id_foreign";`);

    this.addSql(`alter table "product" drop constraint "product_category_id_foreign";`);

    this.addSql(`alter table "fee_rule" drop constraint "fee_rule_category_id_foreign";`);

    this.addSql(`alter table "product_unit" drop constraint "product_unit_product_id_foreign";`);

    this.addSql(`alter table "region" drop constraint "region_parent_id_foreign";`);

    this.addSql(`alter table "service_station" drop constraint "service_station_region_id_foreign";`);

    this.addSql(`alter table "customer" drop constraint "customer_region_id_foreign";`);

    this.addSql(`alter table "service_station" drop constraint "service_station_parent_id_foreign";`);

    this.addSql(`alter table "technician" drop constraint "technician_station_id_foreign";`);

    this.addSql(`alter table "app_user" drop constraint "app_user_station_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_station_id_foreign";`);

    this.addSql(`alter table "warehouse" drop constraint "warehouse_station_id_foreign";`);

    this.addSql(`alter table "customer" drop constraint "customer_default_technician_id_foreign";`);

    this.addSql(`alter table "product_unit" drop constraint "product_unit_owner_id_foreign";`);

    this.addSql(`alter table "product_unit" drop constraint "product_unit_user_id_foreign";`);

    this.addSql(`alter table "api_key" drop constraint "api_key_created_by_id_foreign";`);

    this.addSql(`drop table if exists "api_key_usage" cascade;`);

    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "code_group" cascade;`);

    this.addSql(`drop table if exists "code" cascade;`);

    this.addSql(`drop table if exists "manufacturer" cascade;`);

    this.addSql(`drop table if exists "brand" cascade;`);

    this.addSql(`drop table if exists "part" cascade;`);

    this.addSql(`drop table if exists "product_category" cascade;`);

    this.addSql(`drop table if exists "product" cascade;`);

    this.addSql(`drop table if exists "fee_rule" cascade;`);

    this.addSql(`drop table if exists "region" cascade;`);

    this.addSql(`drop table if exists "service_station" cascade;`);

    this.addSql(`drop table if exists "technician" cascade;`);

    this.addSql(`drop table if exists "customer" cascade;`);

    this.addSql(`drop table if exists "product_unit" cascade;`);

    this.addSql(`drop table if exists "app_user" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "warehouse" cascade;`);
  }

}
