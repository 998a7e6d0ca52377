import { Entity, Enum, Filter, Index, ManyToOne, Opt, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { tenantFilter } from '../../common/db/tenant.js';
import { Account } from '../account/account.entity.js';
import { Partner } from '../partner/partner.entity.js';
import { AssociationModel, CustomerInvitationStatus, InvitationChannel, PreRegistrationStatus } from './customer.enums.js';

/**
 * R-CU-5: a partner pre-registers a prospect by e-mail; for 15 days no other partner can pre-register or associate that
 * e-mail. The same company with a new e-mail is a new prospect, so the key is the e-mail alone.
 */
@ObjectType({ description: 'A prospect pre-registered by e-mail: protected from other partners for 15 days (R-CU-5).' })
@Entity({ tableName: 'pre_registration' })
@Filter(tenantFilter)
@Index({ properties: ['partner', 'createdAt', 'id'] })
@Index({ properties: ['email', 'expiresAt'] })
export class PreRegistration extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  /** Lower-cased. */
  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  email!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  companyName!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  @Property({ type: 'string', length: 2 })
  country!: string;

  @Field(() => String, { description: 'E-mail of the member who pre-registered it.' })
  @Property({ type: 'string', length: 254 })
  createdBy!: string;

  @Field(() => Date, { description: 'The protection ends at this instant (15 days after pre-registration).' })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  expiresAt!: Date;

  @Field(() => Date)
  declare createdAt: Date;

  isActive(now: Date): boolean {
    return this.expiresAt > now;
  }

  statusAt(now: Date): PreRegistrationStatus {
    return this.isActive(now) ? PreRegistrationStatus.ACTIVE : PreRegistrationStatus.EXPIRED;
  }

  declare updatedAt: Date & Opt;
}

/**
 * R-CU-6: an invitation to associate, by e-mail (valid for the days the partner chose, stated in the e-mail) or as a
 * registration link / QR code that never expires and can be used by many customers. The random `code` is the secret
 * in the URL (`/invite/<code>`).
 */
@ObjectType({ description: 'An invitation to associate with the partner: by e-mail, or a registration link / QR code (R-CU-6).' })
@Entity({ tableName: 'customer_invitation' })
@Filter(tenantFilter)
@Index({ properties: ['partner', 'createdAt', 'id'] })
@Index({ properties: ['email', 'createdAt'] })
export class CustomerInvitation extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @Field(() => InvitationChannel)
  @Enum({ items: () => InvitationChannel, nativeEnumName: 'invitation_channel' })
  channel!: InvitationChannel;

  @Field(() => AssociationModel, { description: 'The model the customer is associated with on acceptance (R-CU-3).' })
  @Enum({ items: () => AssociationModel, nativeEnumName: 'association_model' })
  model!: AssociationModel;

  /** Random and unguessable: the secret of the invitation URL. */
  @Field(() => String, { description: 'The code in the invitation URL /invite/<code>.' })
  @Property({ type: 'string', length: 64 })
  @Unique()
  code!: string;

  /** E-mail invitations: the invited address (lower-cased); null for links. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  email: string | null = null;

  @Field(() => Int, { nullable: true, description: 'E-mail invitations: the validity in days stated in the e-mail; null for links (never expire).' })
  @Property({ type: 'smallint', nullable: true })
  validDays: number | null = null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  expiresAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'A name for a link or QR code, e.g. "Trade fair 2026".' })
  @Property({ type: 'string', length: 100, nullable: true })
  label: string | null = null;

  /** Stored ACTIVE, ACCEPTED (e-mail invitations) or REVOKED; an active e-mail invitation past expiry reads EXPIRED. */
  @Enum({ items: () => CustomerInvitationStatus, nativeEnumName: 'customer_invitation_status' })
  status!: CustomerInvitationStatus;

  @Field(() => Int, { description: 'How many customers associated through it (links can be used many times).' })
  @Property({ type: 'integer', default: 0 })
  acceptedCount: number & Opt = 0;

  @Field(() => Date, { nullable: true, description: 'The latest acceptance.' })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  acceptedAt: Date | null = null;

  /** E-mail invitations: the customer who accepted it. */
  @ManyToOne(() => Account, { ref: true, nullable: true, deleteRule: 'set null' })
  acceptedBy: Ref<Account> | null = null;

  @Field(() => String, { description: 'E-mail of the member who created it.' })
  @Property({ type: 'string', length: 254 })
  createdBy!: string;

  @Field(() => Date)
  declare createdAt: Date;

  effectiveStatus(now: Date): CustomerInvitationStatus {
    if (this.status === CustomerInvitationStatus.ACTIVE && this.expiresAt && this.expiresAt <= now) return CustomerInvitationStatus.EXPIRED;
    return this.status;
  }

  declare updatedAt: Date & Opt;
}
