import { Arg, Args, Authorized, Ctx as GqlCtx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { CUSTOMER, OPERATOR } from '../../common/auth/auth-checker.js';
import { toPayload } from '../../common/errors/user-error.js';
import { ConnectionType, type Connection } from '../../common/pagination/connection.js';
import { SESSION_COOKIE, sessionCookieOptions } from '../account/auth.service.js';
import { toAccountView } from '../account/account.resolver.js';
import { PartnerPayload } from '../partner/partner.payloads.js';
import { CustomerProfile } from './customer-profile.entity.js';
import {
  AcceptCustomerInvitationInput,
  ChangeAssociationModelInput,
  CustomerAssociationPayload,
  CustomerPartnerView,
  CustomerProfilePayload,
  CustomerProfilesArgs,
  CustomerSignUpPayload,
  DisassociationRequestPayload,
  EndReferralAssociationInput,
  MyCustomerInvitationsArgs,
  PublicCustomerInvitation,
  RegisterCustomerFromInvitationInput,
  RegisterCustomerInput,
  RegisterCustomerPayload,
  RequestDisassociationInput,
  SetReferralDiscountRangeInput,
  UpdateCustomerProfileInput,
} from './customer.types.js';

const PublicCustomerInvitationConnection = ConnectionType(PublicCustomerInvitation, 'PublicCustomerInvitation');
const CustomerProfileConnection = ConnectionType(CustomerProfile, 'CustomerProfile');

/** The customer's portal, and the invitation page anyone holding a link may open. */
@Resolver()
export class CustomerPortalResolver {
  @Query(() => PublicCustomerInvitation, { nullable: true, description: 'The invitation behind /invite/<code>, for anyone holding the link; null for an unknown code.' })
  customerInvitation(@Arg('code', () => String) code: string, @GqlCtx() ctx: Ctx): Promise<PublicCustomerInvitation | null> {
    return ctx.services.customerDevelopment.lookup(ctx, code);
  }

  @Mutation(() => CustomerSignUpPayload, {
    description: 'Registers a customer account from an invitation (an e-mail invitation registers only its own address) and signs it in; accepting is a separate step.',
  })
  registerCustomerFromInvitation(
    @Arg('input', () => RegisterCustomerFromInvitationInput) input: RegisterCustomerFromInvitationInput,
    @GqlCtx() ctx: Ctx,
  ): Promise<CustomerSignUpPayload> {
    return toPayload('account', async () => {
      const created = await ctx.services.customerProfiles.registerFromInvitation(ctx, input);
      const { account, token, session } = await ctx.services.auth.login(ctx, { email: created.email, password: input.password });
      ctx.reply.setCookie(SESSION_COOKIE, token, sessionCookieOptions(ctx.config, session.expiresAt, ctx.clock.now()));
      return toAccountView(account);
    });
  }

  @Authorized(CUSTOMER)
  @Query(() => CustomerProfile, { description: "The signed-in customer's account attributes." })
  myCustomerProfile(@GqlCtx() ctx: Ctx): Promise<CustomerProfile> {
    return ctx.services.customerProfiles.mine(ctx);
  }

  @Authorized(CUSTOMER)
  @Query(() => CustomerPartnerView, { nullable: true, description: "My Partner: the customer's associated partner, or null (R-CU-7)." })
  myCustomerPartner(@GqlCtx() ctx: Ctx): Promise<CustomerPartnerView | null> {
    return ctx.services.customerAssociations.myPartner(ctx);
  }

  @Authorized(CUSTOMER)
  @Query(() => PublicCustomerInvitationConnection, { description: "Invitations e-mailed to the customer's address, newest first: active, accepted, expired (R-CU-7)." })
  myCustomerInvitations(@Args(() => MyCustomerInvitationsArgs) args: MyCustomerInvitationsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<PublicCustomerInvitation>> {
    return ctx.services.customerDevelopment.mine(ctx, args);
  }

  @Authorized(CUSTOMER)
  @Mutation(() => CustomerAssociationPayload, { description: 'Accepts an invitation: the customer is associated with the partner in its model (R-CU-1, 2, 5, 6, 9).' })
  acceptCustomerInvitation(@Arg('input', () => AcceptCustomerInvitationInput) input: AcceptCustomerInvitationInput, @GqlCtx() ctx: Ctx): Promise<CustomerAssociationPayload> {
    return toPayload('association', () => ctx.services.customerAssociations.accept(ctx, input));
  }

  @Authorized(CUSTOMER)
  @Mutation(() => DisassociationRequestPayload, { description: 'A reseller customer asks to leave its partner, which completes it (R-CU-8).' })
  requestDisassociation(@Arg('input', () => RequestDisassociationInput) input: RequestDisassociationInput, @GqlCtx() ctx: Ctx): Promise<DisassociationRequestPayload> {
    return toPayload('request', () => ctx.services.customerAssociations.requestDisassociation(ctx, input));
  }

  @Authorized(CUSTOMER)
  @Mutation(() => DisassociationRequestPayload, { description: 'Withdraws the pending disassociation request.' })
  withdrawDisassociationRequest(@GqlCtx() ctx: Ctx): Promise<DisassociationRequestPayload> {
    return toPayload('request', () => ctx.services.customerAssociations.withdrawDisassociation(ctx));
  }
}

/** Operators: customers' attributes, models, referral endings and partners' discount ranges. */
@Resolver()
export class CustomerOperatorResolver {
  @Authorized(OPERATOR)
  @Query(() => CustomerProfileConnection, { description: 'Every customer, newest first; search and filters combine.' })
  customerProfiles(@Args(() => CustomerProfilesArgs) args: CustomerProfilesArgs, @GqlCtx() ctx: Ctx): Promise<Connection<CustomerProfile>> {
    return ctx.services.customerProfiles.list(ctx, args);
  }

  @Authorized(OPERATOR)
  @Query(() => CustomerProfile)
  customerProfile(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<CustomerProfile> {
    return ctx.services.customerProfiles.get(ctx, id);
  }

  @Authorized(OPERATOR)
  @Mutation(() => RegisterCustomerPayload, { description: 'Creates a customer account; the customer sets its password with the returned link.' })
  registerCustomer(@Arg('input', () => RegisterCustomerInput) input: RegisterCustomerInput, @GqlCtx() ctx: Ctx): Promise<RegisterCustomerPayload> {
    return toPayload('registration', () => ctx.services.customerProfiles.register(ctx, input));
  }

  @Authorized(OPERATOR)
  @Mutation(() => CustomerProfilePayload, { description: 'Sets the attributes the association rules check (R-CU-2, R-CU-9).' })
  updateCustomerProfile(@Arg('input', () => UpdateCustomerProfileInput) input: UpdateCustomerProfileInput, @GqlCtx() ctx: Ctx): Promise<CustomerProfilePayload> {
    return toPayload('customer', () => ctx.services.customerProfiles.update(ctx, input));
  }

  @Authorized(OPERATOR)
  @Mutation(() => CustomerAssociationPayload, { description: "Changes an association's model, with the reason kept (R-CU-3)." })
  changeAssociationModel(@Arg('input', () => ChangeAssociationModelInput) input: ChangeAssociationModelInput, @GqlCtx() ctx: Ctx): Promise<CustomerAssociationPayload> {
    return toPayload('association', () => ctx.services.customerAssociations.changeModel(ctx, input));
  }

  @Authorized(OPERATOR)
  @Mutation(() => CustomerAssociationPayload, { description: 'Ends a referral association (R-CU-8).' })
  endReferralAssociation(@Arg('input', () => EndReferralAssociationInput) input: EndReferralAssociationInput, @GqlCtx() ctx: Ctx): Promise<CustomerAssociationPayload> {
    return toPayload('association', () => ctx.services.customerAssociations.endReferral(ctx, input));
  }

  @Authorized(OPERATOR)
  @Mutation(() => PartnerPayload, { description: "Authorises the range of a partner's referral customer discounts (R-CU-4); both ends null withdraws it." })
  setReferralDiscountRange(@Arg('input', () => SetReferralDiscountRangeInput) input: SetReferralDiscountRangeInput, @GqlCtx() ctx: Ctx): Promise<PartnerPayload> {
    return toPayload('partner', () => ctx.services.customerAssociations.setReferralDiscountRange(ctx, input));
  }
}
