import { Entity, Enum, Filter, Index, ManyToOne, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { tenantFilter } from '../../common/db/tenant.js';
import { Partner } from './partner.entity.js';
import { CspTier, DevelopmentPhase, DevelopmentStatus, Program } from './partner.enums.js';

/**
 * A partner's membership of one program (R-PA-5), with its tier (Cloud Solution Provider) or phase and status
 * (development paths) and the program certificate's validity, renewed every 31 January (R-PA-6).
 */
@ObjectType()
@Entity({ tableName: 'partner_program' })
@Filter(tenantFilter)
@Unique({ properties: ['partner', 'program'] })
@Index({ properties: ['program', 'tier'] })
@Index({ properties: ['validUntil'] })
export class PartnerProgram extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @Field(() => Program)
  @Enum({ items: () => Program, nativeEnumName: 'program' })
  program!: Program;

  @Field(() => CspTier, { nullable: true, description: 'Cloud Solution Provider only.' })
  @Enum({ items: () => CspTier, nativeEnumName: 'csp_tier', nullable: true })
  tier: CspTier | null = null;

  @Field(() => DevelopmentPhase, { nullable: true, description: 'Development paths only.' })
  @Enum({ items: () => DevelopmentPhase, nativeEnumName: 'development_phase', nullable: true })
  phase: DevelopmentPhase | null = null;

  @Field(() => DevelopmentStatus, { nullable: true, description: 'Development paths only: status of the current phase.' })
  @Enum({ items: () => DevelopmentStatus, nativeEnumName: 'development_status', nullable: true })
  developmentStatus: DevelopmentStatus | null = null;

  @Field(() => String, { description: 'Date the partner joined (YYYY-MM-DD, Beijing time).' })
  @Property({ type: 'date' })
  joinedOn!: string;

  @Field(() => String, { description: 'Program certificate number.' })
  @Property({ type: 'string', length: 40 })
  @Unique()
  certificateNumber!: string;

  @Field(() => String, { description: 'First day of the certificate validity (YYYY-MM-DD).' })
  @Property({ type: 'date' })
  validFrom!: string;

  @Field(() => String, { description: 'Last day of the certificate validity (YYYY-MM-DD): a 31 January.' })
  @Property({ type: 'date' })
  validUntil!: string;

  @Field(() => Date, { nullable: true, description: 'When the certificate was last renewed automatically.' })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  renewedAt: Date | null = null;

  @Field(() => Date)
  declare createdAt: Date;

  @Field(() => Date)
  declare updatedAt: Date;
}
