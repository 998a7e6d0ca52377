import { Arg, Ctx as GqlCtx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Length } from 'class-validator';
import type { Ctx } from '../../app/context.js';
import { toPayload, UserError } from '../../common/errors/user-error.js';
import { MAX_PASSWORD_LENGTH } from './password.js';

@ObjectType({ description: 'Whom a set-password link is for, so the page can greet them.' })
export class PasswordLinkInfo {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => Date)
  expiresAt!: Date;
}

@InputType()
export class SetPasswordInput {
  @Field(() => String)
  @Length(1, 100, { message: 'The link is incomplete.' })
  token!: string;

  @Field(() => String)
  @Length(1, MAX_PASSWORD_LENGTH, { message: 'Enter a password.' })
  password!: string;
}

@ObjectType({ description: 'The account whose password was set: enough to greet it and prefill the sign-in form.' })
export class PasswordLinkAccount {
  @Field(() => String)
  email!: string;

  @Field(() => String)
  displayName!: string;
}

@ObjectType()
export class SetPasswordPayload {
  @Field(() => PasswordLinkAccount, { nullable: true })
  account!: PasswordLinkAccount | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

/** The public set-password page (anonymous: see PUBLIC_FIELDS in app/graphql.ts). */
@Resolver()
export class PasswordLinkResolver {
  @Query(() => PasswordLinkInfo, {
    description: 'Whom a set-password link is for. A used, replaced, expired or unknown token answers an error with code PASSWORD_LINK_INVALID.',
  })
  passwordLink(@Arg('token', () => String) token: string, @GqlCtx() ctx: Ctx): Promise<PasswordLinkInfo> {
    return ctx.services.passwordLinks.describe(ctx.em, token);
  }

  @Mutation(() => SetPasswordPayload, { description: 'Sets the password with a one-time link; the link stops working. Does not sign in.' })
  setPassword(@Arg('input', () => SetPasswordInput) input: SetPasswordInput, @GqlCtx() ctx: Ctx): Promise<SetPasswordPayload> {
    return toPayload('account', () => ctx.services.passwordLinks.setPassword(ctx.em, input.token, input.password));
  }
}
