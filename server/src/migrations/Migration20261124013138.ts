import { Migration } from '@mikro-orm/migrations';

/**
 * Bills keep their breakdown lines as issued (R-EX-6). Bills issued before get theirs from the raw records ingested by
 * the time the bill was issued: the month's billed usage as the bill run saw it (per product and kind, as the rollups
 * group it), without what arrived later.
 */
export class Migration20261124013138 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "bill_breakdown" as enum ('PRODUCT', 'CUSTOMER');`);
    this.addSql(`create table "partner_bill_line" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "bill_id" uuid not null, "breakdown" "bill_breakdown" not null, "key" varchar(64) not null, "name" varchar(200) not null, "expenditures" numeric(20,8) not null, "refunds" numeric(20,8) not null, "adjustments" numeric(20,8) not null, "coupons" numeric(20,8) not null, constraint "partner_bill_line_pkey" primary key ("id"));`);
    this.addSql(`create index "partner_bill_line_bill_id_breakdown_name_key_index" on "partner_bill_line" ("bill_id", "breakdown", "name", "key");`);
    this.addSql(`create index "partner_bill_line_partner_id_index" on "partner_bill_line" ("partner_id");`);

    this.addSql(`alter table "partner_bill_line" add constraint "partner_bill_line_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "partner_bill_line" add constraint "partner_bill_line_bill_id_foreign" foreign key ("bill_id") references "partner_bill" ("id") on update cascade on delete cascade;`);

    this.addSql(`insert into "partner_bill_line" (id, created_at, updated_at, partner_id, bill_id, breakdown, key, name, expenditures, refunds, adjustments, coupons) select gen_random_uuid(), k.created_at, k.created_at, k.partner_id, k.bill_id, 'PRODUCT', k.product, k.product, sum(case when k.kind = 'EXPENDITURE' then k.cash + k.coupon else 0 end), sum(case when k.kind = 'REFUND' then k.cash + k.coupon else 0 end), sum(case when k.kind = 'ADJUSTMENT' then k.cash + k.coupon else 0 end), sum(k.coupon) from (select b.id as bill_id, b.partner_id, b.created_at, r.product, r.kind, sum(r.cash) as cash, sum(r.coupon) as coupon from partner_bill b join expenditure_record r on r.partner_id = b.partner_id and r.billing_month = b.month and r.billed_to_partner and r.ingested_at <= b.issued_at group by b.id, r.product, r.kind) k group by k.bill_id, k.partner_id, k.created_at, k.product having bool_or(k.cash <> 0 or k.coupon <> 0);`);
    this.addSql(`insert into "partner_bill_line" (id, created_at, updated_at, partner_id, bill_id, breakdown, key, name, expenditures, refunds, adjustments, coupons) select gen_random_uuid(), k.created_at, k.created_at, k.partner_id, k.bill_id, 'CUSTOMER', k.customer_id::text, coalesce(min(p.company_name), k.customer_id::text), sum(case when k.kind = 'EXPENDITURE' then k.cash + k.coupon else 0 end), sum(case when k.kind = 'REFUND' then k.cash + k.coupon else 0 end), sum(case when k.kind = 'ADJUSTMENT' then k.cash + k.coupon else 0 end), sum(k.coupon) from (select b.id as bill_id, b.partner_id, b.created_at, r.customer_id, r.kind, sum(r.cash) as cash, sum(r.coupon) as coupon from partner_bill b join expenditure_record r on r.partner_id = b.partner_id and r.billing_month = b.month and r.billed_to_partner and r.ingested_at <= b.issued_at group by b.id, r.customer_id, r.kind) k left join customer_profile p on p.id = k.customer_id group by k.bill_id, k.partner_id, k.created_at, k.customer_id having bool_or(k.cash <> 0 or k.coupon <> 0);`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_bill_line" cascade;`);

    this.addSql(`drop type "bill_breakdown";`);
  }

}
