import type { Decimal } from 'decimal.js';
import { Collection, Entity, Enum, Index, OneToMany, Opt, OptionalProps, Property, Unique } from '@mikro-orm/core';
import { Authorized, Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { MoneyType } from '../../common/db/money.type.js';
import { DecimalScalar, Money } from '../../common/scalars/decimal.js';
import { Permission } from '../../common/auth/permission.js';
import { AuthenticationStatus, PartnerStatus, TenantType } from './partner.enums.js';
import { PartnerProgram } from './partner-program.entity.js';
import { PartnerAuthentication, PartnerCountryChange } from './partner-authentication.entity.js';

// auth-checker imports the account entity, which imports this file: the operator gate is spelled out here.
const OPERATOR_ACCESS = 'KIND:OPERATOR';

/** The tenant: a partner company. Its own row is not tenant-filtered (it is the tenant). */
@ObjectType()
@Entity({ tableName: 'partner' })
@Index({ properties: ['createdAt', 'id'] })
export class Partner extends BaseEntity {
  [OptionalProps]?: 'canReceiveIncentives' | 'programs' | 'authentications' | 'countryChanges';

  @Field(() => ID)
  declare id: string;

  /** Chinese or English only (R-PA-2). */
  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'URL-safe short name, unique.' })
  @Property({ type: 'string', length: 80 })
  @Unique()
  slug!: string;

  /** Set at registration; only an operator changes it, with a recorded reason (R-PA-1). */
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 registered country: the country of the legal entity.' })
  @Property({ type: 'string', length: 2 })
  country!: string;

  @Field(() => PartnerStatus)
  @Enum({ items: () => PartnerStatus, nativeEnumName: 'partner_status', default: PartnerStatus.ACTIVE })
  status: PartnerStatus & Opt = PartnerStatus.ACTIVE;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  address: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 200, nullable: true })
  contactName: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 254, nullable: true })
  contactEmail: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  contactPhone: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 100, nullable: true })
  industry: string | null = null;

  @Field(() => TenantType)
  @Enum({ items: () => TenantType, nativeEnumName: 'tenant_type', default: TenantType.ENTERPRISE })
  tenantType: TenantType & Opt = TenantType.ENTERPRISE;

  /** The latest business information authentication's status, kept in step by the authentication service. */
  @Field(() => AuthenticationStatus)
  @Enum({ items: () => AuthenticationStatus, nativeEnumName: 'authentication_status', default: AuthenticationStatus.NOT_SUBMITTED })
  businessAuthStatus: AuthenticationStatus & Opt = AuthenticationStatus.NOT_SUBMITTED;

  @Field(() => AuthenticationStatus)
  @Enum({ items: () => AuthenticationStatus, nativeEnumName: 'authentication_status', default: AuthenticationStatus.NOT_SUBMITTED })
  paymentAuthStatus: AuthenticationStatus & Opt = AuthenticationStatus.NOT_SUBMITTED;

  /** R-PA-8 account figures; set by operators until the billing module drives them. */
  @Authorized(Permission.PARTNER_VIEW, OPERATOR_ACCESS)
  @Field(() => DecimalScalar, { description: 'Amount due (USD).' })
  @Property({ type: MoneyType, default: '0' })
  amountDue: Decimal & Opt = new Money(0);

  @Authorized(Permission.PARTNER_VIEW, OPERATOR_ACCESS)
  @Field(() => DecimalScalar, { description: 'Account balance (USD).' })
  @Property({ type: MoneyType, default: '0' })
  accountBalance: Decimal & Opt = new Money(0);

  @Authorized(Permission.PARTNER_VIEW, OPERATOR_ACCESS)
  @Field(() => DecimalScalar, { description: 'Consumption quota: the credit granted by tier (USD).' })
  @Property({ type: MoneyType, default: '0' })
  consumptionQuota: Decimal & Opt = new Money(0);

  /** R-CU-4: the referral discount range an operator authorised for this partner (fractions off list price); null: none. */
  @Authorized(Permission.PARTNER_VIEW, OPERATOR_ACCESS)
  @Field(() => DecimalScalar, { nullable: true, description: 'Lowest referral customer discount an operator authorised (0.02 = 2 % off); null while none is authorised (R-CU-4).' })
  @Property({ type: MoneyType, nullable: true })
  referralDiscountMin: Decimal | null = null;

  @Authorized(Permission.PARTNER_VIEW, OPERATOR_ACCESS)
  @Field(() => DecimalScalar, { nullable: true, description: 'Highest referral customer discount an operator authorised (R-CU-4).' })
  @Property({ type: MoneyType, nullable: true })
  referralDiscountMax: Decimal | null = null;

  /** R-CU-10: false while the partner has revoked its reseller customers' permission to view bills and cost centre. */
  @Field(() => Boolean, { description: 'Whether reseller customers may view Bills and Cost Center (R-CU-10).' })
  @Property({ type: 'boolean', default: true })
  resellerBillsVisible: boolean & Opt = true;

  /** R-PA-3: incentives can be paid only when both authentications are approved. */
  @Field(() => Boolean, { description: 'True only when business and payment information authentications are both approved.' })
  get canReceiveIncentives(): boolean {
    return this.businessAuthStatus === AuthenticationStatus.APPROVED && this.paymentAuthStatus === AuthenticationStatus.APPROVED;
  }

  /** Loaded through the entity's own EntityManager: the caller's tenant, or an operator's cross-tenant fork.
   * Programs in the enum's order (Cloud Solution Provider first); one row per program. */
  @OneToMany(() => PartnerProgram, (program) => program.partner, { orderBy: { program: 'ASC' } })
  programs = new Collection<PartnerProgram>(this);

  @OneToMany(() => PartnerAuthentication, (authentication) => authentication.partner, { orderBy: { submittedAt: 'DESC', id: 'DESC' } })
  authentications = new Collection<PartnerAuthentication>(this);

  @OneToMany(() => PartnerCountryChange, (change) => change.partner, { orderBy: { createdAt: 'DESC', id: 'DESC' } })
  countryChanges = new Collection<PartnerCountryChange>(this);

  @Field(() => Date)
  declare createdAt: Date;

  @Field(() => Date)
  declare updatedAt: Date;
}
