import { Migration } from '@mikro-orm/migrations';

export class Migration20261123044053 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "invitation_status" as enum ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'CANCELLED');`);
    this.addSql(`create type "personnel_position" as enum ('BD', 'SA', 'PM', 'ENGINEER', 'OTHER');`);
    this.addSql(`create type "upload_purpose" as enum ('CERTIFICATE_PROOF');`);
    this.addSql(`create type "certificate_level" as enum ('HCIA', 'HCIP', 'HCIE', 'HCCDA', 'HCCDP', 'HCCDE', 'CLOUD_MIGRATION', 'PROJECT_MANAGEMENT');`);
    this.addSql(`create type "certificate_source" as enum ('UPLOADED', 'SYNCHRONIZED');`);
    this.addSql(`create table "personnel_invitation" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "individual_id" uuid not null, "status" "invitation_status" not null, "invited_by" varchar(254) not null, "expires_at" timestamptz(3) not null, "responded_at" timestamptz(3) null, constraint "personnel_invitation_pkey" primary key ("id"));`);
    this.addSql(`create index "personnel_invitation_individual_id_created_at_index" on "personnel_invitation" ("individual_id", "created_at");`);
    this.addSql(`create index "personnel_invitation_partner_id_created_at_id_index" on "personnel_invitation" ("partner_id", "created_at", "id");`);

    this.addSql(`create table "personnel_association" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid not null, "individual_id" uuid not null, "started_at" timestamptz(3) not null, "ended_at" timestamptz(3) null, "ended_by" varchar(254) null, "position" "personnel_position" not null default 'OTHER', "employment_start" date null, "employment_end" date null, constraint "personnel_association_pkey" primary key ("id"));`);
    this.addSql(`create index "personnel_association_individual_id_ended_at_index" on "personnel_association" ("individual_id", "ended_at");`);
    this.addSql(`create index "personnel_association_partner_id_ended_at_created_at_id_index" on "personnel_association" ("partner_id", "ended_at", "created_at", "id");`);
    this.addSql(`create unique index "personnel_association_one_open" on "personnel_association" ("individual_id") where "ended_at" is null;`);

    this.addSql(`create table "upload" ("id" uuid not null, "uploaded_by_id" uuid not null, "purpose" "upload_purpose" not null, "file_name" varchar(200) not null, "media_type" varchar(100) not null, "size" bigint not null, "sha256" varchar(64) not null, "created_at" timestamptz(3) not null, "attached_at" timestamptz(3) null, constraint "upload_pkey" primary key ("id"));`);
    this.addSql(`create index "upload_uploaded_by_id_created_at_index" on "upload" ("uploaded_by_id", "created_at");`);

    this.addSql(`create table "certificate" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "holder_id" uuid not null, "level" "certificate_level" not null, "track" varchar(120) not null, "number" varchar(60) not null, "issued_on" date not null, "expires_on" date not null, "source" "certificate_source" not null, "proof_id" uuid null, constraint "certificate_pkey" primary key ("id"));`);
    this.addSql(`create index "certificate_holder_id_expires_on_index" on "certificate" ("holder_id", "expires_on");`);
    this.addSql(`alter table "certificate" add constraint "certificate_level_number_unique" unique ("level", "number");`);

    this.addSql(`create table "certificate_transfer" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "certificate_id" uuid not null, "partner_id" uuid not null, "from_holder_id" uuid not null, "to_holder_id" uuid not null, "transferred_by" varchar(254) not null, constraint "certificate_transfer_pkey" primary key ("id"));`);
    this.addSql(`create index "certificate_transfer_certificate_id_created_at_index" on "certificate_transfer" ("certificate_id", "created_at");`);

    this.addSql(`alter table "personnel_invitation" add constraint "personnel_invitation_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "personnel_invitation" add constraint "personnel_invitation_individual_id_foreign" foreign key ("individual_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "personnel_association" add constraint "personnel_association_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "personnel_association" add constraint "personnel_association_individual_id_foreign" foreign key ("individual_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "upload" add constraint "upload_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "certificate" add constraint "certificate_holder_id_foreign" foreign key ("holder_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "certificate" add constraint "certificate_proof_id_foreign" foreign key ("proof_id") references "upload" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "certificate_transfer" add constraint "certificate_transfer_certificate_id_foreign" foreign key ("certificate_id") references "certificate" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "certificate_transfer" add constraint "certificate_transfer_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "certificate_transfer" add constraint "certificate_transfer_from_holder_id_foreign" foreign key ("from_holder_id") references "account" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "certificate_transfer" add constraint "certificate_transfer_to_holder_id_foreign" foreign key ("to_holder_id") references "account" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "account" add column "login_id" varchar(64) null, add column "enterprise_authenticated" boolean not null default false;`);
    this.addSql(`alter table "account" add constraint "account_login_id_unique" unique ("login_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "certificate" drop constraint "certificate_proof_id_foreign";`);

    this.addSql(`alter table "certificate_transfer" drop constraint "certificate_transfer_certificate_id_foreign";`);

    this.addSql(`drop table if exists "personnel_invitation" cascade;`);

    this.addSql(`drop table if exists "personnel_association" cascade;`);

    this.addSql(`drop table if exists "upload" cascade;`);

    this.addSql(`drop table if exists "certificate" cascade;`);

    this.addSql(`drop table if exists "certificate_transfer" cascade;`);

    this.addSql(`alter table "account" drop constraint "account_login_id_unique";`);
    this.addSql(`alter table "account" drop column "login_id", drop column "enterprise_authenticated";`);

    this.addSql(`drop type "invitation_status";`);
    this.addSql(`drop type "personnel_position";`);
    this.addSql(`drop type "upload_purpose";`);
    this.addSql(`drop type "certificate_level";`);
    this.addSql(`drop type "certificate_source";`);
  }

}
