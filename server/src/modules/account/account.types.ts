import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsEmail, Length, MaxLength } from 'class-validator';
import { Permission } from '../../common/auth/permission.js';
import { UserError } from '../../common/errors/user-error.js';
import { Partner } from '../partner/partner.entity.js';
import { Role } from '../organization/role.entity.js';
import { AccountKind, AccountStatus } from './account.entity.js';
import { MAX_PASSWORD_LENGTH } from './password.js';

@ObjectType('Account', { description: 'A signed-in person: operator, partner member, individual or customer.' })
export class AccountView {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => AccountKind)
  kind!: AccountKind;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => Partner, { nullable: true })
  partner!: Partner | null;

  @Field(() => Role, { nullable: true })
  role!: Role | null;

  @Field(() => [Permission])
  permissions!: Permission[];

  @Field(() => Date)
  createdAt!: Date;
}

@InputType()
export class LoginInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Enter a valid e-mail address.' })
  @MaxLength(254)
  email!: string;

  @Field(() => String)
  @Length(1, MAX_PASSWORD_LENGTH, { message: 'Enter your password.' })
  password!: string;
}

@InputType()
export class ChangePasswordInput {
  @Field(() => String)
  @Length(1, MAX_PASSWORD_LENGTH)
  currentPassword!: string;

  @Field(() => String)
  @Length(1, MAX_PASSWORD_LENGTH)
  newPassword!: string;
}

@ObjectType()
export class LoginPayload {
  @Field(() => AccountView, { nullable: true })
  account!: AccountView | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class ChangePasswordPayload {
  @Field(() => AccountView, { nullable: true })
  account!: AccountView | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType()
export class LogoutPayload {
  @Field(() => Boolean)
  ok!: boolean;
}
