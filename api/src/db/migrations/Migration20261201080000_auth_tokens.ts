import { Migration } from '@mikro-orm/migrations';

export class Migration20261201080000_auth_tokens extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "auth_failure_first_at_index" on "auth_failure" ("first_at");`);

    this.addSql(`alter table "app_user" add column "token_version" int not null default 0;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "app_user" drop column "token_version";`);

    this.addSql(`drop index "auth_failure_first_at_index";`);
  }

}
