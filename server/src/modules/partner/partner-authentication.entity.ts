import type { Decimal } from 'decimal.js';
import { Entity, Enum, Filter, Index, ManyToOne, OptionalProps, Property, Ref, Unique } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../common/db/base.entity.js';
import { MoneyType } from '../../common/db/money.type.js';
import { tenantFilter } from '../../common/db/tenant.js';
import { DecimalScalar } from '../../common/scalars/decimal.js';
import { Partner } from './partner.entity.js';
import { AuthenticationKind, AuthenticationStatus } from './partner.enums.js';

@ObjectType({ description: 'What a business information authentication submits.' })
export class BusinessInformation {
  @Field(() => String)
  legalEntityName!: string;

  @Field(() => String, { description: 'Company registration (unified social credit / trade register) number.' })
  registrationNumber!: string;

  @Field(() => String)
  legalRepresentative!: string;

  @Field(() => String)
  registeredAddress!: string;
}

@ObjectType({ description: 'What a payment information authentication submits (R-PA-3, R-PA-4).' })
export class PaymentInformation {
  @Field(() => String)
  bankName!: string;

  @Field(() => String)
  bankAccountName!: string;

  @Field(() => String)
  bankAccountNumber!: string;

  @Field(() => String, { nullable: true, description: 'SWIFT/BIC or branch code.' })
  bankCode!: string | null;

  @Field(() => DecimalScalar, { description: 'The VAT rate the partner invoices with, as a fraction (0.06000000 = 6 %).' })
  taxRate!: Decimal;

  @Field(() => String, { description: 'ISO 4217 settlement currency.' })
  settlementCurrency!: string;
}

/**
 * One submission of one of the two authentications (R-PA-3). Every submission is kept: the latest per kind is the
 * current status (mirrored on the partner), the others are the history.
 */
@ObjectType()
@Entity({ tableName: 'partner_authentication' })
@Filter(tenantFilter)
@Index({ properties: ['partner', 'kind', 'submittedAt'] })
@Index({ properties: ['status', 'submittedAt', 'id'] })
// At most one submission of each kind waits for review, also when two are sent at once.
@Unique({
  name: 'partner_authentication_one_pending',
  expression: `create unique index "partner_authentication_one_pending" on "partner_authentication" ("partner_id", "kind") where "status" = 'PENDING'`,
})
export class PartnerAuthentication extends BaseEntity {
  [OptionalProps]?: 'business' | 'payment' | 'updatedAt';

  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @Field(() => AuthenticationKind)
  @Enum({ items: () => AuthenticationKind, nativeEnumName: 'authentication_kind' })
  kind!: AuthenticationKind;

  @Field(() => AuthenticationStatus)
  @Enum({ items: () => AuthenticationStatus, nativeEnumName: 'authentication_status' })
  status!: AuthenticationStatus;

  @Field(() => Date)
  @Property({ type: 'datetime', columnType: 'timestamptz(3)' })
  submittedAt!: Date;

  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  submittedBy!: string;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', columnType: 'timestamptz(3)', nullable: true })
  reviewedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: 'E-mail of the operator who reviewed it.' })
  @Property({ type: 'string', length: 254, nullable: true })
  reviewedBy: string | null = null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 1000, nullable: true })
  rejectionReason: string | null = null;

  // Business information (kind BUSINESS).
  @Property({ type: 'string', length: 200, nullable: true })
  legalEntityName: string | null = null;

  @Property({ type: 'string', length: 60, nullable: true })
  registrationNumber: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  legalRepresentative: string | null = null;

  @Property({ type: 'string', length: 500, nullable: true })
  registeredAddress: string | null = null;

  // Payment information (kind PAYMENT).
  @Property({ type: 'string', length: 200, nullable: true })
  bankName: string | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  bankAccountName: string | null = null;

  @Property({ type: 'string', length: 60, nullable: true })
  bankAccountNumber: string | null = null;

  @Property({ type: 'string', length: 20, nullable: true })
  bankCode: string | null = null;

  @Property({ type: MoneyType, nullable: true })
  taxRate: Decimal | null = null;

  @Property({ type: 'string', length: 3, nullable: true })
  settlementCurrency: string | null = null;

  @Field(() => BusinessInformation, { nullable: true })
  get business(): BusinessInformation | null {
    if (this.kind !== AuthenticationKind.BUSINESS) return null;
    return {
      legalEntityName: this.legalEntityName ?? '',
      registrationNumber: this.registrationNumber ?? '',
      legalRepresentative: this.legalRepresentative ?? '',
      registeredAddress: this.registeredAddress ?? '',
    };
  }

  @Field(() => PaymentInformation, { nullable: true })
  get payment(): PaymentInformation | null {
    if (this.kind !== AuthenticationKind.PAYMENT || !this.taxRate) return null;
    return {
      bankName: this.bankName ?? '',
      bankAccountName: this.bankAccountName ?? '',
      bankAccountNumber: this.bankAccountNumber ?? '',
      bankCode: this.bankCode,
      taxRate: this.taxRate,
      settlementCurrency: this.settlementCurrency ?? '',
    };
  }

  @Field(() => Date)
  declare createdAt: Date;
}

/** An operator's change of a partner's registered country, with its reason (R-PA-1). */
@ObjectType()
@Entity({ tableName: 'partner_country_change' })
@Filter(tenantFilter)
@Index({ properties: ['partner', 'createdAt'] })
export class PartnerCountryChange extends BaseEntity {
  @Field(() => ID)
  declare id: string;

  @ManyToOne(() => Partner, { ref: true, deleteRule: 'cascade' })
  partner!: Ref<Partner>;

  @Field(() => String)
  @Property({ type: 'string', length: 2 })
  fromCountry!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 2 })
  toCountry!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 1000 })
  reason!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 254 })
  changedBy!: string;

  @Field(() => Date)
  declare createdAt: Date;
}
