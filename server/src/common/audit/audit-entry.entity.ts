import { Entity, Enum, Filter, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { tenantFilter } from '../db/tenant.js';
import { AccountKind } from '../../modules/account/account.entity.js';

/** One changed entity within one mutation (R-SV-3). Written in the same transaction as the change. */
@ObjectType()
@Entity({ tableName: 'audit_entry' })
@Filter(tenantFilter)
@Index({ properties: ['partner', 'at', 'id'] })
@Index({ properties: ['at', 'id'] })
@Index({ properties: ['entityType', 'entityId'] })
export class AuditEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  at!: Date;

  @Field(() => ID, { nullable: true })
  @Property({ type: 'uuid', nullable: true })
  actorId!: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  actorEmail!: string | null;

  @Field(() => AccountKind, { nullable: true })
  @Enum({ items: () => AccountKind, nativeEnumName: 'account_kind', nullable: true })
  actorKind!: AccountKind | null;

  /** The tenant the change belongs to (named `partner` so the tenant filter applies); null for global rows. */
  @Field(() => ID, { nullable: true, name: 'partnerId' })
  @Property({ type: 'uuid', nullable: true, fieldName: 'partner_id' })
  partner!: string | null;

  @Field(() => String, { description: 'The GraphQL mutation (or job) that made the change.' })
  @Property({ type: 'string', length: 100 })
  operation!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  entityType!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  entityId!: string;

  @Field(() => String, { description: 'CREATE, UPDATE or DELETE.' })
  @Property({ type: 'string', length: 10 })
  action!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  @Property({ type: 'json', nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true, description: 'Changed fields: { field: [before, after] }.' })
  @Property({ type: 'json', nullable: true })
  diff!: Record<string, [unknown, unknown]> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  requestId!: string | null;
}
