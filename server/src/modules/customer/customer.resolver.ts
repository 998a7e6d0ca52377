import { Arg, Args, Authorized, Ctx as GqlCtx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { Permission } from '../../common/auth/permission.js';
import { toPayload, UserError } from '../../common/errors/user-error.js';
import { beijingDate } from '../../common/beijing-time.js';
import { ConnectionType, type Connection } from '../../common/pagination/connection.js';
import { OPERATOR } from '../../common/auth/auth-checker.js';
import { AssociationStatus } from '../personnel/personnel.enums.js';
import { PartnerSummary } from '../personnel/personnel.types.js';
import { PartnerPayload } from '../partner/partner.payloads.js';
import { AssociationEvent, CustomerAssociation, DisassociationRequest } from './customer-association.entity.js';
import { summaryOf } from './customer-association.service.js';
import { CustomerInvitation, PreRegistration } from './customer-development.entity.js';
import { CustomerProfile } from './customer-profile.entity.js';
import { CustomerInvitationStatus, DisassociationRequestStatus, InvitationChannel, PreRegistrationStatus } from './customer.enums.js';
import { invitationPath, requestOrigin } from './customer.queries.js';
import { associationBlockers, canViewBills, daysLeft, hasUnexpiredReservedInstances } from './customer.rules.js';
import {
  AssignAccountManagerInput,
  CreateCustomerInvitationLinkInput,
  CustomerAssociationPayload,
  CustomerInvitationPayload,
  CustomerInvitationsArgs,
  CustomersArgs,
  CustomerSummary,
  CustomerTeamMember,
  CustomerTeamMemberPayload,
  DisassociationRequestPayload,
  DisassociationRequestsArgs,
  InviteCustomerByEmailInput,
  PreRegisterCustomerInput,
  PreRegistrationPayload,
  PreRegistrationsArgs,
  SetAccountDirectorInput,
  SetCustomerDiscountInput,
  TeamMemberSummary,
} from './customer.types.js';

const CustomerAssociationConnection = ConnectionType(CustomerAssociation, 'CustomerAssociation');
const PreRegistrationConnection = ConnectionType(PreRegistration, 'PreRegistration');
const CustomerInvitationConnection = ConnectionType(CustomerInvitation, 'CustomerInvitation');
const DisassociationRequestConnection = ConnectionType(DisassociationRequest, 'DisassociationRequest');

const VIEW = [Permission.CUSTOMERS_VIEW, Permission.CUSTOMERS_VIEW_ALL, Permission.CUSTOMERS_MANAGE] as const;

/** Customer Business › Customers and Customer Development (partner side). */
@Resolver()
export class CustomerResolver {
  @Authorized(...VIEW)
  @Query(() => CustomerAssociationConnection, {
    description: 'The customers the member may see (all with CUSTOMERS_VIEW_ALL, else those it manages or whose managers it leads, R-CU-11), newest first.',
  })
  customers(@Args(() => CustomersArgs) args: CustomersArgs, @GqlCtx() ctx: Ctx): Promise<Connection<CustomerAssociation>> {
    return ctx.services.customerAssociations.list(ctx, args);
  }

  @Authorized(...VIEW)
  @Query(() => CustomerAssociation, { description: 'One customer with its history.' })
  customerAssociation(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<CustomerAssociation> {
    return ctx.services.customerAssociations.get(ctx, id);
  }

  @Authorized(...VIEW)
  @Query(() => [CustomerTeamMember], { description: 'Account managers and account directors, who leads whom, and their customer counts (R-CU-11).' })
  customerTeam(@GqlCtx() ctx: Ctx): Promise<CustomerTeamMember[]> {
    return ctx.services.customerAssociations.team(ctx);
  }

  @Authorized(...VIEW)
  @Query(() => PreRegistrationConnection, { description: 'Pre-registered prospects with their days left, newest first (R-CU-5).' })
  preRegistrations(@Args(() => PreRegistrationsArgs) args: PreRegistrationsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<PreRegistration>> {
    return ctx.services.customerDevelopment.preRegistrations(ctx, args);
  }

  @Authorized(...VIEW)
  @Query(() => CustomerInvitationConnection, { description: 'Invitations by e-mail and registration links, newest first (R-CU-6).' })
  customerInvitations(@Args(() => CustomerInvitationsArgs) args: CustomerInvitationsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<CustomerInvitation>> {
    return ctx.services.customerDevelopment.invitations(ctx, args);
  }

  @Authorized(...VIEW)
  @Query(() => CustomerInvitation)
  partnerCustomerInvitation(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<CustomerInvitation> {
    return ctx.services.customerDevelopment.invitation(ctx, id);
  }

  @Authorized(...VIEW)
  @Query(() => DisassociationRequestConnection, { description: 'Reseller customers’ disassociation requests, newest first (R-CU-8).' })
  disassociationRequests(@Args(() => DisassociationRequestsArgs) args: DisassociationRequestsArgs, @GqlCtx() ctx: Ctx): Promise<Connection<DisassociationRequest>> {
    return ctx.services.customerAssociations.disassociationRequests(ctx, args);
  }

  @Authorized(Permission.CUSTOMERS_MANAGE)
  @Mutation(() => PreRegistrationPayload, { description: 'Pre-registers a prospect by e-mail: other partners cannot pre-register or associate it for 15 days (R-CU-5).' })
  preRegisterCustomer(@Arg('input', () => PreRegisterCustomerInput) input: PreRegisterCustomerInput, @GqlCtx() ctx: Ctx): Promise<PreRegistrationPayload> {
    return toPayload('preRegistration', () => ctx.services.customerDevelopment.preRegister(ctx, input));
  }

  @Authorized(Permission.CUSTOMERS_MANAGE)
  @Mutation(() => PreRegistrationPayload, { description: 'Ends a pre-registration’s protection now (e.g. a mistyped e-mail).' })
  releasePreRegistration(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<PreRegistrationPayload> {
    return toPayload('preRegistration', () => ctx.services.customerDevelopment.releasePreRegistration(ctx, id));
  }

  @Authorized(Permission.CUSTOMERS_MANAGE)
  @Mutation(() => CustomerInvitationPayload, { description: 'Sends an invitation by e-mail (to the outbox), valid for 1 to 30 days, default 7 (R-CU-6).' })
  inviteCustomerByEmail(@Arg('input', () => InviteCustomerByEmailInput) input: InviteCustomerByEmailInput, @GqlCtx() ctx: Ctx): Promise<CustomerInvitationPayload> {
    return toPayload('invitation', () => ctx.services.customerDevelopment.inviteByEmail(ctx, input));
  }

  @Authorized(Permission.CUSTOMERS_MANAGE)
  @Mutation(() => CustomerInvitationPayload, { description: 'Creates a registration link and its QR code; it never expires (R-CU-6).' })
  createCustomerInvitationLink(
    @Arg('input', () => CreateCustomerInvitationLinkInput) input: CreateCustomerInvitationLinkInput,
    @GqlCtx() ctx: Ctx,
  ): Promise<CustomerInvitationPayload> {
    return toPayload('invitation', () => ctx.services.customerDevelopment.createLink(ctx, input));
  }

  @Authorized(Permission.CUSTOMERS_MANAGE)
  @Mutation(() => CustomerInvitationPayload, { description: 'Withdraws an active invitation or link.' })
  revokeCustomerInvitation(@Arg('id', () => ID) id: string, @GqlCtx() ctx: Ctx): Promise<CustomerInvitationPayload> {
    return toPayload('invitation', () => ctx.services.customerDevelopment.revoke(ctx, id));
  }

  @Authorized(Permission.CUSTOMERS_MANAGE)
  @Mutation(() => CustomerAssociationPayload, { description: "Sets a referral customer's discount within the authorised range; refused for reseller customers (R-CU-4)." })
  setCustomerDiscount(@Arg('input', () => SetCustomerDiscountInput) input: SetCustomerDiscountInput, @GqlCtx() ctx: Ctx): Promise<CustomerAssociationPayload> {
    return toPayload('association', () => ctx.services.customerAssociations.setDiscount(ctx, input));
  }

  @Authorized(Permission.CUSTOMERS_MANAGE)
  @Mutation(() => CustomerAssociationPayload, { description: 'Assigns the customer to an account manager, or unassigns it (R-CU-11).' })
  assignAccountManager(@Arg('input', () => AssignAccountManagerInput) input: AssignAccountManagerInput, @GqlCtx() ctx: Ctx): Promise<CustomerAssociationPayload> {
    return toPayload('association', () => ctx.services.customerAssociations.assignAccountManager(ctx, input));
  }

  @Authorized(Permission.CUSTOMERS_MANAGE)
  @Mutation(() => CustomerTeamMemberPayload, { description: 'Sets (or clears) the account director who leads an account manager (R-CU-11).' })
  setAccountDirector(@Arg('input', () => SetAccountDirectorInput) input: SetAccountDirectorInput, @GqlCtx() ctx: Ctx): Promise<CustomerTeamMemberPayload> {
    return toPayload('member', () => ctx.services.customerAssociations.setAccountDirector(ctx, input));
  }

  @Authorized(Permission.CUSTOMERS_MANAGE)
  @Mutation(() => DisassociationRequestPayload, { description: "Completes a reseller customer's disassociation request: the association ends (R-CU-8)." })
  completeDisassociation(@Arg('requestId', () => ID) requestId: string, @GqlCtx() ctx: Ctx): Promise<DisassociationRequestPayload> {
    return toPayload('request', () => ctx.services.customerAssociations.completeDisassociation(ctx, requestId));
  }

  @Authorized(Permission.CUSTOMERS_MANAGE)
  @Mutation(() => PartnerPayload, { description: "Revokes (false) or restores (true) all reseller customers' permission to view Bills and Cost Center (R-CU-10)." })
  setResellerBillVisibility(@Arg('visible', () => Boolean) visible: boolean, @GqlCtx() ctx: Ctx): Promise<PartnerPayload> {
    return toPayload('partner', () => ctx.services.customerAssociations.setResellerBillVisibility(ctx, visible));
  }
}

@Resolver(() => CustomerAssociation)
export class CustomerAssociationFields {
  @FieldResolver(() => AssociationStatus)
  status(@Root() association: CustomerAssociation): AssociationStatus {
    return association.endedAt ? AssociationStatus.ENDED : AssociationStatus.ACTIVE;
  }

  @FieldResolver(() => CustomerSummary)
  async customer(@Root() association: CustomerAssociation): Promise<CustomerSummary> {
    const profile = await association.customer.loadOrFail();
    const account = await profile.account.loadOrFail();
    return { id: profile.id, companyName: profile.companyName, country: profile.country, email: account.email };
  }

  @FieldResolver(() => PartnerSummary)
  async partner(@Root() association: CustomerAssociation): Promise<PartnerSummary> {
    const partner = await association.partner.loadOrFail();
    return { id: partner.id, name: partner.name };
  }

  @FieldResolver(() => TeamMemberSummary, { nullable: true, description: 'R-CU-11.' })
  async accountManager(@Root() association: CustomerAssociation): Promise<TeamMemberSummary | null> {
    const manager = await association.accountManager?.load();
    return manager ? summaryOf(manager) : null;
  }

  @FieldResolver(() => InvitationChannel, { nullable: true, description: 'How the customer came: e-mail invitation or registration link.' })
  async invitationChannel(@Root() association: CustomerAssociation): Promise<InvitationChannel | null> {
    return (await association.invitation?.load())?.channel ?? null;
  }

  @FieldResolver(() => Boolean, { description: 'Whether this customer may view Bills and Cost Center (R-CU-10).' })
  async canViewBills(@Root() association: CustomerAssociation): Promise<boolean> {
    return canViewBills(association.model, await association.partner.loadOrFail());
  }

  @FieldResolver(() => [AssociationEvent], { description: 'The history, oldest first.' })
  async events(@Root() association: CustomerAssociation): Promise<AssociationEvent[]> {
    return (await association.events.load()).getItems();
  }

  @FieldResolver(() => [DisassociationRequest], { description: 'Disassociation requests, newest first (R-CU-8).' })
  async disassociationRequests(@Root() association: CustomerAssociation): Promise<DisassociationRequest[]> {
    return (await association.disassociationRequests.load()).getItems();
  }

  @FieldResolver(() => DisassociationRequest, { nullable: true })
  async pendingDisassociationRequest(@Root() association: CustomerAssociation): Promise<DisassociationRequest | null> {
    return (await association.disassociationRequests.load()).getItems().find((r) => r.status === DisassociationRequestStatus.PENDING) ?? null;
  }
}

@Resolver(() => DisassociationRequest)
export class DisassociationRequestFields {
  @FieldResolver(() => CustomerAssociation)
  association(@Root() request: DisassociationRequest): Promise<CustomerAssociation> {
    return request.association.loadOrFail();
  }
}

@Resolver(() => PreRegistration)
export class PreRegistrationFields {
  @FieldResolver(() => PreRegistrationStatus)
  status(@Root() preRegistration: PreRegistration, @GqlCtx() ctx: Ctx): PreRegistrationStatus {
    return preRegistration.statusAt(ctx.clock.now());
  }

  @FieldResolver(() => Int, { description: 'Whole days of protection left, rounded up; 0 once expired (R-CU-5).' })
  daysLeft(@Root() preRegistration: PreRegistration, @GqlCtx() ctx: Ctx): number {
    return daysLeft(preRegistration.expiresAt, ctx.clock.now());
  }
}

@Resolver(() => CustomerInvitation)
export class CustomerInvitationFields {
  @FieldResolver(() => CustomerInvitationStatus, { description: 'An e-mail invitation past its validity reads EXPIRED.' })
  status(@Root() invitation: CustomerInvitation, @GqlCtx() ctx: Ctx): CustomerInvitationStatus {
    return invitation.effectiveStatus(ctx.clock.now());
  }

  @FieldResolver(() => String, { description: 'The absolute invitation URL (/invite/<code> on the host the request came to).' })
  url(@Root() invitation: CustomerInvitation, @GqlCtx() ctx: Ctx): string {
    return `${requestOrigin(ctx.request)}${invitationPath(invitation.code)}`;
  }

  @FieldResolver(() => String, { description: 'Path of the QR code image (PNG) encoding the URL.' })
  qrPngPath(@Root() invitation: CustomerInvitation): string {
    return `/api/customer-invitations/${invitation.id}/qr.png`;
  }

  @FieldResolver(() => String, { description: 'Path of the QR code image (SVG) encoding the URL.' })
  qrSvgPath(@Root() invitation: CustomerInvitation): string {
    return `/api/customer-invitations/${invitation.id}/qr.svg`;
  }
}

@Resolver(() => CustomerProfile)
export class CustomerProfileFields {
  @FieldResolver(() => String)
  async email(@Root() profile: CustomerProfile): Promise<string> {
    return (await profile.account.loadOrFail()).email;
  }

  @FieldResolver(() => String, { description: 'The contact name of the account.' })
  async displayName(@Root() profile: CustomerProfile): Promise<string> {
    return (await profile.account.loadOrFail()).displayName;
  }

  @FieldResolver(() => Boolean, { description: 'Reserved instances expire after today, Beijing time (R-CU-2).' })
  hasUnexpiredReservedInstances(@Root() profile: CustomerProfile, @GqlCtx() ctx: Ctx): boolean {
    return hasUnexpiredReservedInstances(profile, beijingDate(ctx.clock.now()));
  }

  @FieldResolver(() => [UserError], { description: 'Why the customer cannot be associated now (R-CU-2); empty when nothing blocks it.' })
  associationBlockers(@Root() profile: CustomerProfile, @GqlCtx() ctx: Ctx): UserError[] {
    return associationBlockers(profile, beijingDate(ctx.clock.now())).map((e) => ({ code: e.code, field: e.field, message: e.message }));
  }

  @Authorized(OPERATOR)
  @FieldResolver(() => CustomerAssociation, { nullable: true, description: 'Operators: the open association, if any.' })
  async currentAssociation(@Root() profile: CustomerProfile): Promise<CustomerAssociation | null> {
    return (await profile.associations.load()).getItems().find((a) => !a.endedAt) ?? null;
  }

  @Authorized(OPERATOR)
  @FieldResolver(() => [CustomerAssociation], { description: 'Operators: every association, newest first.' })
  async associations(@Root() profile: CustomerProfile): Promise<CustomerAssociation[]> {
    return (await profile.associations.load()).getItems();
  }
}
