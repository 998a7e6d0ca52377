import { Migration } from '@mikro-orm/migrations';

/**
 * Usage records (R-EX-1..3): an append-only table range-partitioned by billing month (Beijing time), the transaction
 * ids that make ingestion idempotent, and the rollup tables dashboards read (see modules/expenditure/rollups.ts).
 * Kinds and billing modes are checked text: the entity diff would drop native enum types no entity declares.
 * Written by hand: the entity diff does not know partitioned tables (they are in `schemaGenerator.skipTables`).
 */
export class Migration20261123072300 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence "expenditure_record_id_seq";`);
    this.addSql(
      `create table "expenditure_record" (` +
        `"id" bigint not null default nextval('expenditure_record_id_seq'), ` +
        `"transaction_id" varchar(64) not null, "partner_id" uuid not null, "customer_id" uuid not null, ` +
        `"kind" varchar(20) not null check ("kind" in ('EXPENDITURE', 'REFUND', 'ADJUSTMENT')), "transacted_at" timestamptz(3) not null, "billing_month" date not null, "day" date not null, ` +
        `"product" varchar(50) not null, "resource_type" varchar(100) not null, "resource_id" varchar(100) not null, ` +
        `"specification" varchar(200) not null, "region" varchar(50) not null, "availability_zone" varchar(50) null, ` +
        `"billing_mode" varchar(20) not null check ("billing_mode" in ('PAY_PER_USE', 'YEARLY_MONTHLY', 'RESERVED_INSTANCE')), "marketplace" boolean not null default false, ` +
        `"list_price" numeric(20,8) not null, "discount" numeric(20,8) not null, "amount_due" numeric(20,8) not null, ` +
        `"cash" numeric(20,8) not null, "coupon" numeric(20,8) not null, "monthly_settlement" numeric(20,8) not null, ` +
        `"billed_to_partner" boolean not null, "ingested_at" timestamptz(3) not null, ` +
        `constraint "expenditure_record_pkey" primary key ("billing_month", "id")` +
        `) partition by range ("billing_month");`,
    );
    this.addSql(`create index "expenditure_record_partner_time" on "expenditure_record" ("partner_id", "transacted_at", "id");`);
    this.addSql(`create index "expenditure_record_partner_customer_time" on "expenditure_record" ("partner_id", "customer_id", "transacted_at", "id");`);
    // Monthly partitions are created on demand by ingestion; the lock makes concurrent creators wait for the first.
    this.addSql(
      `create function "ensure_expenditure_partition"(m date) returns void language plpgsql as $$ ` +
        `declare name text := 'expenditure_record_' || to_char(m, 'YYYY_MM'); ` +
        `begin ` +
        `if to_regclass(name) is null then ` +
        `perform pg_advisory_xact_lock(hashtext(name)); ` +
        `if to_regclass(name) is null then ` +
        `begin ` +
        `execute format('create table %I partition of expenditure_record for values from (%L) to (%L)', name, m, (m + interval '1 month')::date); ` +
        // A transaction that waited for the lock may still see the catalog as it was: the other one created it.
        `exception when duplicate_table or unique_violation then null; ` +
        `end; ` +
        `end if; end if; end $$;`,
    );
    this.addSql(`create table "expenditure_transaction" ("transaction_id" varchar(64) not null, "billing_month" date not null, constraint "expenditure_transaction_pkey" primary key ("transaction_id"));`);
    this.addSql(`create table "expenditure_freshness" ("partner_id" uuid not null, "last_ingested_at" timestamptz(3) not null, "last_transacted_at" timestamptz(3) not null, constraint "expenditure_freshness_pkey" primary key ("partner_id"));`);
    this.addSql(`create table "expenditure_rollup_partner_month" ("partner_id" uuid not null, "month" date not null, "product" varchar(50) not null, "region" varchar(50) not null, "billing_mode" varchar(20) not null, "kind" varchar(20) not null, "records" bigint not null default 0, "list_price" numeric(24,8) not null default 0, "discount" numeric(24,8) not null default 0, "amount_due" numeric(24,8) not null default 0, "cash" numeric(24,8) not null default 0, "coupon" numeric(24,8) not null default 0, "monthly_settlement" numeric(24,8) not null default 0, "revenue" numeric(24,8) not null default 0, "billed_amount_due" numeric(24,8) not null default 0, "billed_cash" numeric(24,8) not null default 0, "billed_coupon" numeric(24,8) not null default 0, constraint "expenditure_rollup_partner_month_pkey" primary key ("partner_id", "month", "product", "region", "billing_mode", "kind"));`);
    this.addSql(`create table "expenditure_rollup_partner_day" ("partner_id" uuid not null, "day" date not null, "product" varchar(50) not null, "region" varchar(50) not null, "billing_mode" varchar(20) not null, "kind" varchar(20) not null, "records" bigint not null default 0, "list_price" numeric(24,8) not null default 0, "discount" numeric(24,8) not null default 0, "amount_due" numeric(24,8) not null default 0, "cash" numeric(24,8) not null default 0, "coupon" numeric(24,8) not null default 0, "monthly_settlement" numeric(24,8) not null default 0, "revenue" numeric(24,8) not null default 0, "billed_amount_due" numeric(24,8) not null default 0, "billed_cash" numeric(24,8) not null default 0, "billed_coupon" numeric(24,8) not null default 0, constraint "expenditure_rollup_partner_day_pkey" primary key ("partner_id", "day", "product", "region", "billing_mode", "kind"));`);
    this.addSql(`create table "expenditure_rollup_customer_month_total" ("partner_id" uuid not null, "month" date not null, "customer_id" uuid not null, "kind" varchar(20) not null, "records" bigint not null default 0, "list_price" numeric(24,8) not null default 0, "discount" numeric(24,8) not null default 0, "amount_due" numeric(24,8) not null default 0, "cash" numeric(24,8) not null default 0, "coupon" numeric(24,8) not null default 0, "monthly_settlement" numeric(24,8) not null default 0, "revenue" numeric(24,8) not null default 0, "billed_amount_due" numeric(24,8) not null default 0, "billed_cash" numeric(24,8) not null default 0, "billed_coupon" numeric(24,8) not null default 0, constraint "expenditure_rollup_customer_month_total_pkey" primary key ("partner_id", "month", "customer_id", "kind"));`);
    this.addSql(`create table "expenditure_rollup_customer_day_total" ("partner_id" uuid not null, "day" date not null, "customer_id" uuid not null, "kind" varchar(20) not null, "records" bigint not null default 0, "list_price" numeric(24,8) not null default 0, "discount" numeric(24,8) not null default 0, "amount_due" numeric(24,8) not null default 0, "cash" numeric(24,8) not null default 0, "coupon" numeric(24,8) not null default 0, "monthly_settlement" numeric(24,8) not null default 0, "revenue" numeric(24,8) not null default 0, "billed_amount_due" numeric(24,8) not null default 0, "billed_cash" numeric(24,8) not null default 0, "billed_coupon" numeric(24,8) not null default 0, constraint "expenditure_rollup_customer_day_total_pkey" primary key ("partner_id", "day", "customer_id", "kind"));`);
    this.addSql(`create table "expenditure_rollup_customer_month" ("partner_id" uuid not null, "month" date not null, "customer_id" uuid not null, "product" varchar(50) not null, "region" varchar(50) not null, "billing_mode" varchar(20) not null, "kind" varchar(20) not null, "records" bigint not null default 0, "list_price" numeric(24,8) not null default 0, "discount" numeric(24,8) not null default 0, "amount_due" numeric(24,8) not null default 0, "cash" numeric(24,8) not null default 0, "coupon" numeric(24,8) not null default 0, "monthly_settlement" numeric(24,8) not null default 0, "revenue" numeric(24,8) not null default 0, "billed_amount_due" numeric(24,8) not null default 0, "billed_cash" numeric(24,8) not null default 0, "billed_coupon" numeric(24,8) not null default 0, constraint "expenditure_rollup_customer_month_pkey" primary key ("partner_id", "month", "customer_id", "product", "region", "billing_mode", "kind"));`);
    this.addSql(`create table "expenditure_rollup_customer_day" ("partner_id" uuid not null, "day" date not null, "customer_id" uuid not null, "product" varchar(50) not null, "region" varchar(50) not null, "billing_mode" varchar(20) not null, "kind" varchar(20) not null, "records" bigint not null default 0, "list_price" numeric(24,8) not null default 0, "discount" numeric(24,8) not null default 0, "amount_due" numeric(24,8) not null default 0, "cash" numeric(24,8) not null default 0, "coupon" numeric(24,8) not null default 0, "monthly_settlement" numeric(24,8) not null default 0, "revenue" numeric(24,8) not null default 0, "billed_amount_due" numeric(24,8) not null default 0, "billed_cash" numeric(24,8) not null default 0, "billed_coupon" numeric(24,8) not null default 0, constraint "expenditure_rollup_customer_day_pkey" primary key ("partner_id", "day", "customer_id", "product", "region", "billing_mode", "kind"));`);  }
}
