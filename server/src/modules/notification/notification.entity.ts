import { Entity, Enum, Filter, Index, ManyToOne, Opt, Property, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { tenantFilter } from '../../common/db/tenant.js';
import { Account } from '../account/account.entity.js';
import { Partner } from '../partner/partner.entity.js';

/** What a notification is about; later modules add their categories (budget thresholds, reviews, incentives…). */
export enum NotificationCategory {
  ASSOCIATION = 'ASSOCIATION',
  DISASSOCIATION = 'DISASSOCIATION',
  CUSTOMER = 'CUSTOMER',
  SYSTEM = 'SYSTEM',
  BUDGET = 'BUDGET',
  BILL = 'BILL',
}
registerEnumType(NotificationCategory, { name: 'NotificationCategory' });

/**
 * An in-app message to one account (the bell of every portal). Owned by its recipient, not by a tenant: every query
 * names the recipient, so one account never reads another's notifications.
 */
@ObjectType({ description: 'An in-app notification to the signed-in account.' })
@Entity({ tableName: 'notification' })
@Index({ properties: ['recipient', 'createdAt', 'id'] })
@Index({ properties: ['recipient', 'readAt'] })
export class Notification extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  recipient!: Ref<Account>;

  @Field(() => NotificationCategory)
  @Enum({ items: () => NotificationCategory, nativeEnumName: 'notification_category' })
  category!: NotificationCategory;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 2000 })
  body!: string;

  @Field(() => String, { nullable: true, description: 'A console path to open, e.g. /customers/<id>.' })
  @Property({ type: 'string', length: 500, nullable: true })
  link: string | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  readAt: Date | null = null;

  @Field(() => Date)
  declare createdAt: Date;

  declare updatedAt: Date & Opt;
}

/**
 * An e-mail waiting to be sent. No mail server is configured: messages stay here (sentAt null), the console shows the
 * partner its outbox, and a later mail transport sends them and stamps sentAt. Tenant-owned through `partner` when a
 * partner sent it or it concerns one of its customers; null for the cloud's own mail.
 */
@ObjectType({ description: 'An e-mail in the outbox (no mail server is configured; a later transport sends it).' })
@Entity({ tableName: 'outbox_mail' })
@Filter(tenantFilter)
@Index({ properties: ['partner', 'createdAt', 'id'] })
@Index({ properties: ['sentAt', 'createdAt'] })
export class OutboxMail extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, nullable: true, deleteRule: 'cascade' })
  partner: Ref<Partner> | null = null;

  @Field(() => String)
  @Property({ type: 'string', length: 254, fieldName: 'to_address' })
  to!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  subject!: string;

  @Field(() => String, { description: 'Plain-text body.' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => Date, { nullable: true, description: 'Null until a mail transport has sent it.' })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  sentAt: Date | null = null;

  @Field(() => Date)
  declare createdAt: Date;

  declare updatedAt: Date & Opt;
}
