import { Field, ID, ObjectType } from 'type-graphql';
import { UserError } from '../../common/errors/user-error.js';
import { AccountStatus } from '../account/account.entity.js';
import type { Account } from '../account/account.entity.js';
import { Role } from './role.entity.js';

/**
 * A partner member as the partner's administrator sees it. Resolvers return `Account` rows of the caller's partner;
 * `role`, `isAdministrator` and `passwordSet` are field resolvers (batched, see MemberResolver).
 */
@ObjectType({ description: "An account of the caller's partner (kind PARTNER_MEMBER)." })
export class Member {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String, { nullable: true })
  mobile!: string | null;

  @Field(() => AccountStatus)
  status!: AccountStatus;

  @Field(() => Role, { nullable: true, description: 'Null only if the role was removed from under the member.' })
  role!: Role | null;

  @Field(() => Boolean, { description: "The partner's master account (built-in Administrator role): it cannot be changed here." })
  isAdministrator!: boolean;

  @Field(() => Boolean, { description: 'False until the member has used a set-password link.' })
  passwordSet!: boolean;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

/** What member queries and mutations return: the `Account` entity, whose columns carry the plain fields of `Member`. */
export type MemberRow = Account;

@ObjectType()
export class MemberPayload {
  @Field(() => Member, { nullable: true })
  member!: MemberRow | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@ObjectType({ description: 'No mail server is configured: the link is returned to show to the administrator.' })
export class MemberWithLinkPayload {
  @Field(() => Member, { nullable: true })
  member!: MemberRow | null;

  @Field(() => String, { nullable: true, description: 'Path of the one-time set-password link (/set-password?token=…), valid 7 days.' })
  setPasswordLink!: string | null;

  @Field(() => [UserError])
  errors!: UserError[];
}
