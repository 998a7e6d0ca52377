import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { OPERATOR } from '../../common/auth/auth-checker.js';
import { toPayload } from '../../common/errors/user-error.js';
import { ConnectionType, type Connection } from '../../common/pagination/connection.js';
import { NO_PASSWORD } from '../account/password-link.service.js';
import { Partner } from './partner.entity.js';
import { PartnerAuthentication } from './partner-authentication.entity.js';
import {
  AuthenticationReviewsArgs,
  ChangePartnerCountryInput,
  EnrolPartnerInput,
  PartnersArgs,
  RegisterPartnerInput,
  ReviewAuthenticationInput,
  SetPartnerAccountFiguresInput,
  UpdatePartnerProgramInput,
} from './partner.inputs.js';
import {
  PartnerAdministrator,
  PartnerAuthenticationPayload,
  PartnerPayload,
  PartnerProgramPayload,
  RegisterPartnerPayload,
  SetPasswordLinkPayload,
} from './partner.payloads.js';

const PartnerConnection = ConnectionType(Partner, 'Partner');
const PartnerAuthenticationConnection = ConnectionType(PartnerAuthentication, 'PartnerAuthentication');

/** Operators: register partners, programs and tiers, the authentication review queue, country and account figures. */
@Resolver(() => Partner)
export class PartnerOperatorResolver {
  @Authorized(OPERATOR)
  @Query(() => PartnerConnection, { description: 'Every partner, newest first; search and filters combine.' })
  partners(@Args(() => PartnersArgs) args: PartnersArgs, @GqlCtx() ctx: Ctx): Promise<Connection<Partner>> {
    return ctx.services.partners.list(ctx, args);
  }

  @Authorized(OPERATOR)
  @Query(() => Partner)
  partner(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<Partner> {
    return ctx.services.partners.get(ctx, id);
  }

  @Authorized(OPERATOR)
  @FieldResolver(() => PartnerAdministrator, { nullable: true, description: 'Operators only; one lookup per partner, so select it on a single partner.' })
  async administrator(@Root() partner: Partner, @GqlCtx() ctx: Ctx): Promise<PartnerAdministrator | null> {
    const account = await ctx.services.partners.administratorOf(ctx.em, partner);
    if (!account) return null;
    await ctx.em.populate(account, ['passwordHash']);
    return { email: account.email, displayName: account.displayName, passwordSet: account.passwordHash !== NO_PASSWORD };
  }

  @Authorized(OPERATOR)
  @Query(() => PartnerAuthenticationConnection, { description: 'The authentication review queue (pending, oldest first) or past reviews.' })
  authenticationReviews(
    @Args(() => AuthenticationReviewsArgs) args: AuthenticationReviewsArgs,
    @GqlCtx() ctx: Ctx,
  ): Promise<Connection<PartnerAuthentication>> {
    return ctx.services.partnerAuthentications.queue(ctx, args);
  }

  @Authorized(OPERATOR)
  @Mutation(() => RegisterPartnerPayload, { description: 'Registers a partner and its first administrator, who receives a set-password link.' })
  registerPartner(@Arg('input', () => RegisterPartnerInput) input: RegisterPartnerInput, @GqlCtx() ctx: Ctx): Promise<RegisterPartnerPayload> {
    return toPayload('registration', () => ctx.services.partners.register(ctx, input));
  }

  @Authorized(OPERATOR)
  @Mutation(() => SetPasswordLinkPayload, { description: "A new set-password link for the partner's administrator." })
  resendPartnerAdministratorLink(@Arg('partnerId', () => ID) partnerId: string, @GqlCtx() ctx: Ctx): Promise<SetPasswordLinkPayload> {
    return toPayload('setPasswordLink', () => ctx.services.partners.resendAdministratorLink(ctx, partnerId));
  }

  @Authorized(OPERATOR)
  @Mutation(() => PartnerPayload, { description: 'Changes the registered country, with the reason kept (R-PA-1).' })
  changePartnerCountry(@Arg('input', () => ChangePartnerCountryInput) input: ChangePartnerCountryInput, @GqlCtx() ctx: Ctx): Promise<PartnerPayload> {
    return toPayload('partner', () => ctx.services.partners.changeCountry(ctx, input));
  }

  @Authorized(OPERATOR)
  @Mutation(() => PartnerPayload, { description: 'Sets amount due, account balance and consumption quota (R-PA-8).' })
  setPartnerAccountFigures(
    @Arg('input', () => SetPartnerAccountFiguresInput) input: SetPartnerAccountFiguresInput,
    @GqlCtx() ctx: Ctx,
  ): Promise<PartnerPayload> {
    return toPayload('partner', () => ctx.services.partners.setAccountFigures(ctx, input));
  }

  @Authorized(OPERATOR)
  @Mutation(() => PartnerProgramPayload, { description: 'Enrols a partner in a program (R-PA-5).' })
  enrolPartnerInProgram(@Arg('input', () => EnrolPartnerInput) input: EnrolPartnerInput, @GqlCtx() ctx: Ctx): Promise<PartnerProgramPayload> {
    return toPayload('partnerProgram', () => ctx.services.partnerPrograms.enrol(ctx, input));
  }

  @Authorized(OPERATOR)
  @Mutation(() => PartnerProgramPayload, { description: 'Sets the tier, or the phase and status of a development path.' })
  updatePartnerProgram(@Arg('input', () => UpdatePartnerProgramInput) input: UpdatePartnerProgramInput, @GqlCtx() ctx: Ctx): Promise<PartnerProgramPayload> {
    return toPayload('partnerProgram', () => ctx.services.partnerPrograms.update(ctx, input));
  }

  @Authorized(OPERATOR)
  @Mutation(() => PartnerAuthenticationPayload, { description: 'Approves or rejects (with a reason) a pending authentication.' })
  reviewAuthentication(
    @Arg('input', () => ReviewAuthenticationInput) input: ReviewAuthenticationInput,
    @GqlCtx() ctx: Ctx,
  ): Promise<PartnerAuthenticationPayload> {
    return toPayload('authentication', () => ctx.services.partnerAuthentications.review(ctx, input));
  }
}

/** The partner a submission belongs to, for the operators' review queue. */
@Resolver(() => PartnerAuthentication)
export class PartnerAuthenticationResolver {
  @Authorized(OPERATOR)
  @FieldResolver(() => Partner)
  partner(@Root() authentication: PartnerAuthentication): Promise<Partner> {
    return authentication.partner.loadOrFail();
  }
}
