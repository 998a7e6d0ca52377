import { Entity, Enum, Filter, Index, ManyToOne, Opt, Property, Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { tenantFilter } from '../../common/db/tenant.js';
import { Account } from '../account/account.entity.js';
import { Partner } from '../partner/partner.entity.js';
import { InvitationStatus } from './personnel.enums.js';

/** A partner's invitation to an individual ID to become dedicated personnel; valid for 7 days (R-DP-2). */
@ObjectType()
@Entity({ tableName: 'personnel_invitation' })
@Filter(tenantFilter)
@Index({ properties: ['partner', 'createdAt', 'id'] })
@Index({ properties: ['individual', 'createdAt'] })
export class PersonnelInvitation extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @ManyToOne(() => Account, { ref: true, deleteRule: 'cascade' })
  individual!: Ref<Account>;

  /** Stored status; a pending invitation past its expiry reads as EXPIRED (see `effectiveStatus`). */
  @Enum({ items: () => InvitationStatus, nativeEnumName: 'invitation_status' })
  status!: InvitationStatus;

  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  invitedBy!: string;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  respondedAt: Date | null = null;

  @Field(() => Date, { description: 'When the invitation was sent.' })
  declare createdAt: Date;

  effectiveStatus(now: Date): InvitationStatus {
    return this.status === InvitationStatus.PENDING && this.expiresAt <= now ? InvitationStatus.EXPIRED : this.status;
  }

  declare updatedAt: Date & Opt;
}
