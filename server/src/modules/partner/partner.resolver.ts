import { Arg, Authorized, Ctx as GqlCtx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { OPERATOR } from '../../common/auth/auth-checker.js';
import { Permission } from '../../common/auth/permission.js';
import { toPayload } from '../../common/errors/user-error.js';
import { Partner } from './partner.entity.js';
import { PartnerAuthentication, PartnerCountryChange } from './partner-authentication.entity.js';
import { PartnerProgram } from './partner-program.entity.js';
import { AuthenticationKind } from './partner.enums.js';
import { SubmitBusinessAuthenticationInput, SubmitPaymentAuthenticationInput, UpdatePartnerInformationInput } from './partner.inputs.js';
import { PartnerAuthenticationPayload, PartnerPayload, ResourcePurchasePayload } from './partner.payloads.js';

/** The partner side: its own information, programs and the two authentications. */
@Resolver(() => Partner)
export class PartnerResolver {
  @Authorized(Permission.PARTNER_VIEW)
  @Query(() => Partner, { description: "The signed-in member's partner." })
  myPartner(@GqlCtx() ctx: Ctx): Promise<Partner> {
    return ctx.services.partners.mine(ctx);
  }

  @FieldResolver(() => [PartnerProgram], { description: 'The programs the partner has joined (R-PA-5).' })
  async programs(@Root() partner: Partner): Promise<PartnerProgram[]> {
    return (await partner.programs.load()).getItems();
  }

  @Authorized(Permission.PARTNER_VIEW, OPERATOR)
  @FieldResolver(() => [PartnerAuthentication], { description: 'Authentication submissions, newest first: the current one and its history.' })
  authentications(
    @Root() partner: Partner,
    @Arg('kind', () => AuthenticationKind, { nullable: true }) kind: AuthenticationKind | null,
    @GqlCtx() ctx: Ctx,
  ): Promise<PartnerAuthentication[]> {
    return ctx.services.partnerAuthentications.history(partner, kind);
  }

  @Authorized(Permission.PARTNER_VIEW, OPERATOR)
  @FieldResolver(() => [PartnerCountryChange], { description: 'Operator changes of the registered country, newest first (R-PA-1).' })
  async countryChanges(@Root() partner: Partner): Promise<PartnerCountryChange[]> {
    return (await partner.countryChanges.load()).getItems();
  }

  @Authorized(Permission.PARTNER_MANAGE)
  @Mutation(() => PartnerPayload, { description: 'Edits basic information; the registered country cannot be changed by the partner (R-PA-1).' })
  updatePartnerInformation(
    @Arg('input', () => UpdatePartnerInformationInput) input: UpdatePartnerInformationInput,
    @GqlCtx() ctx: Ctx,
  ): Promise<PartnerPayload> {
    return toPayload('partner', () => ctx.services.partners.updateInformation(ctx, input));
  }

  @Authorized(Permission.PARTNER_MANAGE)
  @Mutation(() => PartnerAuthenticationPayload, { description: 'Submits (or resubmits) business information for authentication.' })
  submitBusinessAuthentication(
    @Arg('input', () => SubmitBusinessAuthenticationInput) input: SubmitBusinessAuthenticationInput,
    @GqlCtx() ctx: Ctx,
  ): Promise<PartnerAuthenticationPayload> {
    return toPayload('authentication', () => ctx.services.partnerAuthentications.submitBusiness(ctx, input));
  }

  @Authorized(Permission.PARTNER_MANAGE)
  @Mutation(() => PartnerAuthenticationPayload, { description: 'Submits (or resubmits) bank account, tax rate and settlement currency.' })
  submitPaymentAuthentication(
    @Arg('input', () => SubmitPaymentAuthenticationInput) input: SubmitPaymentAuthenticationInput,
    @GqlCtx() ctx: Ctx,
  ): Promise<PartnerAuthenticationPayload> {
    return toPayload('authentication', () => ctx.services.partnerAuthentications.submitPayment(ctx, input));
  }

  @Authorized(Permission.PARTNER_MANAGE)
  @Mutation(() => PartnerPayload, { description: 'Deregisters the partner account; refused once it has joined a program (R-PA-7).' })
  deregisterPartnerAccount(@GqlCtx() ctx: Ctx): Promise<PartnerPayload> {
    return toPayload('partner', () => ctx.services.partners.deregister(ctx));
  }

  @Authorized(Permission.PARTNER_VIEW)
  @Mutation(() => ResourcePurchasePayload, { description: 'Asks whether this partner account may buy cloud resources; a Cloud Solution Provider may not (R-PA-7).' })
  requestResourcePurchase(@GqlCtx() ctx: Ctx): Promise<ResourcePurchasePayload> {
    return toPayload('allowed', () => ctx.services.partners.checkResourcePurchase(ctx));
  }
}
