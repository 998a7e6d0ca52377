import { Migration } from '@mikro-orm/migrations';

export class Migration20261123072956 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "budget_adjustment_kind" as enum ('AMOUNT', 'FROZEN', 'UNFROZEN');`);
    this.addSql(`create table "partner_bill" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "month" date not null, "issued_at" timestamptz(3) not null, "expenditures" numeric(20,8) not null, "refunds" numeric(20,8) not null, "adjustments" numeric(20,8) not null, "coupons_deducted" numeric(20,8) not null, "total" numeric(20,8) not null, "amount_due" numeric(20,8) not null, "paid" numeric(20,8) not null default '0', constraint "partner_bill_pkey" primary key ("id"));`);
    this.addSql(`create index "partner_bill_partner_id_month_id_index" on "partner_bill" ("partner_id", "month", "id");`);
    this.addSql(`alter table "partner_bill" add constraint "partner_bill_partner_id_month_unique" unique ("partner_id", "month");`);

    this.addSql(`create table "bill_payment" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "bill_id" uuid not null, "amount" numeric(20,8) not null, "paid_at" timestamptz(3) not null, "reference" varchar(200) not null, "recorded_by" varchar(254) not null, constraint "bill_payment_pkey" primary key ("id"));`);
    this.addSql(`create index "bill_payment_bill_id_paid_at_id_index" on "bill_payment" ("bill_id", "paid_at", "id");`);

    this.addSql(`create table "customer_budget" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "customer_id" uuid not null, "amount" numeric(20,8) null, "frozen" boolean not null default false, "frozen_at" timestamptz(3) null, "frozen_by" varchar(254) null, "freeze_reason" varchar(1000) null, constraint "customer_budget_pkey" primary key ("id"));`);
    this.addSql(`alter table "customer_budget" add constraint "customer_budget_partner_id_customer_id_unique" unique ("partner_id", "customer_id");`);

    this.addSql(`create table "budget_alert" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "customer_id" uuid not null, "month" date not null, "threshold" smallint not null, "budget_amount" numeric(20,8) not null, "spend_at_list_price" numeric(24,8) not null, constraint "budget_alert_pkey" primary key ("id"));`);
    this.addSql(`alter table "budget_alert" add constraint "budget_alert_once" unique ("partner_id", "customer_id", "month", "threshold");`);

    this.addSql(`create table "budget_adjustment" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "customer_id" uuid not null, "kind" "budget_adjustment_kind" not null, "previous_amount" numeric(20,8) null, "new_amount" numeric(20,8) null, "actor_email" varchar(254) not null, "note" varchar(1000) null, constraint "budget_adjustment_pkey" primary key ("id"));`);
    this.addSql(`create index "budget_adjustment_partner_id_customer_id_created_at_id_index" on "budget_adjustment" ("partner_id", "customer_id", "created_at", "id");`);

    this.addSql(`alter table "partner_bill" add constraint "partner_bill_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "bill_payment" add constraint "bill_payment_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "bill_payment" add constraint "bill_payment_bill_id_foreign" foreign key ("bill_id") references "partner_bill" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_budget" add constraint "customer_budget_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customer_budget" add constraint "customer_budget_customer_id_foreign" foreign key ("customer_id") references "customer_profile" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "budget_alert" add constraint "budget_alert_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "budget_alert" add constraint "budget_alert_customer_id_foreign" foreign key ("customer_id") references "customer_profile" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "budget_adjustment" add constraint "budget_adjustment_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "budget_adjustment" add constraint "budget_adjustment_customer_id_foreign" foreign key ("customer_id") references "customer_profile" ("id") on update cascade on delete cascade;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "bill_payment" drop constraint "bill_payment_bill_id_foreign";`);

    this.addSql(`drop table if exists "partner_bill" cascade;`);

    this.addSql(`drop table if exists "bill_payment" cascade;`);

    this.addSql(`drop table if exists "customer_budget" cascade;`);

    this.addSql(`drop table if exists "budget_alert" cascade;`);

    this.addSql(`drop table if exists "budget_adjustment" cascade;`);

    this.addSql(`drop type "budget_adjustment_kind";`);
  }

}
