import { Entity, Enum, Filter, Index, ManyToOne, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { tenantFilter } from '../../common/db/tenant.js';
import { Account } from '../account/account.entity.js';
import { Partner } from '../partner/partner.entity.js';
import { PersonnelPosition } from './personnel.enums.js';

/**
 * An individual ID associated with a partner as dedicated personnel, from acceptance until the association ends.
 * At most one association is open per individual (R-DP-3), enforced by a partial unique index so that two
 * acceptances at once cannot both win. Ended associations stay: they drive the 3-partners-in-365-days rule (R-DP-4).
 */
@ObjectType()
@Entity({ tableName: 'personnel_association' })
@Filter(tenantFilter)
@Index({ properties: ['partner', 'endedAt', 'createdAt', 'id'] })
@Index({ properties: ['individual', 'endedAt'] })
@Unique({
  name: 'personnel_association_one_open',
  expression: 'create unique index "personnel_association_one_open" on "personnel_association" ("individual_id") where "ended_at" is null',
})
export class PersonnelAssociation extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  individual!: Ref<Account>;

  @Field(() => Date, { description: 'When the individual accepted the invitation.' })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  endedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'E-mail of who ended it (partner administrator or the individual).' })
  @Property({ type: 'string', length: 254, nullable: true })
  endedBy: string | null = null;

  /** R-DP-8: position and employment information, kept by the partner. */
  @Field(() => PersonnelPosition)
  @Enum({ items: () => PersonnelPosition, nativeEnumName: 'personnel_position', default: PersonnelPosition.OTHER })
  position: PersonnelPosition & Opt = PersonnelPosition.OTHER;

  @Field(() => String, { nullable: true, description: 'Employment start date (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  employmentStart: string | null = null;

  @Field(() => String, { nullable: true, description: 'Employment end date (YYYY-MM-DD).' })
  @Property({ type: 'date', nullable: true })
  employmentEnd: string | null = null;

  declare updatedAt: Date & Opt;
}
