import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../app/context.js';
import type { Config } from '../../app/config.js';
import type { Clock } from '../../common/clock.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuthErrorCode } from '../../common/errors/error-codes.js';
import { setAuditActor } from '../../common/audit/audit-scope.js';
import { Permission } from '../../common/auth/permission.js';
import { NO_TENANT, TENANT_FILTER } from '../../common/db/tenant.js';
import { Account, AccountKind, AccountStatus } from './account.entity.js';
import { Session } from './session.entity.js';
import { LoginFailure } from './login-attempt.entity.js';
import { decoyPasswordHash, hashPassword, passwordProblem, verifyPassword } from './password.js';

export const SESSION_COOKIE = 'pc_session';
/** An address is shared by many people (offices, NAT), so it gets a wider allowance than one e-mail. */
const ADDRESS_FAILURE_FACTOR = 4;
/** Sliding expiry is refreshed at most this often, so reads do not write on every request. */
const SESSION_TOUCH_MS = 5 * 60_000;

export type SignedIn = {
  account: Account;
  session: Session;
  permissions: Set<Permission>;
  /** Set when the expiry slid forward on this request: the cookie must be renewed to match. */
  renewedUntil: Date | null;
};

/** The session cookie: httpOnly, SameSite=Lax, Secure per configuration, living as long as the session. */
export function sessionCookieOptions(config: Config, expiresAt: Date, now: Date) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.cookieSecure,
    path: '/',
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
  };
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class AuthService {
  constructor(
    private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  /** E-mail + password sign-in; throttled per e-mail and per address (R-ORG-3 for what follows). */
  async login(ctx: Ctx, input: { email: string; password: string }): Promise<{ account: Account; token: string; session: Session }> {
    const email = normalizeEmail(input.email);
    const ip = ctx.request.ip ?? 'unknown';
    // The attempt is recorded (and committed) before the slow password check and counted after, so parallel
    // guesses see each other: at most the allowance reaches argon2. A success deletes the e-mail's attempts.
    await this.recordAttempt(ctx.em, email, ip);
    await this.refuseWhenThrottled(ctx.em, email, ip);

    const account = await ctx.em.findOne(Account, { email }, { populate: ['passwordHash'] });
    const valid = await verifyPassword(account?.passwordHash ?? (await decoyPasswordHash()), input.password);
    if (!account || !valid) {
      throw new DomainError(AuthErrorCode.LOGIN_INVALID_CREDENTIALS, 'The e-mail address or password is incorrect.', 'password');
    }
    if (account.status !== AccountStatus.ACTIVE) {
      throw new DomainError(AuthErrorCode.LOGIN_ACCOUNT_INACTIVE, 'This account has been deactivated. Ask your administrator.', 'email');
    }
    const partnerId = account.kind === AccountKind.PARTNER_MEMBER ? (account.partner?.id ?? null) : null;
    setAuditActor({ id: account.id, email: account.email, kind: account.kind, partnerId });
    // From here the request acts as this account, for its own tenant.
    ctx.em.setFilterParams(TENANT_FILTER, { partnerId: partnerId ?? NO_TENANT });
    const token = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const session = ctx.em.create(Session, {
      tokenHash: hashToken(token),
      account,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: this.slidingExpiry(now, now),
      ip,
      userAgent: ctx.request.headers['user-agent']?.slice(0, 300) ?? null,
    });
    await ctx.em.nativeDelete(LoginFailure, { email });
    await ctx.em.flush();
    return { account, token, session };
  }

  /** Idle expiry slides with use, but never past the absolute maximum from sign-in. */
  private slidingExpiry(createdAt: Date, now: Date): Date {
    return new Date(Math.min(now.getTime() + this.config.sessionTtlMs, createdAt.getTime() + this.config.sessionMaxMs));
  }

  /** Its own flush: an attempt must count even when the sign-in then fails. */
  private async recordAttempt(em: EntityManager, email: string, ip: string): Promise<void> {
    const attempts = em.fork();
    attempts.create(LoginFailure, { email, ip, at: this.clock.now() });
    await attempts.flush();
  }

  private async refuseWhenThrottled(em: EntityManager, email: string, ip: string): Promise<void> {
    const since = new Date(this.clock.now().getTime() - this.config.loginWindowMs);
    const [byEmail, byAddress] = await Promise.all([
      em.find(LoginFailure, { email, at: { $gt: since } }, { orderBy: { at: 'ASC' }, fields: ['at'] }),
      em.count(LoginFailure, { ip, at: { $gt: since } }),
    ]);
    const max = this.config.loginMaxFailures;
    // The current attempt is among the rows: more than `max` means `max` earlier ones did not succeed.
    if (byEmail.length > max || byAddress > max * ADDRESS_FAILURE_FACTOR) {
      const oldest = byEmail[0]?.at ?? since;
      const waitMs = Math.max(oldest.getTime() + this.config.loginWindowMs - this.clock.now().getTime(), 60_000);
      const minutes = Math.ceil(waitMs / 60_000);
      throw new DomainError(
        AuthErrorCode.LOGIN_THROTTLED,
        `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        null,
      );
    }
  }

  /** Resolves the session cookie to a signed-in account, sliding its expiry; null when absent or expired. */
  async authenticate(em: EntityManager, token: string | undefined): Promise<SignedIn | null> {
    if (!token || token.length > 100) return null;
    const now = this.clock.now();
    const session = await em.findOne(
      Session,
      { tokenHash: hashToken(token), expiresAt: { $gt: now } },
      // The session decides the tenant, so it is read before (and without) tenant scoping.
      { populate: ['account.role'], filters: false },
    );
    if (!session) return null;
    const account = session.account.getEntity();
    if (account.status !== AccountStatus.ACTIVE) return null;
    let renewedUntil: Date | null = null;
    if (now.getTime() - session.lastSeenAt.getTime() > SESSION_TOUCH_MS) {
      renewedUntil = this.slidingExpiry(session.createdAt, now);
      // Bookkeeping, not a business change: a direct update, outside the unit of work and the audit log.
      await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt: now, expiresAt: renewedUntil });
    }
    return { account, session, permissions: permissionsOf(account), renewedUntil };
  }

  /** Housekeeping: expired sessions and failures older than the throttling window are no longer needed. */
  async purgeExpired(em: EntityManager): Promise<{ sessions: number; failures: number }> {
    const now = this.clock.now();
    const [sessions, failures] = await Promise.all([
      em.nativeDelete(Session, { expiresAt: { $lte: now } }),
      em.nativeDelete(LoginFailure, { at: { $lte: new Date(now.getTime() - this.config.loginWindowMs) } }),
    ]);
    return { sessions, failures };
  }

  async logout(ctx: Ctx): Promise<void> {
    if (!ctx.session) return;
    ctx.em.remove(ctx.em.getReference(Session, ctx.session.id));
    await ctx.em.flush();
  }

  async changePassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }): Promise<Account> {
    const signedIn = ctx.account;
    if (!signedIn || !ctx.session) throw new Error('changePassword needs a session');
    const account = await ctx.em.findOneOrFail(Account, { id: signedIn.id }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(account.passwordHash, input.currentPassword))) {
      throw new DomainError(AuthErrorCode.PASSWORD_INCORRECT, 'The current password is incorrect.', 'currentPassword');
    }
    const problem = passwordProblem(input.newPassword, account.email);
    if (problem) throw new DomainError(AuthErrorCode.PASSWORD_TOO_WEAK, problem, 'newPassword');
    if (input.newPassword === input.currentPassword) {
      throw new DomainError(AuthErrorCode.PASSWORD_TOO_WEAK, 'The new password must differ from the current one.', 'newPassword');
    }
    account.passwordHash = await hashPassword(input.newPassword);
    account.updatedAt = this.clock.now();
    // Other devices signed in with the old password are signed out, in the same flush (and audit) as the change.
    const others = await ctx.em.find(Session, { account: account.id, id: { $ne: ctx.session.id } });
    for (const session of others) ctx.em.remove(session);
    await ctx.em.flush();
    return account;
  }
}

/** A partner member's permissions come from its role; they are read per request, so role changes apply at once. */
export function permissionsOf(account: Account): Set<Permission> {
  if (account.kind !== AccountKind.PARTNER_MEMBER) return new Set();
  const role = account.role?.getEntity();
  return new Set(role?.permissions ?? []);
}
