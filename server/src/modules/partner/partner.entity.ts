import { Entity, Property, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';

/** The tenant: a partner company. Its own row is not tenant-filtered (it is the tenant). */
@ObjectType()
@Entity({ tableName: 'partner' })
export class Partner extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'URL-safe short name, unique.' })
  @Property({ type: 'string', length: 80 })
  @Unique()
  slug!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2 registered country.' })
  @Property({ type: 'string', length: 2 })
  country!: string;

  @Field(() => Date)
  declare createdAt: Date;
}
