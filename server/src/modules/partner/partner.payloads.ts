import { Field, ObjectType } from 'type-graphql';
import { UserError } from '../../common/errors/user-error.js';
import { Partner } from './partner.entity.js';
import { PartnerAuthentication } from './partner-authentication.entity.js';
import { PartnerProgram } from './partner-program.entity.js';

@ObjectType()
export class PartnerPayload {
  @Field(() => Partner, { nullable: true })
  partner!: Partner | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class RegisteredPartnerResult {
  @Field(() => Partner)
  partner!: Partner;

  @Field(() => String, { description: "Path of the administrator's set-password link (shown while no mail server is configured)." })
  setPasswordLink!: string;
}

@ObjectType()
export class RegisterPartnerPayload {
  @Field(() => RegisteredPartnerResult, { nullable: true })
  registration!: RegisteredPartnerResult | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class SetPasswordLinkPayload {
  @Field(() => String, { nullable: true, description: 'Path of the new set-password link.' })
  setPasswordLink!: string | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class PartnerAuthenticationPayload {
  @Field(() => PartnerAuthentication, { nullable: true })
  authentication!: PartnerAuthentication | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class PartnerProgramPayload {
  @Field(() => PartnerProgram, { nullable: true })
  partnerProgram!: PartnerProgram | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class ResourcePurchasePayload {
  @Field(() => Boolean, { nullable: true, description: 'True when this partner account may buy cloud resources.' })
  allowed!: boolean | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({ description: "A partner's master account, as operators see it." })
export class PartnerAdministrator {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Boolean, { description: 'False until the administrator has used the set-password link.' })
  passwordSet!: boolean;
}
