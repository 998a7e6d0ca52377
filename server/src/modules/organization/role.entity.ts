import { Entity, Filter, Index, ManyToOne, OptionalProps, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { tenantOrSharedFilter } from '../../common/db/tenant.js';
import { Permission } from '../../common/auth/permission.js';
import { Partner } from '../partner/partner.entity.js';

/** A named set of permissions. Built-in roles have no partner and are shared; custom roles belong to one partner. */
@ObjectType()
@Entity({ tableName: 'role' })
@Filter(tenantOrSharedFilter)
@Unique({ properties: ['partner', 'name'] })
@Index({ properties: ['partner', 'createdAt', 'id'] })
export class Role extends BaseEntity {
  [OptionalProps]?: 'builtIn' | 'builtInKey' | 'updatedAt';

  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, nullable: true, deleteRule: 'cascade' })
  partner!: Ref<Partner> | null;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  name!: string;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  description!: string | null;

  /** Stable key of a built-in role (ADMINISTRATOR, ...); null for custom roles. */
  @Property({ type: 'string', length: 40, nullable: true })
  @Unique()
  builtInKey: string | null = null;

  @Field(() => [Permission])
  @Property({ type: 'text[]', columnType: 'text[]' })
  permissions!: Permission[];

  @Field(() => Boolean)
  get builtIn(): boolean {
    return this.builtInKey !== null;
  }

  @Field(() => Date)
  declare createdAt: Date;

  @Field(() => Date)
  declare updatedAt: Date;
}
