import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.js';
import { UserError } from '../../common/errors/user-error.js';
import { Certificate } from '../certificate/certificate.entity.js';
import { CertificateLevel } from '../certificate/certificate.levels.js';
import { PersonnelAssociation } from './personnel-association.entity.js';
import { PersonnelInvitation } from './personnel-invitation.entity.js';
import { InvitationStatus, PersonnelPosition } from './personnel.enums.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ObjectType({ description: 'An individual ID as partners see it.' })
export class IndividualSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The login ID (cloud tenant name).' })
  loginId!: string;

  @Field(() => String)
  displayName!: string;
}

@ObjectType({ description: 'A partner as an individual sees it.' })
export class PartnerSummary {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType({ description: 'Whether the person counts for later programmes on a date (R-DP-9 levels).' })
export class PersonnelEligibility {
  @Field(() => String, { description: 'The date checked (YYYY-MM-DD).' })
  on!: string;

  @Field(() => Boolean, { description: 'BD or SA with a valid HCIA-or-higher certificate (Funding Head, R-BE-11).' })
  fundingHead!: boolean;

  @Field(() => Boolean, { description: 'Holds a valid project management, HCIA-or-higher or HCCDA-or-higher certificate (delivery personnel, R-MA-5).' })
  delivery!: boolean;

  @Field(() => [String], { description: 'Human-readable labels of what the person qualifies for.' })
  labels!: string[];
}

@ObjectType({ description: 'A person associated with the partner as dedicated personnel (R-DP-8).' })
export class DedicatedPerson {
  @Field(() => ID, { description: 'The association id.' })
  id!: string;

  @Field(() => IndividualSummary)
  individual!: IndividualSummary;

  @Field(() => PersonnelPosition)
  position!: PersonnelPosition;

  @Field(() => String, { nullable: true })
  employmentStart!: string | null;

  @Field(() => String, { nullable: true })
  employmentEnd!: string | null;

  @Field(() => Date)
  startedAt!: Date;

  @Field(() => Date, { nullable: true })
  endedAt!: Date | null;

  @Field(() => [Certificate], { description: "The person's certificates (R-DP-5)." })
  certificates!: Certificate[];

  @Field(() => PersonnelEligibility, { description: 'Eligibility today (Beijing time).' })
  eligibility!: PersonnelEligibility;

  association!: PersonnelAssociation;
}

@ObjectType()
export class PersonnelInvitationPayload {
  @Field(() => PersonnelInvitation, { nullable: true })
  invitation!: PersonnelInvitation | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class DedicatedPersonPayload {
  @Field(() => DedicatedPerson, { nullable: true })
  person!: DedicatedPerson | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class InvitePersonnelInput {
  @Field(() => String, { description: "The individual's login ID: its cloud tenant name (R-DP-1)." })
  @Length(1, 64, { message: 'Enter the login ID (the cloud tenant name).' })
  loginId!: string;
}

@InputType()
export class UpdatePersonnelInput {
  @Field(() => ID, { description: 'The association id.' })
  @IsUUID('all', { message: 'id must be a personnel id.' })
  id!: string;

  @Field(() => PersonnelPosition, { nullable: true })
  @IsOptional()
  position?: PersonnelPosition;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @Matches(DATE, { message: 'Use a date like 2026-03-01.' })
  employmentStart?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null clears it.' })
  @IsOptional()
  @Matches(DATE, { message: 'Use a date like 2026-03-01.' })
  employmentEnd?: string | null;
}

export enum CertificateValidity {
  VALID = 'VALID',
  EXPIRED = 'EXPIRED',
}

@ArgsType()
export class PersonnelArgs extends ConnectionArgs {
  @Field(() => PersonnelPosition, { nullable: true })
  @IsOptional()
  position?: PersonnelPosition;

  @Field(() => CertificateLevel, { nullable: true, description: 'Holds a certificate of this level or higher (R-DP-9).' })
  @IsOptional()
  minimumLevel?: CertificateLevel;

  @Field(() => Boolean, { nullable: true, description: 'With minimumLevel: only certificates valid today count.' })
  @IsOptional()
  validOnly?: boolean;

  @Field(() => String, { nullable: true, description: 'Part of the login ID or name.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => Boolean, { nullable: true, description: 'Include ended associations (default false).' })
  @IsOptional()
  includeEnded?: boolean;
}

@ArgsType()
export class PersonnelInvitationsArgs extends ConnectionArgs {
  @Field(() => InvitationStatus, { nullable: true })
  @IsOptional()
  status?: InvitationStatus;
}
