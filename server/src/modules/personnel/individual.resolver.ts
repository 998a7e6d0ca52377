import { Arg, Args, ArgsType, Authorized, Ctx as GqlCtx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { IsOptional, Length, MaxLength } from 'class-validator';
import type { Ctx } from '../../app/context.js';
import { requireAccount } from '../../app/context.js';
import { INDIVIDUAL, OPERATOR } from '../../common/auth/auth-checker.js';
import { toPayload, UserError } from '../../common/errors/user-error.js';
import { ConnectionArgs, ConnectionType, mapConnection, type Connection } from '../../common/pagination/connection.js';
import type { Account } from '../account/account.entity.js';

@ObjectType({ description: "An individual ID's profile: its own view, and operators'." })
export class IndividualProfile {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The login ID (cloud tenant name).' })
  loginId!: string;

  @Field(() => String)
  displayName!: string;

  @Field(() => String)
  email!: string;

  @Field(() => Boolean, { description: 'Authenticated as an enterprise user: cannot become dedicated personnel (R-DP-3).' })
  enterpriseAuthenticated!: boolean;
}

@ObjectType()
export class IndividualProfilePayload {
  @Field(() => IndividualProfile, { nullable: true })
  individual!: IndividualProfile | null;

  @Field(() => [UserError])
  errors!: UserError[];
}

@InputType()
export class SetEnterpriseAuthenticationInput {
  @Field(() => String)
  @Length(1, 64)
  loginId!: string;

  @Field(() => Boolean)
  enterpriseAuthenticated!: boolean;
}

@ArgsType()
export class IndividualsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: 'Part of the login ID, name or e-mail.' })
  @IsOptional()
  @MaxLength(100)
  search?: string;
}

const IndividualConnection = ConnectionType(IndividualProfile, 'Individual');

function toProfile(account: Account): IndividualProfile {
  return {
    id: account.id,
    loginId: account.loginId ?? '',
    displayName: account.displayName,
    email: account.email,
    enterpriseAuthenticated: account.enterpriseAuthenticated,
  };
}

/** The individual's profile, and the operators' view of individual IDs (enterprise authentication is theirs to set). */
@Resolver()
export class IndividualResolver {
  @Authorized(INDIVIDUAL)
  @Query(() => IndividualProfile)
  myIndividualProfile(@GqlCtx() ctx: Ctx): IndividualProfile {
    return toProfile(requireAccount(ctx));
  }

  @Authorized(OPERATOR)
  @Query(() => IndividualConnection)
  async individuals(@Args(() => IndividualsArgs) args: IndividualsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<IndividualProfile>> {
    const page = await ctx.services.personnel.individuals(ctx, args.search, args);
    return mapConnection(page, (accounts) => accounts.map(toProfile));
  }

  @Authorized(OPERATOR)
  @Mutation(() => IndividualProfilePayload, { description: 'Records whether an individual ID is authenticated as an enterprise user (R-DP-3).' })
  setEnterpriseAuthentication(
    @Arg('input', () => SetEnterpriseAuthenticationInput) input: SetEnterpriseAuthenticationInput,
    @GqlCtx() ctx: Ctx,
  ): Promise<IndividualProfilePayload> {
    return toPayload('individual', async () => toProfile(await ctx.services.personnel.setEnterpriseAuthenticated(ctx, input.loginId, input.enterpriseAuthenticated)));
  }
}
