import type { Decimal } from 'decimal.js';
import { ArgsType, Field, ID, InputType, registerEnumType } from 'type-graphql';
import { IsEmail, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.js';
import { DecimalScalar } from '../../common/scalars/decimal.js';
import { AuthenticationKind, AuthenticationStatus, CspTier, DevelopmentPhase, DevelopmentStatus, Program, TenantType } from './partner.enums.js';

const PHONE = /^\+?[0-9 ()-]{5,30}$/;
const PHONE_MESSAGE = 'Enter a phone number: digits, spaces, "-", "(", ")" and an optional leading "+".';

/** The partner edits its basic information; the registered country is deliberately absent (R-PA-1). */
@InputType()
export class UpdatePartnerInformationInput {
  @Field(() => String, { nullable: true, description: 'Chinese or English only (R-PA-2).' })
  @IsOptional()
  @MaxLength(200)
  name?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(500)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  contactName?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(254)
  contactEmail?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(PHONE, { message: PHONE_MESSAGE })
  contactPhone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  industry?: string | null;

  @Field(() => TenantType, { nullable: true })
  @IsOptional()
  tenantType?: TenantType;
}

@InputType()
export class SubmitBusinessAuthenticationInput {
  @Field(() => String)
  @Length(2, 200, { message: 'Enter the legal entity name (2 to 200 characters).' })
  legalEntityName!: string;

  @Field(() => String)
  @Matches(/^[A-Za-z0-9-]{5,60}$/, { message: 'Enter the registration number: 5 to 60 letters, digits or "-".' })
  registrationNumber!: string;

  @Field(() => String)
  @Length(1, 200, { message: 'Enter the legal representative.' })
  legalRepresentative!: string;

  @Field(() => String)
  @Length(5, 500, { message: 'Enter the registered address (5 to 500 characters).' })
  registeredAddress!: string;
}

@InputType()
export class SubmitPaymentAuthenticationInput {
  @Field(() => String)
  @Length(2, 200, { message: 'Enter the bank name.' })
  bankName!: string;

  @Field(() => String)
  @Length(2, 200, { message: 'Enter the account holder name.' })
  bankAccountName!: string;

  @Field(() => String)
  @Matches(/^[A-Za-z0-9 -]{5,60}$/, { message: 'Enter the bank account number or IBAN: 5 to 60 letters, digits, spaces or "-".' })
  bankAccountNumber!: string;

  @Field(() => String, { nullable: true, description: 'SWIFT/BIC or branch code.' })
  @IsOptional()
  @Matches(/^[A-Za-z0-9]{4,20}$/, { message: 'Enter a SWIFT/BIC or branch code: 4 to 20 letters or digits.' })
  bankCode?: string | null;

  @Field(() => DecimalScalar, { description: 'VAT rate as a fraction: 0.06 = 6 %.' })
  taxRate!: Decimal;

  @Field(() => String, { description: 'ISO 4217 code, e.g. USD or CNY.' })
  @Length(3, 3, { message: 'Enter a three-letter currency code such as USD.' })
  settlementCurrency!: string;
}

@InputType()
export class RegisterPartnerInput {
  @Field(() => String, { description: 'Company name: Chinese or English only (R-PA-2).' })
  @MaxLength(200)
  name!: string;

  @Field(() => String, { description: "ISO 3166-1 alpha-2 country of the partner's legal entity (R-PA-1)." })
  @Length(2, 2, { message: 'Choose the country of the legal entity.' })
  country!: string;

  @Field(() => String)
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(254)
  administratorEmail!: string;

  @Field(() => String)
  @Length(1, 200, { message: "Enter the administrator's name." })
  administratorName!: string;
}

@InputType()
export class ChangePartnerCountryInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnerId must be a partner id.' })
  partnerId!: string;

  @Field(() => String)
  @Length(2, 2, { message: 'Choose a country.' })
  country!: string;

  @Field(() => String, { description: 'Why the country changes (kept with the change).' })
  @MaxLength(1000)
  reason!: string;
}

@InputType()
export class SetPartnerAccountFiguresInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnerId must be a partner id.' })
  partnerId!: string;

  @Field(() => DecimalScalar)
  amountDue!: Decimal;

  @Field(() => DecimalScalar)
  accountBalance!: Decimal;

  @Field(() => DecimalScalar)
  consumptionQuota!: Decimal;
}

@InputType()
export class EnrolPartnerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnerId must be a partner id.' })
  partnerId!: string;

  @Field(() => Program)
  program!: Program;

  @Field(() => CspTier, { nullable: true, description: 'Required for Cloud Solution Provider.' })
  @IsOptional()
  tier?: CspTier | null;

  @Field(() => DevelopmentPhase, { nullable: true, description: 'Development paths only (default Selection).' })
  @IsOptional()
  phase?: DevelopmentPhase | null;

  @Field(() => DevelopmentStatus, { nullable: true, description: 'Development paths only (default In progress).' })
  @IsOptional()
  developmentStatus?: DevelopmentStatus | null;
}

@InputType()
export class UpdatePartnerProgramInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a partner program id.' })
  id!: string;

  @Field(() => CspTier, { nullable: true })
  @IsOptional()
  tier?: CspTier | null;

  @Field(() => DevelopmentPhase, { nullable: true })
  @IsOptional()
  phase?: DevelopmentPhase | null;

  @Field(() => DevelopmentStatus, { nullable: true })
  @IsOptional()
  developmentStatus?: DevelopmentStatus | null;
}

export enum ReviewDecision {
  APPROVE = 'APPROVE',
  REJECT = 'REJECT',
}
registerEnumType(ReviewDecision, { name: 'ReviewDecision' });

@InputType()
export class ReviewAuthenticationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an authentication id.' })
  id!: string;

  @Field(() => ReviewDecision)
  decision!: ReviewDecision;

  @Field(() => String, { nullable: true, description: 'Required when rejecting; shown to the partner.' })
  @IsOptional()
  @MaxLength(1000)
  reason?: string | null;
}

@ArgsType()
export class PartnersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the company name or slug.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 2)
  country?: string;

  @Field(() => Program, { nullable: true })
  @IsOptional()
  program?: Program;

  @Field(() => CspTier, { nullable: true, description: 'Cloud Solution Provider tier.' })
  @IsOptional()
  tier?: CspTier;

  @Field(() => AuthenticationStatus, { nullable: true })
  @IsOptional()
  businessAuthStatus?: AuthenticationStatus;

  @Field(() => AuthenticationStatus, { nullable: true })
  @IsOptional()
  paymentAuthStatus?: AuthenticationStatus;
}

@ArgsType()
export class AuthenticationReviewsArgs extends ConnectionArgs {
  @Field(() => AuthenticationStatus, { nullable: true, description: 'Default PENDING: the review queue, oldest first.' })
  @IsOptional()
  status?: AuthenticationStatus;

  @Field(() => AuthenticationKind, { nullable: true })
  @IsOptional()
  kind?: AuthenticationKind;
}
