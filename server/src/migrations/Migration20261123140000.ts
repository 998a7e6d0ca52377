import { Migration } from '@mikro-orm/migrations';

/**
 * CSV imports stage their rows in a table of their own while the file streams in (chunk by chunk, no transaction held
 * open for the upload), and claim their upload once (`upload_started_at`), so several processes can share the imports.
 */
export class Migration20261123140000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create unlogged table "usage_import_row" ("import_id" uuid not null, "row_no" int, "transaction_id" varchar(64), "customer_id" uuid, "kind" varchar(20), "transacted_at" timestamptz(3), "billing_month" date, "day" date, "product" varchar(50), "resource_type" varchar(100), "resource_id" varchar(100), "specification" varchar(200), "region" varchar(50), "availability_zone" varchar(50), "billing_mode" varchar(20), "marketplace" boolean, "list_price" numeric(20,8), "discount" numeric(20,8), "amount_due" numeric(20,8), "cash" numeric(20,8), "coupon" numeric(20,8), "monthly_settlement" numeric(20,8), constraint "usage_import_row_pkey" primary key ("import_id", "row_no"));`);
    this.addSql(`alter table "usage_import" add column "upload_started_at" timestamptz(3) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table "usage_import_row";`);
    this.addSql(`alter table "usage_import" drop column "upload_started_at";`);
  }
}
