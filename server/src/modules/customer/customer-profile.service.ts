import { UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../app/context.js';
import { requireAccount } from '../../app/context.js';
import { setAuditActor } from '../../common/audit/audit-scope.js';
import { beijingDate } from '../../common/beijing-time.js';
import type { Clock } from '../../common/clock.js';
import { crossTenantEm } from '../../common/db/tenant.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { AuthErrorCode, ErrorCode, MemberErrorCode } from '../../common/errors/error-codes.js';
import { isUuid } from '../../common/ids.js';
import { paginate, type Connection } from '../../common/pagination/connection.js';
import { Account, AccountKind } from '../account/account.entity.js';
import { NO_PASSWORD, type PasswordLinkService } from '../account/password-link.service.js';
import { hashPassword, passwordProblem } from '../account/password.js';
import { escapeLike } from '../organization/role.service.js';
import { checkCountry } from '../partner/partner.rules.js';
import { CustomerProfile } from './customer-profile.entity.js';
import { checkCustomerName, checkEmail } from './customer.rules.js';
import type { CustomerDevelopmentService } from './customer-development.service.js';
import type {
  CustomerProfilesArgs,
  RegisterCustomerFromInvitationInput,
  RegisterCustomerInput,
  UpdateCustomerProfileInput,
} from './customer.types.js';

export type RegisteredCustomer = { customer: CustomerProfile; setPasswordLink: string };

const EMAIL_REGISTERED = 'The email address has been registered';

/**
 * Customer accounts and the attributes the association rules read (R-CU-2, R-CU-9). Operators create customers and
 * keep their attributes (they come from the cloud's billing and contract systems); customers can also register
 * themselves from a partner's invitation link.
 */
export class CustomerProfileService {
  constructor(
    private readonly clock: Clock,
    private readonly passwordLinks: PasswordLinkService,
    private readonly development: CustomerDevelopmentService,
  ) {}

  /** The profile of a customer account; every customer account has one (created with the account). */
  async require(em: EntityManager, customerId: string): Promise<CustomerProfile> {
    const profile = await em.findOne(CustomerProfile, { id: customerId });
    if (!profile) throw new NotFoundError('Customer', 'customerId');
    return profile;
  }

  mine(ctx: Ctx): Promise<CustomerProfile> {
    return this.require(ctx.em, requireAccount(ctx).id);
  }

  // ---- Operators ----

  list(ctx: Ctx, args: CustomerProfilesArgs): Promise<Connection<CustomerProfile>> {
    const where: FilterQuery<CustomerProfile>[] = [];
    if (args.search?.trim()) {
      const like = `%${escapeLike(args.search.trim())}%`;
      where.push({ $or: [{ companyName: { $ilike: like } }, { account: { email: { $ilike: like } } }] });
    }
    if (args.blocked !== undefined && args.blocked !== null) {
      const today = beijingDate(this.clock.now());
      const blocked: FilterQuery<CustomerProfile> = {
        $or: [{ inArrears: true }, { specialContract: true }, { internalAccount: true }, { reservedInstancesUntil: { $gt: today } }],
      };
      where.push(args.blocked ? blocked : { $not: blocked });
    }
    if (args.associated !== undefined && args.associated !== null) {
      where.push({ associations: args.associated ? { $some: { endedAt: null } } : { $none: { endedAt: null } } });
    }
    // Read cross-tenant: the rows' association fields then load every partner's associations.
    return paginate(crossTenantEm(ctx.em), CustomerProfile, where.length ? { $and: where } : {}, args, { sortBy: 'createdAt', direction: 'DESC' });
  }

  /** Read cross-tenant, so that its association fields see every partner. */
  async get(ctx: Ctx, id: string): Promise<CustomerProfile> {
    const profile = isUuid(id) ? await crossTenantEm(ctx.em).findOne(CustomerProfile, { id }) : null;
    if (!profile) throw new NotFoundError('Customer');
    return profile;
  }

  /** A customer account with a set-password link (returned: no mail server yet), and its profile. */
  async register(ctx: Ctx, input: RegisterCustomerInput): Promise<RegisteredCustomer> {
    const email = checkEmail(input.email);
    const companyName = checkCustomerName(input.companyName);
    const country = checkCountry(input.country);
    const em = ctx.em;
    if ((await em.count(Account, { email })) > 0) throw new DomainError(MemberErrorCode.EMAIL_REGISTERED, EMAIL_REGISTERED, 'email');
    const account = this.createAccount(em, email, input.displayName?.trim() || companyName, NO_PASSWORD);
    const customer = this.createProfile(em, account, companyName, country);
    const setPasswordLink = await this.passwordLinks.issue(em, account);
    await this.flushNewAccount(em);
    return { customer, setPasswordLink };
  }

  /** Attributes from the cloud's other systems; exact money, never negative. */
  async update(ctx: Ctx, input: UpdateCustomerProfileInput): Promise<CustomerProfile> {
    const em = crossTenantEm(ctx.em);
    const profile = await this.require(em, input.customerId);
    if (input.companyName !== undefined && input.companyName !== null) profile.companyName = checkCustomerName(input.companyName);
    if (input.country !== undefined && input.country !== null) profile.country = checkCountry(input.country);
    for (const flag of ['inArrears', 'specialContract', 'internalAccount', 'hasTopUpRewards'] as const) {
      if (input[flag] !== undefined && input[flag] !== null) profile[flag] = input[flag];
    }
    if (input.reservedInstancesUntil !== undefined) {
      const date = input.reservedInstancesUntil;
      if (date && Number.isNaN(Date.parse(`${date}T00:00:00Z`))) {
        throw new DomainError(ErrorCode.VALIDATION, 'This is not a calendar date.', 'reservedInstancesUntil');
      }
      profile.reservedInstancesUntil = date ?? null;
    }
    for (const field of ['accountBalance', 'outstandingInvoicesRmb'] as const) {
      const value = input[field];
      if (value === undefined || value === null) continue;
      if (value.isNegative()) throw new DomainError(ErrorCode.VALIDATION, 'This amount cannot be negative.', field);
      profile[field] = value;
    }
    profile.updatedAt = this.clock.now();
    await em.flush();
    return profile;
  }

  // ---- Customers ----

  /**
   * R-CU-6: a customer opening an invitation link registers (or signs in) and then sees the invitation. Registration
   * needs a usable invitation, so the form cannot be used to create accounts at will; an e-mail invitation registers
   * only its own address. The caller signs the new account in.
   */
  async registerFromInvitation(ctx: Ctx, input: RegisterCustomerFromInvitationInput): Promise<Account> {
    const email = checkEmail(input.email);
    await this.development.usableInvitation(crossTenantEm(ctx.em), input.code, email);
    const companyName = checkCustomerName(input.companyName);
    const country = checkCountry(input.country);
    const problem = passwordProblem(input.password, email);
    if (problem) throw new DomainError(AuthErrorCode.PASSWORD_TOO_WEAK, problem, 'password');
    const em = ctx.em;
    if ((await em.count(Account, { email })) > 0) {
      throw new DomainError(MemberErrorCode.EMAIL_REGISTERED, `${EMAIL_REGISTERED}: sign in to accept the invitation.`, 'email');
    }
    const account = this.createAccount(em, email, input.displayName?.trim() || companyName, await hashPassword(input.password));
    this.createProfile(em, account, companyName, country);
    // The new customer acts for itself: the audit entries name it although the request was anonymous.
    setAuditActor({ id: account.id, email, kind: AccountKind.CUSTOMER, partnerId: null });
    await this.flushNewAccount(em);
    return account;
  }

  private createAccount(em: EntityManager, email: string, displayName: string, passwordHash: string): Account {
    const now = this.clock.now();
    return em.create(Account, { kind: AccountKind.CUSTOMER, email, displayName: displayName.slice(0, 200), passwordHash, partner: null, role: null, createdAt: now, updatedAt: now });
  }

  private createProfile(em: EntityManager, account: Account, companyName: string, country: string): CustomerProfile {
    const now = this.clock.now();
    return em.create(CustomerProfile, { id: account.id, account, companyName, country, createdAt: now, updatedAt: now });
  }

  /** Two registrations of one e-mail at once: the unique e-mail makes one fail, with the same message. */
  private async flushNewAccount(em: EntityManager): Promise<void> {
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        em.clear();
        throw new DomainError(MemberErrorCode.EMAIL_REGISTERED, EMAIL_REGISTERED, 'email');
      }
      throw error;
    }
  }
}
