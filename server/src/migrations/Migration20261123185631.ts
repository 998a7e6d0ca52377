import { Migration } from '@mikro-orm/migrations';

/**
 * Partner bills carry usage of earlier months that arrived after their bills were issued (R-EX-6): `late_usage` and its
 * coupons, `late_coupons`.
 */
export class Migration20261123185631 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table "partner_bill" add column "late_usage" numeric(20,8) not null default '0', add column "late_coupons" numeric(20,8) not null default '0';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "partner_bill" drop column "late_usage", drop column "late_coupons";`);
  }

}
