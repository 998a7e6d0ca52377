import { Migration } from '@mikro-orm/migrations';

export class Migration20261123051521 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "notification_category" as enum ('ASSOCIATION', 'DISASSOCIATION', 'CUSTOMER', 'SYSTEM');`);
    this.addSql(`create type "invitation_channel" as enum ('EMAIL', 'LINK');`);
    this.addSql(`create type "association_model" as enum ('REFERRAL', 'RESELLER');`);
    this.addSql(`create type "customer_invitation_status" as enum ('ACTIVE', 'ACCEPTED', 'EXPIRED', 'REVOKED');`);
    this.addSql(`create type "balance_disposition" as enum ('NONE', 'KEPT', 'TRANSFERRED_TO_PARTNER', 'WITHDRAWN');`);
    this.addSql(`create type "disassociation_request_status" as enum ('PENDING', 'COMPLETED', 'WITHDRAWN');`);
    this.addSql(`create type "association_event_kind" as enum ('ASSOCIATED', 'MODEL_CHANGED', 'DISCOUNT_SET', 'ACCOUNT_MANAGER_ASSIGNED', 'DISASSOCIATION_REQUESTED', 'DISASSOCIATION_WITHDRAWN', 'DISASSOCIATED');`);
    this.addSql(`create table "outbox_mail" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid null, "to_address" varchar(254) not null, "subject" varchar(300) not null, "text" text not null, "sent_at" timestamptz(3) null, constraint "outbox_mail_pkey" primary key ("id"));`);
    this.addSql(`create index "outbox_mail_sent_at_created_at_index" on "outbox_mail" ("sent_at", "created_at");`);
    this.addSql(`create index "outbox_mail_partner_id_created_at_id_index" on "outbox_mail" ("partner_id", "created_at", "id");`);

    this.addSql(`create table "pre_registration" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "email" varchar(254) not null, "company_name" varchar(200) not null, "country" varchar(2) not null, "created_by" varchar(254) not null, "expires_at" timestamptz(3) not null, constraint "pre_registration_pkey" primary key ("id"));`);
    this.addSql(`create index "pre_registration_email_expires_at_index" on "pre_registration" ("email", "expires_at");`);
    this.addSql(`create index "pre_registration_partner_id_created_at_id_index" on "pre_registration" ("partner_id", "created_at", "id");`);

    this.addSql(`create table "notification" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "recipient_id" uuid not null, "category" "notification_category" not null, "title" varchar(200) not null, "body" varchar(2000) not null, "link" varchar(500) null, "read_at" timestamptz(3) null, constraint "notification_pkey" primary key ("id"));`);
    this.addSql(`create index "notification_recipient_id_read_at_index" on "notification" ("recipient_id", "read_at");`);
    this.addSql(`create index "notification_recipient_id_created_at_id_index" on "notification" ("recipient_id", "created_at", "id");`);

    this.addSql(`create table "customer_profile" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "account_id" uuid not null, "company_name" varchar(200) not null, "country" varchar(2) null, "in_arrears" boolean not null default false, "special_contract" boolean not null default false, "internal_account" boolean not null default false, "reserved_instances_until" date null, "account_balance" numeric(20,8) not null default '0', "has_top_up_rewards" boolean not null default false, "outstanding_invoices_rmb" numeric(20,8) not null default '0', constraint "customer_profile_pkey" primary key ("id"));`);
    this.addSql(`alter table "customer_profile" add constraint "customer_profile_account_id_unique" unique ("account_id");`);
    this.addSql(`create index "customer_profile_created_at_id_index" on "customer_profile" ("created_at", "id");`);

    this.addSql(`create table "customer_invitation" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "channel" "invitation_channel" not null, "model" "association_model" not null, "code" varchar(64) not null, "email" varchar(254) null, "valid_days" smallint null, "expires_at" timestamptz(3) null, "label" varchar(100) null, "status" "customer_invitation_status" not null, "accepted_count" int not null default 0, "accepted_at" timestamptz(3) null, "accepted_by_id" uuid null, "created_by" varchar(254) not null, constraint "customer_invitation_pkey" primary key ("id"));`);
    this.addSql(`alter table "customer_invitation" add constraint "customer_invitation_code_unique" unique ("code");`);
    this.addSql(`create index "customer_invitation_email_created_at_index" on "customer_invitation" ("email", "created_at");`);
    this.addSql(`create index "customer_invitation_partner_id_created_at_id_index" on "customer_invitation" ("partner_id", "created_at", "id");`);

    this.addSql(`create table "customer_association" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "customer_id" uuid not null, "model" "association_model" not null, "started_at" timestamptz(3) not null, "ended_at" timestamptz(3) null, "ended_by" varchar(254) null, "end_reason" varchar(1000) null, "discount_rate" numeric(20,8) null, "account_manager_id" uuid null, "invitation_id" uuid null, "balance_disposition" "balance_disposition" not null default 'NONE', "balance_amount" numeric(20,8) not null default '0', constraint "customer_association_pkey" primary key ("id"));`);
    this.addSql(`create index "customer_association_customer_id_started_at_index" on "customer_association" ("customer_id", "started_at");`);
    this.addSql(`create index "customer_association_partner_id_account_manager_id_index" on "customer_association" ("partner_id", "account_manager_id");`);
    this.addSql(`create index "customer_association_partner_id_started_at_id_index" on "customer_association" ("partner_id", "started_at", "id");`);
    this.addSql(`create unique index "customer_association_one_open" on "customer_association" ("customer_id") where "ended_at" is null;`);

    this.addSql(`create table "disassociation_request" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "association_id" uuid not null, "reason" varchar(1000) not null, "status" "disassociation_request_status" not null, "resolved_at" timestamptz(3) null, "resolved_by" varchar(254) null, constraint "disassociation_request_pkey" primary key ("id"));`);
    this.addSql(`create index "disassociation_request_partner_id_created_at_id_index" on "disassociation_request" ("partner_id", "created_at", "id");`);
    this.addSql(`create unique index "disassociation_request_one_pending" on "disassociation_request" ("association_id") where "status" = 'PENDING';`);

    this.addSql(`create table "association_event" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "association_id" uuid not null, "kind" "association_event_kind" not null, "details" jsonb not null, "actor_email" varchar(254) null, "at" timestamptz(3) not null, constraint "association_event_pkey" primary key ("id"));`);
    this.addSql(`create index "association_event_partner_id_at_index" on "association_event" ("partner_id", "at");`);
    this.addSql(`create index "association_event_association_id_at_id_index" on "association_event" ("association_id", "at", "id");`);

    this.addSql(`alter table "outbox_mail" add constraint "outbox_mail_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "pre_registration" add constraint "pre_registration_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "notification" add constraint "notification_recipient_id_foreign" foreign key ("recipient_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_profile" add constraint "customer_profile_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "customer_invitation" add constraint "customer_invitation_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customer_invitation" add constraint "customer_invitation_accepted_by_id_foreign" foreign key ("accepted_by_id") references "account" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "customer_association" add constraint "customer_association_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customer_association" add constraint "customer_association_customer_id_foreign" foreign key ("customer_id") references "customer_profile" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "customer_association" add constraint "customer_association_account_manager_id_foreign" foreign key ("account_manager_id") references "account" ("id") on update cascade on delete set null;`);
    this.addSql(`alter table "customer_association" add constraint "customer_association_invitation_id_foreign" foreign key ("invitation_id") references "customer_invitation" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "disassociation_request" add constraint "disassociation_request_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "disassociation_request" add constraint "disassociation_request_association_id_foreign" foreign key ("association_id") references "customer_association" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "association_event" add constraint "association_event_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "association_event" add constraint "association_event_association_id_foreign" foreign key ("association_id") references "customer_association" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "partner" add column "referral_discount_min" numeric(20,8) null, add column "referral_discount_max" numeric(20,8) null, add column "reseller_bills_visible" boolean not null default true;`);

    this.addSql(`alter table "account" add column "led_by_id" uuid null;`);
    this.addSql(`alter table "account" add constraint "account_led_by_id_foreign" foreign key ("led_by_id") references "account" ("id") on update cascade on delete set null;`);

    // Every customer account has a profile: customers created before this migration get one (no country known yet).
    this.addSql(`insert into "customer_profile" ("id", "created_at", "updated_at", "account_id", "company_name") select "id", now(), now(), "id", "display_name" from "account" where "kind" = 'CUSTOMER';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "customer_association" drop constraint "customer_association_customer_id_foreign";`);

    this.addSql(`alter table "customer_association" drop constraint "customer_association_invitation_id_foreign";`);

    this.addSql(`alter table "disassociation_request" drop constraint "disassociation_request_association_id_foreign";`);

    this.addSql(`alter table "association_event" drop constraint "association_event_association_id_foreign";`);

    this.addSql(`drop table if exists "outbox_mail" cascade;`);

    this.addSql(`drop table if exists "pre_registration" cascade;`);

    this.addSql(`drop table if exists "notification" cascade;`);

    this.addSql(`drop table if exists "customer_profile" cascade;`);

    this.addSql(`drop table if exists "customer_invitation" cascade;`);

    this.addSql(`drop table if exists "customer_association" cascade;`);

    this.addSql(`drop table if exists "disassociation_request" cascade;`);

    this.addSql(`drop table if exists "association_event" cascade;`);

    this.addSql(`alter table "account" drop constraint "account_led_by_id_foreign";`);

    this.addSql(`alter table "account" drop column "led_by_id";`);

    this.addSql(`alter table "partner" drop column "referral_discount_min", drop column "referral_discount_max", drop column "reseller_bills_visible";`);

    this.addSql(`drop type "notification_category";`);
    this.addSql(`drop type "invitation_channel";`);
    this.addSql(`drop type "association_model";`);
    this.addSql(`drop type "customer_invitation_status";`);
    this.addSql(`drop type "balance_disposition";`);
    this.addSql(`drop type "disassociation_request_status";`);
    this.addSql(`drop type "association_event_kind";`);
  }

}
