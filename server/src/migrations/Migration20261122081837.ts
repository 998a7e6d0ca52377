import { Migration } from '@mikro-orm/migrations';

export class Migration20261122081837 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create type "account_kind" as enum ('OPERATOR', 'PARTNER_MEMBER', 'INDIVIDUAL', 'CUSTOMER');`);
    this.addSql(`create type "account_status" as enum ('ACTIVE', 'INACTIVE');`);
    this.addSql(`create table "audit_entry" ("id" uuid not null, "at" timestamptz(3) not null, "actor_id" uuid null, "actor_email" varchar(254) null, "actor_kind" "account_kind" null, "partner_id" uuid null, "operation" varchar(100) not null, "entity_type" varchar(100) not null, "entity_id" varchar(100) not null, "action" varchar(10) not null, "before" jsonb null, "after" jsonb null, "diff" jsonb null, "request_id" varchar(100) null, constraint "audit_entry_pkey" primary key ("id"));`);
    this.addSql(`create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`);
    this.addSql(`create index "audit_entry_at_id_index" on "audit_entry" ("at", "id");`);
    this.addSql(`create index "audit_entry_partner_id_at_id_index" on "audit_entry" ("partner_id", "at", "id");`);

    this.addSql(`create table "login_failure" ("id" uuid not null, "email" varchar(254) not null, "ip" varchar(64) not null, "at" timestamptz(3) not null, constraint "login_failure_pkey" primary key ("id"));`);
    this.addSql(`create index "login_failure_ip_at_index" on "login_failure" ("ip", "at");`);
    this.addSql(`create index "login_failure_email_at_index" on "login_failure" ("email", "at");`);

    this.addSql(`create table "partner" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "name" varchar(200) not null, "slug" varchar(80) not null, "country" varchar(2) not null, constraint "partner_pkey" primary key ("id"));`);
    this.addSql(`alter table "partner" add constraint "partner_slug_unique" unique ("slug");`);

    this.addSql(`create table "role" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "partner_id" uuid null, "name" varchar(60) not null, "description" varchar(500) null, "built_in_key" varchar(40) null, "permissions" text[] not null, constraint "role_pkey" primary key ("id"));`);
    this.addSql(`alter table "role" add constraint "role_built_in_key_unique" unique ("built_in_key");`);
    this.addSql(`create index "role_partner_id_created_at_id_index" on "role" ("partner_id", "created_at", "id");`);
    this.addSql(`alter table "role" add constraint "role_partner_id_name_unique" unique ("partner_id", "name");`);

    this.addSql(`create table "account" ("id" uuid not null, "created_at" timestamptz(3) not null, "updated_at" timestamptz(3) not null, "kind" "account_kind" not null, "email" varchar(254) not null, "password_hash" varchar(200) not null, "display_name" varchar(200) not null, "status" "account_status" not null default 'ACTIVE', "partner_id" uuid null, "role_id" uuid null, constraint "account_pkey" primary key ("id"));`);
    this.addSql(`alter table "account" add constraint "account_email_unique" unique ("email");`);
    this.addSql(`create index "account_partner_id_created_at_id_index" on "account" ("partner_id", "created_at", "id");`);

    this.addSql(`create table "session" ("id" uuid not null, "token_hash" varchar(64) not null, "account_id" uuid not null, "created_at" timestamptz(3) not null, "last_seen_at" timestamptz(3) not null, "expires_at" timestamptz(3) not null, "ip" varchar(64) null, "user_agent" varchar(300) null, constraint "session_pkey" primary key ("id"));`);
    this.addSql(`alter table "session" add constraint "session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "session_account_id_index" on "session" ("account_id");`);
    this.addSql(`create index "session_expires_at_index" on "session" ("expires_at");`);

    this.addSql(`alter table "role" add constraint "role_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);

    this.addSql(`alter table "account" add constraint "account_partner_id_foreign" foreign key ("partner_id") references "partner" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "account" add constraint "account_role_id_foreign" foreign key ("role_id") references "role" ("id") on update cascade on delete set null;`);

    this.addSql(`alter table "session" add constraint "session_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`);
  }

}
