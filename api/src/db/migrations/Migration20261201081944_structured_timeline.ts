import { Migration } from '@mikro-orm/migrations';

export class Migration20261201081944_structured_timeline extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "service_order_event" add column "department_name" varchar(100) null, add column "lines" jsonb null;`);
    // Entries written before keep their text in note; their department is the station's name now.
    this.addSql(`update "service_order_event" e set "department_name" = s."name" from "service_station" s where s."id" = e."station_id";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "service_order_event" drop column "department_name", drop column "lines";`);
  }

}
