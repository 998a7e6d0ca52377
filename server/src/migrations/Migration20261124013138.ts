import { Migration } from '@mikro-orm/migrations';

/**
 * Bills keep their breakdown lines as issued (R-EX-6). Bills issued before get lines from the rollups as they stand now
 * (usage that arrived after those bills included): the closest to the issue that is left.
 */
export class Migration20261124013138 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "bill_breakdown" as enum ('PRODUCT', 'CUSTOMER');`);
    this.addSql(`create table "partner_bill_line" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "bill_id" uuid not null, "breakdown" "bill_breakdown" not null, "key" varchar(64) not null, "name" varchar(200) not null, "expenditures" numeric(20,8) not null, "refunds" numeric(20,8) not null, "adjustments" numeric(20,8) not null, "coupons" numeric(20,8) not null, constraint "partner_bill_line_pkey" primary key ("id"));`);
    this.addSql(`create index "partner_bill_line_bill_id_breakdown_name_key_index" on "partner_bill_line" ("bill_id", "breakdown", "name", "key");`);

    this.addSql(`alter table "partner_bill_line" add constraint "partner_bill_line_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "partner_bill_line" add constraint "partner_bill_line_bill_id_foreign" foreign key ("bill_id") references "partner_bill" ("id") on update cascade on delete cascade;`);

    this.addSql(`insert into "partner_bill_line" (id, created_at, updated_at, partner_id, bill_id, breakdown, key, name, expenditures, refunds, adjustments, coupons) select gen_random_uuid(), b.created_at, b.created_at, b.partner_id, b.id, 'PRODUCT', r.product, r.product, ((sum(case when kind = 'EXPENDITURE' then billed_cash else 0 end) + sum(case when kind = 'EXPENDITURE' then billed_coupon else 0 end)) * 0.00000001), ((sum(case when kind = 'REFUND' then billed_cash else 0 end) + sum(case when kind = 'REFUND' then billed_coupon else 0 end)) * 0.00000001), ((sum(case when kind = 'ADJUSTMENT' then billed_cash else 0 end) + sum(case when kind = 'ADJUSTMENT' then billed_coupon else 0 end)) * 0.00000001), ((sum(billed_coupon)) * 0.00000001) from partner_bill b join expenditure_rollup_partner_month_product r on r.partner_id = b.partner_id and r.month = b.month group by b.id, r.product having bool_or(billed_cash <> 0 or billed_coupon <> 0);`);
    this.addSql(`insert into "partner_bill_line" (id, created_at, updated_at, partner_id, bill_id, breakdown, key, name, expenditures, refunds, adjustments, coupons) select gen_random_uuid(), b.created_at, b.created_at, b.partner_id, b.id, 'CUSTOMER', r.customer_id::text, coalesce(min(p.company_name), r.customer_id::text), ((sum(case when kind = 'EXPENDITURE' then billed_cash else 0 end) + sum(case when kind = 'EXPENDITURE' then billed_coupon else 0 end)) * 0.00000001), ((sum(case when kind = 'REFUND' then billed_cash else 0 end) + sum(case when kind = 'REFUND' then billed_coupon else 0 end)) * 0.00000001), ((sum(case when kind = 'ADJUSTMENT' then billed_cash else 0 end) + sum(case when kind = 'ADJUSTMENT' then billed_coupon else 0 end)) * 0.00000001), ((sum(billed_coupon)) * 0.00000001) from partner_bill b join expenditure_rollup_customer_month r on r.partner_id = b.partner_id and r.month = b.month left join customer_profile p on p.id = r.customer_id group by b.id, r.customer_id having bool_or(billed_cash <> 0 or billed_coupon <> 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_bill_line" cascade;`);

    this.addSql(`drop type "bill_breakdown";`);
  }

}
