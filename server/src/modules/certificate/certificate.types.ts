import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.js';
import { UserError } from '../../common/errors/user-error.js';
import { Certificate } from './certificate.entity.js';
import { CertificateLevel } from './certificate.levels.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_MESSAGE = 'Use a date like 2026-03-01.';

@InputType()
export class UploadCertificateInput {
  @Field(() => CertificateLevel)
  level!: CertificateLevel;

  @Field(() => String, { description: 'The track, e.g. "Cloud Service".' })
  @Length(2, 120, { message: 'Enter the certification track (2 to 120 characters).' })
  track!: string;

  @Field(() => String)
  @Matches(/^[A-Za-z0-9-]{4,60}$/, { message: 'Enter the certificate number: 4 to 60 letters, digits or "-".' })
  number!: string;

  @Field(() => String)
  @Matches(DATE, { message: DATE_MESSAGE })
  issuedOn!: string;

  @Field(() => String)
  @Matches(DATE, { message: DATE_MESSAGE })
  expiresOn!: string;

  @Field(() => ID, { description: 'The id of the proof file from POST /api/uploads (purpose CERTIFICATE_PROOF).' })
  @IsUUID('all', { message: 'Upload the certificate proof first.' })
  proofUploadId!: string;
}

@InputType()
export class SynchronizeCertificateInput {
  @Field(() => String, { description: "The individual's login ID." })
  @Length(1, 64)
  loginId!: string;

  @Field(() => String)
  @Length(2, 120)
  track!: string;

  @Field(() => String)
  @Matches(/^[A-Za-z0-9-]{4,60}$/, { message: 'Enter the certificate number: 4 to 60 letters, digits or "-".' })
  number!: string;

  @Field(() => String)
  @Matches(DATE, { message: DATE_MESSAGE })
  issuedOn!: string;

  @Field(() => String)
  @Matches(DATE, { message: DATE_MESSAGE })
  expiresOn!: string;
}

@InputType()
export class TransferCertificateInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'certificateId must be a certificate id.' })
  certificateId!: string;

  @Field(() => ID, { description: 'The personnel (association) id of the member who receives the certificate.' })
  @IsUUID('all', { message: 'Choose the member who receives the certificate.' })
  toPersonnelId!: string;
}

@ArgsType()
export class PartnerCertificatesArgs extends ConnectionArgs {
  @Field(() => CertificateLevel, { nullable: true, description: 'This level or higher (R-DP-9).' })
  @IsOptional()
  minimumLevel?: CertificateLevel;

  @Field(() => Boolean, { nullable: true, description: 'Only certificates valid today.' })
  @IsOptional()
  validOnly?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

@ObjectType()
export class CertificatePayload {
  @Field(() => Certificate, { nullable: true })
  certificate!: Certificate | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({ description: 'A move of a certificate between two of the partner’s members (R-DP-7).' })
export class CertificateMove {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  fromLoginId!: string;

  @Field(() => String)
  toLoginId!: string;

  @Field(() => String)
  transferredBy!: string;

  @Field(() => Date)
  at!: Date;
}
