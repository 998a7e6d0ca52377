import { Migration } from '@mikro-orm/migrations';

export class Migration20261123072346 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "usage_import_status" as enum ('RUNNING', 'COMPLETED', 'FAILED');`);
    this.addSql(`create table "usage_import" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "file_name" varchar(200) not null, "created_by" varchar(254) not null, "status" "usage_import_status" not null, "bytes_total" bigint null, "bytes_read" bigint not null default 0, "rows_read" int not null default 0, "accepted" int not null default 0, "duplicates" int not null default 0, "error_row" int null, "error_message" varchar(1000) null, "finished_at" timestamptz(3) null, constraint "usage_import_pkey" primary key ("id"));`);
    this.addSql(`create index "usage_import_created_at_id_index" on "usage_import" ("created_at", "id");`);

    this.addSql(`alter type "notification_category" add value if not exists 'BUDGET' after 'SYSTEM';`);

    this.addSql(`alter type "notification_category" add value if not exists 'BILL' after 'BUDGET';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "usage_import" cascade;`);

    this.addSql(`drop type "usage_import_status";`);
  }

}
