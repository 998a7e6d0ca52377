import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { IsEnum, IsOptional, IsUUID, Length, Matches, MaxLength } from 'class-validator';
import { ConnectionArgs } from '../../common/pagination/connection.js';
import { AccountStatus } from '../account/account.entity.js';

/** Digits with an optional leading +, spaces, dashes and brackets; the console uses the same pattern. */
export const MOBILE_PATTERN = /^\+?[0-9][0-9 ()-]{4,28}[0-9]$/;
const MOBILE_MESSAGE = 'Enter a mobile number of digits, optionally starting with +.';

@InputType()
export class CreateMemberInput {
  @Field(() => String)
  @Length(1, 200, { message: 'The name must have 1 to 200 characters.' })
  displayName!: string;

  /** Trimmed and lower-cased, then checked, by the service (so "  Ada@Example.com " is accepted). */
  @Field(() => String)
  @MaxLength(254)
  email!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MOBILE_PATTERN, { message: MOBILE_MESSAGE })
  mobile?: string | null;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a role.' })
  roleId!: string;
}

@InputType({ description: 'Fields left out stay as they are; mobile: null clears it.' })
export class UpdateMemberInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a member id.' })
  id!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'The name must have 1 to 200 characters.' })
  displayName?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MOBILE_PATTERN, { message: MOBILE_MESSAGE })
  mobile?: string | null;
}

@InputType()
export class AssignMemberRoleInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be a member id.' })
  id!: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a role.' })
  roleId!: string;
}

@ArgsType()
export class MembersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or e-mail address.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'roleId must be a role id.' })
  roleId?: string;

  @Field(() => AccountStatus, { nullable: true })
  @IsOptional()
  @IsEnum(AccountStatus)
  status?: AccountStatus;
}
