import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../app/context.js';
import { requireAccount, requirePartnerId } from '../../app/context.js';
import type { Clock } from '../../common/clock.js';
import { crossTenantEm } from '../../common/db/tenant.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { CustomerErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { mapConnection, paginate, type Connection } from '../../common/pagination/connection.js';
import { Account, AccountKind } from '../account/account.entity.js';
import { escapeLike } from '../organization/role.service.js';
import { Partner } from '../partner/partner.entity.js';
import { checkCountry } from '../partner/partner.rules.js';
import { NotificationCategory } from '../notification/notification.entity.js';
import type { NotificationService } from '../notification/notification.service.js';
import { CustomerInvitation, PreRegistration } from './customer-development.entity.js';
import { AssociationModel, CustomerInvitationStatus, InvitationChannel, PreRegistrationStatus } from './customer.enums.js';
import {
  beijingDateTime,
  invitationPath,
  lockCustomerEmail,
  openAssociationOfEmail,
  preRegistrationElsewhere,
  requestOrigin,
} from './customer.queries.js';
import {
  addDays,
  checkCustomerName,
  checkEmail,
  checkValidDays,
  daysLeft,
  emailHint,
  isInvitationCode,
  newInvitationCode,
  PRE_REGISTRATION_DAYS,
} from './customer.rules.js';
import type {
  CreateCustomerInvitationLinkInput,
  CustomerInvitationsArgs,
  InviteCustomerByEmailInput,
  MyCustomerInvitationsArgs,
  PreRegisterCustomerInput,
  PreRegistrationsArgs,
  PublicCustomerInvitation,
} from './customer.types.js';

export const MODEL_NAMES: Record<AssociationModel, string> = { REFERRAL: 'Referral', RESELLER: 'Reseller' };

/**
 * Customer Business › Customer Development: pre-registration of prospects (R-CU-5) and invitations by e-mail or by
 * registration link / QR code (R-CU-6); plus what an invitation's holder and an invited customer see.
 */
export class CustomerDevelopmentService {
  constructor(
    private readonly clock: Clock,
    private readonly notifications: NotificationService,
  ) {}

  // ---- Pre-registration (R-CU-5) ----

  /**
   * R-CU-5: while another partner's pre-registration protects the e-mail, it cannot be pre-registered again; a new
   * e-mail is a new prospect. The e-mail's advisory lock makes two partners pre-registering it at once safe: the second
   * waits for the first to commit, then sees its row.
   */
  async preRegister(ctx: Ctx, input: PreRegisterCustomerInput): Promise<PreRegistration> {
    const partnerId = requirePartnerId(ctx);
    const email = checkEmail(input.email);
    const companyName = checkCustomerName(input.companyName);
    const country = checkCountry(input.country);
    const createdBy = requireAccount(ctx).email;
    return crossTenantEm(ctx.em).transactional(async (em) => {
      await lockCustomerEmail(em, email);
      const now = this.clock.now();
      const own = await em.findOne(PreRegistration, { email, partner: partnerId, expiresAt: { $gt: now } });
      if (own) {
        throw new DomainError(
          CustomerErrorCode.PRE_REGISTRATION_EXISTS,
          `You pre-registered ${email} already; it is protected for ${daysLeft(own.expiresAt, now)} more day(s).`,
          'email',
        );
      }
      if (await preRegistrationElsewhere(em, email, partnerId, now)) {
        throw new DomainError(
          CustomerErrorCode.CUSTOMER_PRE_REGISTERED_ELSEWHERE,
          'Another partner has pre-registered this e-mail address; it cannot be pre-registered or associated by others for 15 days. A new e-mail address is a new prospect.',
          'email',
        );
      }
      await this.refuseAssociated(em, email, partnerId);
      const preRegistration = em.create(PreRegistration, {
        partner: partnerId,
        email,
        companyName,
        country,
        createdBy,
        expiresAt: addDays(now, PRE_REGISTRATION_DAYS),
        createdAt: now,
        updatedAt: now,
      });
      await em.flush();
      return preRegistration;
    });
  }

  preRegistrations(ctx: Ctx, args: PreRegistrationsArgs): Promise<Connection<PreRegistration>> {
    const now = this.clock.now();
    const where: FilterQuery<PreRegistration>[] = [];
    if (args.status === PreRegistrationStatus.ACTIVE) where.push({ expiresAt: { $gt: now } });
    if (args.status === PreRegistrationStatus.EXPIRED) where.push({ expiresAt: { $lte: now } });
    if (args.search?.trim()) {
      const like = `%${escapeLike(args.search.trim())}%`;
      where.push({ $or: [{ email: { $ilike: like } }, { companyName: { $ilike: like } }] });
    }
    return paginate(ctx.em, PreRegistration, where.length ? { $and: where } : {}, args, { sortBy: 'createdAt', direction: 'DESC' });
  }

  /** Ends the protection early (e.g. a mistyped e-mail): other partners may then pre-register or associate it. */
  async releasePreRegistration(ctx: Ctx, id: string): Promise<PreRegistration> {
    const preRegistration = isUuid(id) ? await ctx.em.findOne(PreRegistration, { id }) : null;
    if (!preRegistration) throw new NotFoundError('Pre-registration');
    const now = this.clock.now();
    if (!preRegistration.isActive(now)) {
      throw new DomainError(CustomerErrorCode.PRE_REGISTRATION_EXPIRED, 'This pre-registration has expired already.', 'id');
    }
    preRegistration.expiresAt = now;
    preRegistration.updatedAt = now;
    await ctx.em.flush();
    return preRegistration;
  }

  // ---- Invitations (R-CU-6) ----

  /**
   * An e-mail invitation, valid for the days the partner chose (stated in the e-mail). No mail server is configured:
   * the message goes to the outbox. Refused when the address is protected by another partner's pre-registration
   * (R-CU-5) or belongs to a customer that is associated already (R-CU-1), so the partner learns it now rather than
   * when the customer tries to accept.
   */
  async inviteByEmail(ctx: Ctx, input: InviteCustomerByEmailInput): Promise<CustomerInvitation> {
    const partnerId = requirePartnerId(ctx);
    const email = checkEmail(input.email);
    const validDays = checkValidDays(input.validDays);
    const now = this.clock.now();
    const all = crossTenantEm(ctx.em);
    if (await preRegistrationElsewhere(all, email, partnerId, now)) {
      throw new DomainError(
        CustomerErrorCode.CUSTOMER_PRE_REGISTERED_ELSEWHERE,
        'Another partner has pre-registered this e-mail address; it cannot be associated with you while the 15-day protection lasts.',
        'email',
      );
    }
    await this.refuseAssociated(all, email, partnerId);
    const pending = await ctx.em.findOne(CustomerInvitation, { email, channel: InvitationChannel.EMAIL, status: CustomerInvitationStatus.ACTIVE, expiresAt: { $gt: now } });
    if (pending) {
      throw new DomainError(
        CustomerErrorCode.CUSTOMER_INVITATION_PENDING,
        `${email} already has an invitation from you, valid until ${beijingDateTime(pending.expiresAt!)}.`,
        'email',
      );
    }
    const partner = await ctx.em.findOneOrFail(Partner, { id: partnerId });
    const invitation = ctx.em.create(CustomerInvitation, {
      partner,
      channel: InvitationChannel.EMAIL,
      model: input.model,
      code: newInvitationCode(),
      email,
      validDays,
      expiresAt: addDays(now, validDays),
      status: CustomerInvitationStatus.ACTIVE,
      createdBy: requireAccount(ctx).email,
      createdAt: now,
      updatedAt: now,
    });
    const url = `${requestOrigin(ctx.request)}${invitationPath(invitation.code)}`;
    this.notifications.queueMail(ctx.em, {
      partnerId,
      to: email,
      subject: `${partner.name} invites you to associate your cloud account`,
      text: [
        'Hello,',
        '',
        `${partner.name} invites you to associate your cloud account with it as a ${MODEL_NAMES[input.model].toLowerCase()} customer.`,
        '',
        'Open this link to sign in (or register) and accept the invitation:',
        url,
        '',
        `The invitation is valid for ${validDays} day${validDays === 1 ? '' : 's'}, until ${beijingDateTime(invitation.expiresAt!)}.`,
      ].join('\n'),
    });
    // A customer who already has an account also finds the invitation in its portal.
    const existing = await ctx.em.findOne(Account, { email, kind: AccountKind.CUSTOMER });
    if (existing) {
      this.notifications.notify(ctx.em, [existing], {
        category: NotificationCategory.ASSOCIATION,
        title: `${partner.name} invites you to associate`,
        body: `${partner.name} invites you to associate with it as a ${MODEL_NAMES[input.model].toLowerCase()} customer. The invitation is valid until ${beijingDateTime(invitation.expiresAt!)}.`,
        link: invitationPath(invitation.code),
      });
    }
    await ctx.em.flush();
    return invitation;
  }

  /** R-CU-6: a registration link (and its QR code) never expires and can be used by many customers until revoked. */
  async createLink(ctx: Ctx, input: CreateCustomerInvitationLinkInput): Promise<CustomerInvitation> {
    const now = this.clock.now();
    const invitation = ctx.em.create(CustomerInvitation, {
      partner: requirePartnerId(ctx),
      channel: InvitationChannel.LINK,
      model: input.model,
      code: newInvitationCode(),
      label: input.label?.trim() || null,
      status: CustomerInvitationStatus.ACTIVE,
      createdBy: requireAccount(ctx).email,
      createdAt: now,
      updatedAt: now,
    });
    await ctx.em.flush();
    return invitation;
  }

  /** Stops an active invitation (a link that leaked, an e-mail sent to the wrong address). */
  async revoke(ctx: Ctx, id: string): Promise<CustomerInvitation> {
    const invitation = await this.invitation(ctx, id);
    this.refuseUnusable(invitation, 'id');
    invitation.status = CustomerInvitationStatus.REVOKED;
    invitation.updatedAt = this.clock.now();
    await ctx.em.flush();
    return invitation;
  }

  invitations(ctx: Ctx, args: CustomerInvitationsArgs): Promise<Connection<CustomerInvitation>> {
    const where: FilterQuery<CustomerInvitation>[] = [this.statusWhere(args.status)];
    if (args.channel) where.push({ channel: args.channel });
    return paginate(ctx.em, CustomerInvitation, { $and: where }, args, { sortBy: 'createdAt', direction: 'DESC' });
  }

  /** The caller's partner's invitation; another partner's answers NOT_FOUND (tenant filter). */
  async invitation(ctx: Ctx, id: string): Promise<CustomerInvitation> {
    const invitation = isUuid(id) ? await ctx.em.findOne(CustomerInvitation, { id }) : null;
    if (!invitation) throw new NotFoundError('Invitation');
    return invitation;
  }

  // ---- The invitation's holder and the invited customer ----

  /** What the page behind /invite/<code> shows, signed in or not; null for an unknown code. */
  async lookup(ctx: Ctx, code: string): Promise<PublicCustomerInvitation | null> {
    if (!isInvitationCode(code)) return null;
    const em = crossTenantEm(ctx.em);
    const invitation = await em.findOne(CustomerInvitation, { code });
    if (!invitation) return null;
    const [view] = await this.publicViews(em, [invitation]);
    return view!;
  }

  /** R-CU-7: the e-mail invitations sent to the customer's address, from any partner, with their effective status. */
  async mine(ctx: Ctx, args: MyCustomerInvitationsArgs): Promise<Connection<PublicCustomerInvitation>> {
    const em = crossTenantEm(ctx.em);
    const where = { $and: [this.statusWhere(args.status), { email: requireAccount(ctx).email, channel: InvitationChannel.EMAIL }] };
    const page = await paginate(em, CustomerInvitation, where, args, { sortBy: 'createdAt', direction: 'DESC' });
    const views = await this.publicViews(em, page.edges.map((e) => e.node));
    return mapConnection(page, () => views);
  }

  /**
   * The invitation behind a code if it can still be used by this e-mail: R-CU-6 (an e-mail invitation expires and is
   * used once; only the invited address can use it; links never expire), and not revoked. `em` sees every tenant.
   */
  async usableInvitation(em: EntityManager, code: string, email: string): Promise<CustomerInvitation> {
    const invitation = isInvitationCode(code) ? await em.findOne(CustomerInvitation, { code }) : null;
    if (!invitation) throw new NotFoundError('Invitation', 'code');
    this.refuseUnusable(invitation, 'code');
    if (invitation.channel === InvitationChannel.EMAIL && invitation.email !== email) {
      throw new DomainError(
        CustomerErrorCode.CUSTOMER_INVITATION_OTHER_RECIPIENT,
        `This invitation was sent to ${emailHint(invitation.email!)}. Sign in with that account, or ask the partner for an invitation to your address.`,
        'code',
      );
    }
    return invitation;
  }

  /** R-CU-1: an associated customer cannot be invited or pre-registered again, by this partner or another. */
  private async refuseAssociated(allTenants: EntityManager, email: string, partnerId: string): Promise<void> {
    const open = await openAssociationOfEmail(allTenants, email);
    if (open?.partner.id === partnerId) {
      throw new DomainError(CustomerErrorCode.CUSTOMER_ALREADY_ASSOCIATED, 'This customer is already associated with your organization.', 'email');
    }
    if (open) {
      throw new DomainError(CustomerErrorCode.CUSTOMER_ASSOCIATED_ELSEWHERE, 'This customer is associated with another partner; a customer can be associated with only one partner.', 'email');
    }
  }

  private refuseUnusable(invitation: CustomerInvitation, field: string): void {
    const status = invitation.effectiveStatus(this.clock.now());
    if (status === CustomerInvitationStatus.EXPIRED) {
      throw new DomainError(
        CustomerErrorCode.CUSTOMER_INVITATION_EXPIRED,
        `This invitation expired on ${beijingDateTime(invitation.expiresAt!)} (it was valid for ${invitation.validDays} days). Ask the partner to invite you again.`,
        field,
      );
    }
    if (status === CustomerInvitationStatus.REVOKED) {
      throw new DomainError(CustomerErrorCode.CUSTOMER_INVITATION_REVOKED, 'The partner has withdrawn this invitation.', field);
    }
    if (status === CustomerInvitationStatus.ACCEPTED) {
      throw new DomainError(CustomerErrorCode.CUSTOMER_INVITATION_USED, 'This invitation has been accepted already.', field);
    }
  }

  /** Stored ACTIVE past expiry reads as EXPIRED, so the filters follow the effective status. */
  private statusWhere(status: CustomerInvitationStatus | undefined): FilterQuery<CustomerInvitation> {
    const now = this.clock.now();
    if (!status) return {};
    if (status === CustomerInvitationStatus.ACTIVE) return { status, $or: [{ expiresAt: null }, { expiresAt: { $gt: now } }] };
    if (status === CustomerInvitationStatus.EXPIRED) return { status: CustomerInvitationStatus.ACTIVE, expiresAt: { $lte: now } };
    return { status };
  }

  /** One query for the partners of all the invitations. */
  private async publicViews(em: EntityManager, invitations: CustomerInvitation[]): Promise<PublicCustomerInvitation[]> {
    const partners = await em.find(Partner, { id: { $in: [...new Set(invitations.map((i) => i.partner.id))] } });
    const byId = new Map(partners.map((p) => [p.id, p]));
    const now = this.clock.now();
    return invitations.map((invitation) => {
      const partner = byId.get(invitation.partner.id)!;
      return {
        code: invitation.code,
        partnerName: partner.name,
        partnerCountry: partner.country,
        model: invitation.model,
        channel: invitation.channel,
        status: invitation.effectiveStatus(now),
        validDays: invitation.validDays,
        expiresAt: invitation.expiresAt,
        emailHint: invitation.email ? emailHint(invitation.email) : null,
        createdAt: invitation.createdAt,
      };
    });
  }
}

