import type { Decimal } from 'decimal.js';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.js';
import { DecimalScalar } from '../../common/scalars/decimal.js';
import { UserError } from '../../common/errors/user-error.js';
import { AccountView } from '../account/account.types.js';
import { MAX_PASSWORD_LENGTH } from '../account/password.js';
import { AssociationStatus } from '../personnel/personnel.enums.js';
import { PartnerSummary } from '../personnel/personnel.types.js';
import { CustomerAssociation, DisassociationRequest } from './customer-association.entity.js';
import { CustomerInvitation, PreRegistration } from './customer-development.entity.js';
import { CustomerProfile } from './customer-profile.entity.js';
import {
  AccountTeamRole,
  AssociationModel,
  BalanceDisposition,
  CustomerInvitationStatus,
  DisassociationRequestStatus,
  InvitationChannel,
  PreRegistrationStatus,
} from './customer.enums.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Za-z0-9_-]{16,64}$/;
const CODE_MESSAGE = 'This is not an invitation code.';

// ---- Views ----

@ObjectType({ description: 'A customer as its partner sees it.' })
export class CustomerSummary {
  @Field(() => ID, { description: "The customer's account id." })
  id!: string;

  @Field(() => String)
  companyName!: string;

  @Field(() => String, { nullable: true })
  country!: string | null;

  @Field(() => String)
  email!: string;
}

@ObjectType({ description: 'A member of the partner, as shown next to the customers they manage.' })
export class TeamMemberSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;
}

@ObjectType({ description: 'An account manager or account director of the partner (R-CU-11).' })
export class CustomerTeamMember {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => AccountTeamRole)
  role!: AccountTeamRole;

  @Field(() => TeamMemberSummary, { nullable: true, description: 'Account managers: the account director who leads them.' })
  ledBy!: TeamMemberSummary | null;

  @Field(() => [TeamMemberSummary], { description: 'Account directors: the account managers they lead.' })
  leads!: TeamMemberSummary[];

  @Field(() => Int, { description: 'Active customers: assigned to the manager, or to the managers the director leads.' })
  customerCount!: number;
}

@ObjectType({ description: 'What anyone holding an invitation link sees, and the invitations a customer received.' })
export class PublicCustomerInvitation {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  partnerName!: string;

  @Field(() => String, { description: "The partner's registered country (ISO 3166-1 alpha-2)." })
  partnerCountry!: string;

  @Field(() => AssociationModel)
  model!: AssociationModel;

  @Field(() => InvitationChannel)
  channel!: InvitationChannel;

  @Field(() => CustomerInvitationStatus)
  status!: CustomerInvitationStatus;

  @Field(() => Int, { nullable: true, description: 'E-mail invitations: the stated validity in days.' })
  validDays!: number | null;

  @Field(() => Date, { nullable: true, description: 'E-mail invitations: when it expires; links never expire.' })
  expiresAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'E-mail invitations: the invited address, partly hidden (b****@example.com).' })
  emailHint!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType({ description: "The customer's associated partner (R-CU-7, My Partner)." })
export class CustomerPartnerView {
  @Field(() => ID)
  associationId!: string;

  @Field(() => PartnerSummary)
  partner!: PartnerSummary;

  @Field(() => AssociationModel)
  model!: AssociationModel;

  @Field(() => Date, { description: 'Associated since.' })
  since!: Date;

  @Field(() => DecimalScalar, { nullable: true, description: 'Referral customers: the discount the partner set (fraction off list price).' })
  discountRate!: Decimal | null;

  @Field(() => BalanceDisposition)
  balanceDisposition!: BalanceDisposition;

  @Field(() => Boolean, { description: 'False for reseller customers of a partner that revoked the permission to view Bills and Cost Center (R-CU-10); orders at list price stay visible.' })
  canViewBills!: boolean;

  @Field(() => Boolean, { description: 'Only reseller customers can request disassociation (R-CU-8).' })
  canRequestDisassociation!: boolean;

  @Field(() => DisassociationRequest, { nullable: true })
  pendingDisassociationRequest!: DisassociationRequest | null;
}

@ObjectType()
export class RegisteredCustomer {
  @Field(() => CustomerProfile)
  customer!: CustomerProfile;

  @Field(() => String, { description: "Path of the customer's set-password link (shown while no mail server is configured)." })
  setPasswordLink!: string;
}

// ---- Payloads ----

@ObjectType()
export class CustomerProfilePayload {
  @Field(() => CustomerProfile, { nullable: true })
  customer!: CustomerProfile | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class RegisterCustomerPayload {
  @Field(() => RegisteredCustomer, { nullable: true })
  registration!: RegisteredCustomer | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class CustomerSignUpPayload {
  @Field(() => AccountView, { nullable: true, description: 'The new customer account, signed in.' })
  account!: AccountView | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class PreRegistrationPayload {
  @Field(() => PreRegistration, { nullable: true })
  preRegistration!: PreRegistration | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class CustomerInvitationPayload {
  @Field(() => CustomerInvitation, { nullable: true })
  invitation!: CustomerInvitation | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class CustomerAssociationPayload {
  @Field(() => CustomerAssociation, { nullable: true })
  association!: CustomerAssociation | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class DisassociationRequestPayload {
  @Field(() => DisassociationRequest, { nullable: true })
  request!: DisassociationRequest | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class CustomerTeamMemberPayload {
  @Field(() => CustomerTeamMember, { nullable: true })
  member!: CustomerTeamMember | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

// ---- Operator inputs ----

@InputType()
export class RegisterCustomerInput {
  @Field(() => String)
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @MaxLength(200)
  companyName!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  @Length(2, 2, { message: 'Choose a country.' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'The contact name shown for the account (default: the company name).' })
  @IsOptional()
  @MaxLength(200)
  displayName?: string | null;
}

@InputType({ description: 'Attributes the cloud’s other systems own; omitted fields stay as they are.' })
export class UpdateCustomerProfileInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'customerId must be a customer id.' })
  customerId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(200)
  companyName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(2, 2, { message: 'Choose a country.' })
  country?: string;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  inArrears?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  specialContract?: boolean;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  internalAccount?: boolean;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (Beijing time); null: no reserved instances.' })
  @IsOptional()
  @Matches(DATE, { message: 'Use a date like 2026-03-01.' })
  reservedInstancesUntil?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'USD.' })
  @IsOptional()
  accountBalance?: Decimal;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  hasTopUpRewards?: boolean;

  @Field(() => DecimalScalar, { nullable: true, description: 'RMB.' })
  @IsOptional()
  outstandingInvoicesRmb?: Decimal;
}

@ArgsType()
export class CustomerProfilesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the company name or e-mail.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only customers with an attribute that blocks association (R-CU-2); false: only those without.' })
  @IsOptional()
  blocked?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'true: only customers associated with a partner now; false: only unassociated ones.' })
  @IsOptional()
  associated?: boolean;
}

@InputType()
export class ChangeAssociationModelInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'associationId must be an association id.' })
  associationId!: string;

  @Field(() => AssociationModel)
  model!: AssociationModel;

  @Field(() => String, { description: 'Why (e.g. the service ticket); kept in the history.' })
  @MaxLength(1000)
  reason!: string;
}

@InputType()
export class EndReferralAssociationInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'associationId must be an association id.' })
  associationId!: string;

  @Field(() => String)
  @MaxLength(1000)
  reason!: string;
}

@InputType()
export class SetReferralDiscountRangeInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'partnerId must be a partner id.' })
  partnerId!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Fraction off list price (0.02 = 2 %); both null withdraws the authorisation.' })
  @IsOptional()
  min?: Decimal | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  max?: Decimal | null;
}

// ---- Customer inputs ----

@InputType()
export class RegisterCustomerFromInvitationInput {
  @Field(() => String)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => String)
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(1, MAX_PASSWORD_LENGTH, { message: 'Choose a password.' })
  password!: string;

  @Field(() => String)
  @MaxLength(200)
  companyName!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  @Length(2, 2, { message: 'Choose a country.' })
  country!: string;

  @Field(() => String, { nullable: true, description: 'Contact name (default: the company name).' })
  @IsOptional()
  @MaxLength(200)
  displayName?: string | null;
}

@InputType()
export class AcceptCustomerInvitationInput {
  @Field(() => String)
  @Matches(CODE, { message: CODE_MESSAGE })
  code!: string;

  @Field(() => BalanceDisposition, {
    nullable: true,
    description: 'Reseller invitations with a balance: TRANSFERRED_TO_PARTNER or WITHDRAWN (R-CU-9). Ignored for referral (the balance is kept).',
  })
  @IsOptional()
  balanceDisposition?: BalanceDisposition | null;
}

@InputType()
export class RequestDisassociationInput {
  @Field(() => String)
  @MaxLength(1000)
  reason!: string;
}

@ArgsType()
export class MyCustomerInvitationsArgs extends ConnectionArgs {
  @Field(() => CustomerInvitationStatus, { nullable: true })
  @IsOptional()
  status?: CustomerInvitationStatus;
}

// ---- Partner inputs ----

@InputType()
export class PreRegisterCustomerInput {
  @Field(() => String, { description: "The prospect's contact e-mail: the key of the protection (R-CU-5)." })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @MaxLength(200)
  companyName!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2.' })
  @Length(2, 2, { message: 'Choose a country.' })
  country!: string;
}

@InputType()
export class InviteCustomerByEmailInput {
  @Field(() => String)
  @MaxLength(254)
  email!: string;

  @Field(() => AssociationModel)
  model!: AssociationModel;

  @Field(() => Int, { nullable: true, description: 'Validity in days, 1 to 30 (default 7); stated in the e-mail.' })
  @IsOptional()
  validDays?: number | null;
}

@InputType()
export class CreateCustomerInvitationLinkInput {
  @Field(() => AssociationModel)
  model!: AssociationModel;

  @Field(() => String, { nullable: true, description: 'A name for the link / QR code, e.g. "Trade fair 2026".' })
  @IsOptional()
  @MaxLength(100)
  label?: string | null;
}

@ArgsType()
export class PreRegistrationsArgs extends ConnectionArgs {
  @Field(() => PreRegistrationStatus, { nullable: true })
  @IsOptional()
  status?: PreRegistrationStatus;

  @Field(() => String, { nullable: true, description: 'Part of the e-mail or company name.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ArgsType()
export class CustomerInvitationsArgs extends ConnectionArgs {
  @Field(() => InvitationChannel, { nullable: true })
  @IsOptional()
  channel?: InvitationChannel;

  @Field(() => CustomerInvitationStatus, { nullable: true })
  @IsOptional()
  status?: CustomerInvitationStatus;
}

@ArgsType()
export class CustomersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the company name or e-mail.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => AssociationModel, { nullable: true })
  @IsOptional()
  model?: AssociationModel;

  @Field(() => ID, { nullable: true, description: 'Only the customers of this account manager.' })
  @IsOptional()
  @IsUUID('all', { message: 'accountManagerId must be a member id.' })
  accountManagerId?: string;

  @Field(() => Boolean, { nullable: true, description: 'true: only customers without an account manager.' })
  @IsOptional()
  unassigned?: boolean;

  @Field(() => AssociationStatus, { nullable: true, description: 'ACTIVE or ENDED; both when omitted.' })
  @IsOptional()
  status?: AssociationStatus;
}

@ArgsType()
export class DisassociationRequestsArgs extends ConnectionArgs {
  @Field(() => DisassociationRequestStatus, { nullable: true })
  @IsOptional()
  status?: DisassociationRequestStatus;
}

@InputType()
export class SetCustomerDiscountInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'associationId must be a customer association id.' })
  associationId!: string;

  @Field(() => DecimalScalar, { nullable: true, description: 'Fraction off list price within the authorised range; null removes the discount.' })
  @IsOptional()
  discountRate?: Decimal | null;
}

@InputType()
export class AssignAccountManagerInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'associationId must be a customer association id.' })
  associationId!: string;

  @Field(() => ID, { nullable: true, description: 'A member with the Account Manager role; null unassigns.' })
  @IsOptional()
  @IsUUID('all', { message: 'accountManagerId must be a member id.' })
  accountManagerId?: string | null;
}

@InputType()
export class SetAccountDirectorInput {
  @Field(() => ID, { description: 'A member with the Account Manager role.' })
  @IsUUID('all', { message: 'managerId must be a member id.' })
  managerId!: string;

  @Field(() => ID, { nullable: true, description: 'A member with the Account Director role; null: nobody leads the manager.' })
  @IsOptional()
  @IsUUID('all', { message: 'directorId must be a member id.' })
  directorId?: string | null;
}

