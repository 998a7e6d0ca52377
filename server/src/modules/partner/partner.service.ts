import { randomBytes } from 'node:crypto';
import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../app/context.js';
import { requirePartnerId } from '../../app/context.js';
import type { Clock } from '../../common/clock.js';
import { crossTenantEm } from '../../common/db/tenant.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { ErrorCode, MemberErrorCode, PartnerErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { paginate, type Connection } from '../../common/pagination/connection.js';
import { Account, AccountKind, AccountStatus } from '../account/account.entity.js';
import { normalizeEmail } from '../account/auth.service.js';
import { NO_PASSWORD, type PasswordLinkService } from '../account/password-link.service.js';
import { Session } from '../account/session.entity.js';
import { builtInRole } from '../organization/built-in-roles.js';
import { escapeLike } from '../organization/role.service.js';
import { Partner } from './partner.entity.js';
import { PartnerProgram } from './partner-program.entity.js';
import { PartnerCountryChange } from './partner-authentication.entity.js';
import { PartnerStatus, Program } from './partner.enums.js';
import type {
  ChangePartnerCountryInput,
  PartnersArgs,
  RegisterPartnerInput,
  SetPartnerAccountFiguresInput,
  UpdatePartnerInformationInput,
} from './partner.inputs.js';
import { checkCompanyName, checkCountry, slugBase } from './partner.rules.js';

export type RegisteredPartner = { partner: Partner; setPasswordLink: string };

/** Partner information (partner side) and the operators' partner management (R-PA-1, R-PA-2, R-PA-7, R-PA-8). */
export class PartnerService {
  constructor(
    private readonly clock: Clock,
    private readonly passwordLinks: PasswordLinkService,
  ) {}

  /** The caller's own partner. */
  async mine(ctx: Ctx): Promise<Partner> {
    return ctx.em.findOneOrFail(Partner, { id: requirePartnerId(ctx) });
  }

  /** R-PA-1: the input has no country; R-PA-2: the name is Chinese or English only. */
  async updateInformation(ctx: Ctx, input: UpdatePartnerInformationInput): Promise<Partner> {
    const partner = await this.mine(ctx);
    if (input.name !== undefined) partner.name = checkCompanyName(input.name);
    if (input.address !== undefined) partner.address = input.address?.trim() || null;
    if (input.contactName !== undefined) partner.contactName = input.contactName?.trim() || null;
    if (input.contactEmail !== undefined) partner.contactEmail = input.contactEmail ? normalizeEmail(input.contactEmail) : null;
    if (input.contactPhone !== undefined) partner.contactPhone = input.contactPhone?.trim() || null;
    if (input.industry !== undefined) partner.industry = input.industry?.trim() || null;
    if (input.tenantType) partner.tenantType = input.tenantType;
    partner.updatedAt = this.clock.now();
    await ctx.em.flush();
    return partner;
  }

  /** R-PA-7: an account that joined any partner program cannot be deregistered. */
  async deregister(ctx: Ctx): Promise<Partner> {
    const partner = await this.mine(ctx);
    const programs = await partner.programs.loadCount();
    if (programs > 0) {
      throw new DomainError(
        PartnerErrorCode.PARTNER_IN_PROGRAM,
        'This account has joined a partner program and cannot be deregistered.',
        null,
      );
    }
    const now = this.clock.now();
    partner.status = PartnerStatus.DEREGISTERED;
    partner.updatedAt = now;
    const members = await ctx.em.find(Account, { partner: partner.id, kind: AccountKind.PARTNER_MEMBER });
    for (const member of members) {
      member.status = AccountStatus.INACTIVE;
      member.updatedAt = now;
    }
    await ctx.em.nativeDelete(Session, { account: { $in: members.map((m) => m.id) } });
    await ctx.em.flush();
    return partner;
  }

  /**
   * R-PA-7: a Cloud Solution Provider account cannot buy cloud resources. This is the check the cloud's order system
   * asks before a partner account buys; other partner accounts are allowed.
   */
  async checkResourcePurchase(ctx: Ctx): Promise<boolean> {
    const partner = await this.mine(ctx);
    const csp = await ctx.em.count(PartnerProgram, { partner: partner.id, program: Program.CLOUD_SOLUTION_PROVIDER });
    if (csp > 0) {
      throw new DomainError(
        PartnerErrorCode.PARTNER_CSP_CANNOT_PURCHASE,
        'A Cloud Solution Provider account cannot buy cloud resources.',
        null,
      );
    }
    return true;
  }

  // ---- Operators ----

  list(ctx: Ctx, args: PartnersArgs): Promise<Connection<Partner>> {
    const where: FilterQuery<Partner>[] = [];
    if (args.search?.trim()) {
      const like = `%${escapeLike(args.search.trim())}%`;
      where.push({ $or: [{ name: { $ilike: like } }, { slug: { $ilike: like } }] });
    }
    if (args.country) where.push({ country: args.country.toUpperCase() });
    if (args.businessAuthStatus) where.push({ businessAuthStatus: args.businessAuthStatus });
    if (args.paymentAuthStatus) where.push({ paymentAuthStatus: args.paymentAuthStatus });
    if (args.program || args.tier) {
      const program = args.tier ? Program.CLOUD_SOLUTION_PROVIDER : args.program;
      if (args.program && args.tier && args.program !== Program.CLOUD_SOLUTION_PROVIDER) {
        throw new DomainError(PartnerErrorCode.PROGRAM_FIELD_NOT_APPLICABLE, 'Only the Cloud Solution Provider program has tiers.', 'tier');
      }
      where.push({ programs: { $some: { program, ...(args.tier ? { tier: args.tier } : {}) } } });
    }
    return paginate(crossTenantEm(ctx.em), Partner, where.length ? { $and: where } : {}, args, { sortBy: 'createdAt', direction: 'DESC' });
  }

  /** For operators: read (and later flush) through a cross-tenant fork, never the request's own EntityManager. */
  async get(ctx: Ctx, id: string, em: EntityManager = crossTenantEm(ctx.em)): Promise<Partner> {
    const partner = isUuid(id) ? await em.findOne(Partner, { id }) : null;
    if (!partner) throw new NotFoundError('Partner', 'partnerId');
    return partner;
  }

  /**
   * Registers a partner and its first administrator, who gets a set-password link (returned: no mail server yet).
   * R-PA-1: the country is set here, from the legal entity; R-PA-2: the name is Chinese or English only.
   */
  async register(ctx: Ctx, input: RegisterPartnerInput): Promise<RegisteredPartner> {
    const name = checkCompanyName(input.name);
    const country = checkCountry(input.country);
    const email = normalizeEmail(input.administratorEmail);
    const em = ctx.em;
    if ((await em.count(Account, { email })) > 0) {
      throw new DomainError(MemberErrorCode.EMAIL_REGISTERED, 'The email address has been registered', 'administratorEmail');
    }
    const now = this.clock.now();
    const partner = em.create(Partner, { name, country, slug: await this.freeSlug(em, name), createdAt: now, updatedAt: now });
    const administrator = em.create(Account, {
      kind: AccountKind.PARTNER_MEMBER,
      email,
      displayName: input.administratorName.trim(),
      passwordHash: NO_PASSWORD,
      partner,
      role: await builtInRole(em, 'ADMINISTRATOR'),
      createdAt: now,
      updatedAt: now,
    });
    const setPasswordLink = await this.passwordLinks.issue(em, administrator);
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        em.clear();
        throw new DomainError(MemberErrorCode.EMAIL_REGISTERED, 'The email address has been registered', 'administratorEmail');
      }
      throw error;
    }
    return { partner, setPasswordLink };
  }

  /** A new set-password link for a partner's administrator (e.g. the first one expired). */
  async resendAdministratorLink(ctx: Ctx, partnerId: string): Promise<string> {
    const partner = await this.get(ctx, partnerId);
    const administrator = await this.administratorOf(ctx.em, partner);
    if (!administrator) throw new NotFoundError('Administrator', 'partnerId');
    const link = await this.passwordLinks.issue(ctx.em, administrator);
    await ctx.em.flush();
    return link;
  }

  async administratorOf(em: EntityManager, partner: Partner): Promise<Account | null> {
    const administrator = await builtInRole(em, 'ADMINISTRATOR');
    return em.findOne(Account, { partner: partner.id, role: administrator.id }, { orderBy: { createdAt: 'ASC' } });
  }

  /** R-PA-1: only an operator changes the registered country, and the reason is kept with the change. */
  async changeCountry(ctx: Ctx, input: ChangePartnerCountryInput): Promise<Partner> {
    const em = crossTenantEm(ctx.em);
    const partner = await this.get(ctx, input.partnerId, em);
    const country = checkCountry(input.country);
    const reason = input.reason.trim();
    if (reason.length < 5) {
      throw new DomainError(PartnerErrorCode.PARTNER_REASON_REQUIRED, 'Give the reason for the change (at least 5 characters).', 'reason');
    }
    if (country === partner.country) {
      throw new DomainError(PartnerErrorCode.PARTNER_COUNTRY_INVALID, `The partner is already registered in ${country}.`, 'country');
    }
    const now = this.clock.now();
    em.create(PartnerCountryChange, {
      partner,
      fromCountry: partner.country,
      toCountry: country,
      reason,
      changedBy: ctx.account!.email,
      createdAt: now,
      updatedAt: now,
    });
    partner.country = country;
    partner.updatedAt = now;
    await em.flush();
    return partner;
  }

  /** R-PA-8: the account figures, exact decimals; operators set them until the billing module drives them. */
  async setAccountFigures(ctx: Ctx, input: SetPartnerAccountFiguresInput): Promise<Partner> {
    const em = crossTenantEm(ctx.em);
    const partner = await this.get(ctx, input.partnerId, em);
    for (const field of ['amountDue', 'consumptionQuota'] as const) {
      if (input[field].isNegative()) throw new DomainError(ErrorCode.VALIDATION, 'This amount cannot be negative.', field);
    }
    partner.amountDue = input.amountDue;
    partner.accountBalance = input.accountBalance;
    partner.consumptionQuota = input.consumptionQuota;
    partner.updatedAt = this.clock.now();
    await em.flush();
    return partner;
  }

  private async freeSlug(em: EntityManager, name: string): Promise<string> {
    const base = slugBase(name);
    for (let attempt = 0; attempt < 5; attempt++) {
      const slug = attempt === 0 && base !== 'partner' ? base : `${base}-${randomBytes(3).toString('hex')}`;
      if ((await em.count(Partner, { slug })) === 0) return slug;
    }
    return `${base}-${randomBytes(6).toString('hex')}`;
  }
}
