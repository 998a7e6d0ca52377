import { Migration } from '@mikro-orm/migrations';

export class Migration20261123043841 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "partner_status" as enum ('ACTIVE', 'DEREGISTERED');`);
    this.addSql(`create type "tenant_type" as enum ('ENTERPRISE', 'INDIVIDUAL');`);
    this.addSql(`create type "authentication_status" as enum ('NOT_SUBMITTED', 'PENDING', 'APPROVED', 'REJECTED');`);
    this.addSql(`create type "authentication_kind" as enum ('BUSINESS', 'PAYMENT');`);
    this.addSql(`create type "program" as enum ('CLOUD_SOLUTION_PROVIDER', 'DISTRIBUTION_PARTNER', 'SERVICE_PARTNER', 'SOFTWARE_PARTNER', 'SYSTEM_INTEGRATOR', 'LEARNING_PARTNER', 'KOOGALLERY', 'CARRIER');`);
    this.addSql(`create type "csp_tier" as enum ('STANDARD', 'ADVANCED', 'PREMIER', 'CORE');`);
    this.addSql(`create type "development_phase" as enum ('SELECTION', 'VALIDATION');`);
    this.addSql(`create type "development_status" as enum ('IN_PROGRESS', 'UNDER_REVIEW', 'APPROVED', 'REJECTED');`);
    this.addSql(`create table "partner_authentication" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "kind" "authentication_kind" not null, "status" "authentication_status" not null, "submitted_at" timestamptz(3) not null, "submitted_by" varchar(254) not null, "reviewed_at" timestamptz(3) null, "reviewed_by" varchar(254) null, "rejection_reason" varchar(1000) null, "legal_entity_name" varchar(200) null, "registration_number" varchar(60) null, "legal_representative" varchar(200) null, "registered_address" varchar(500) null, "bank_name" varchar(200) null, "bank_account_name" varchar(200) null, "bank_account_number" varchar(60) null, "bank_code" varchar(20) null, "tax_rate" numeric(20,8) null, "settlement_currency" varchar(3) null, constraint "partner_authentication_pkey" primary key ("id"));`);
    this.addSql(`create index "partner_authentication_status_submitted_at_id_index" on "partner_authentication" ("status", "submitted_at", "id");`);
    this.addSql(`create index "partner_authentication_partner_id_kind_submitted_at_index" on "partner_authentication" ("partner_id", "kind", "submitted_at");`);
    this.addSql(`create unique index "partner_authentication_one_pending" on "partner_authentication" ("partner_id", "kind") where "status" = 'PENDING';`);

    this.addSql(`create table "partner_country_change" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "from_country" varchar(2) not null, "to_country" varchar(2) not null, "reason" varchar(1000) not null, "changed_by" varchar(254) not null, constraint "partner_country_change_pkey" primary key ("id"));`);
    this.addSql(`create index "partner_country_change_partner_id_created_at_index" on "partner_country_change" ("partner_id", "created_at");`);

    this.addSql(`create table "partner_program" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "program" "program" not null, "tier" "csp_tier" null, "phase" "development_phase" null, "development_status" "development_status" null, "joined_on" date not null, "certificate_number" varchar(40) not null, "valid_from" date not null, "valid_until" date not null, "renewed_at" timestamptz(3) null, constraint "partner_program_pkey" primary key ("id"));`);
    this.addSql(`alter table "partner_program" add constraint "partner_program_certificate_number_unique" unique ("certificate_number");`);
    this.addSql(`create index "partner_program_valid_until_index" on "partner_program" ("valid_until");`);
    this.addSql(`create index "partner_program_program_tier_index" on "partner_program" ("program", "tier");`);
    this.addSql(`alter table "partner_program" add constraint "partner_program_partner_id_program_unique" unique ("partner_id", "program");`);

    this.addSql(`create table "password_link" ("id" uuid not null, "account_id" uuid not null, "token_hash" varchar(64) not null, "created_at" timestamptz(3) not null, "expires_at" timestamptz(3) not null, "used_at" timestamptz(3) null, constraint "password_link_pkey" primary key ("id"));`);
    this.addSql(`alter table "password_link" add constraint "password_link_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "password_link_account_id_index" on "password_link" ("account_id");`);

    this.addSql(`alter table "partner_authentication" add constraint "partner_authentication_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "partner_country_change" add constraint "partner_country_change_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "partner_program" add constraint "partner_program_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "password_link" add constraint "password_link_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "partner" add column "status" "partner_status" not null default 'ACTIVE', add column "address" varchar(500) null, add column "contact_name" varchar(200) null, add column "contact_email" varchar(254) null, add column "contact_phone" varchar(30) null, add column "industry" varchar(100) null, add column "tenant_type" "tenant_type" not null default 'ENTERPRISE', add column "business_auth_status" "authentication_status" not null default 'NOT_SUBMITTED', add column "payment_auth_status" "authentication_status" not null default 'NOT_SUBMITTED', add column "amount_due" numeric(20,8) not null default '0', add column "account_balance" numeric(20,8) not null default '0', add column "consumption_quota" numeric(20,8) not null default '0';`);
    this.addSql(`create index "partner_created_at_id_index" on "partner" ("created_at", "id");`);

    this.addSql(`alter table "account" add column "mobile" varchar(30) null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "partner_authentication" cascade;`);

    this.addSql(`drop table if exists "partner_country_change" cascade;`);

    this.addSql(`drop table if exists "partner_program" cascade;`);

    this.addSql(`drop table if exists "password_link" cascade;`);

    this.addSql(`alter table "account" drop column "mobile";`);

    this.addSql(`drop index "partner_created_at_id_index";`);
    this.addSql(`alter table "partner" drop column "status", drop column "address", drop column "contact_name", drop column "contact_email", drop column "contact_phone", drop column "industry", drop column "tenant_type", drop column "business_auth_status", drop column "payment_auth_status", drop column "amount_due", drop column "account_balance", drop column "consumption_quota";`);

    this.addSql(`drop type "partner_status";`);
    this.addSql(`drop type "tenant_type";`);
    this.addSql(`drop type "authentication_status";`);
    this.addSql(`drop type "authentication_kind";`);
    this.addSql(`drop type "program";`);
    this.addSql(`drop type "csp_tier";`);
    this.addSql(`drop type "development_phase";`);
    this.addSql(`drop type "development_status";`);
  }

}
