import { createHash, randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../../common/clock.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { AuthErrorCode } from '../../common/errors/error-codes.js';
import { setAuditActor } from '../../common/audit/audit-scope.js';
import { Account, AccountStatus } from './account.entity.js';
import { PasswordLink } from './password-link.entity.js';
import { Session } from './session.entity.js';
import { hashPassword, passwordProblem } from './password.js';

/** A set-password link stays usable this long. */
export const PASSWORD_LINK_DAYS = 7;
/** The password hash of an account that has not set one yet: no password verifies against it. */
export const NO_PASSWORD = '!no-password-set';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export type PasswordLinkInfo = { email: string; displayName: string; expiresAt: Date };

/**
 * One-time links to set a password, for new partner administrators and members. No mail server is configured, so the
 * link is returned to the operator or administrator who created the account and shown in the console.
 */
export class PasswordLinkService {
  constructor(private readonly clock: Clock) {}

  /** Creates a link (earlier unused links of the account stop working) and returns its path; the caller flushes. */
  async issue(em: EntityManager, account: Account): Promise<string> {
    const now = this.clock.now();
    const earlier = await em.find(PasswordLink, { account: account.id, usedAt: null });
    for (const link of earlier) link.usedAt = now;
    const token = randomBytes(32).toString('base64url');
    em.create(PasswordLink, {
      account,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + PASSWORD_LINK_DAYS * 86_400_000),
    });
    return `/set-password?token=${token}`;
  }

  /** Who the link is for, so the page can greet them; invalid, used or expired links answer PASSWORD_LINK_INVALID. */
  async describe(em: EntityManager, token: string): Promise<PasswordLinkInfo> {
    const link = await this.usableLink(em, token);
    const account = await link.account.loadOrFail();
    return { email: account.email, displayName: account.displayName, expiresAt: link.expiresAt };
  }

  async setPassword(em: EntityManager, token: string, password: string): Promise<Account> {
    const link = await this.usableLink(em, token);
    const account = await em.findOneOrFail(Account, { id: link.account.id }, { populate: ['passwordHash'] });
    // The link's holder acts as the account: the audit entry names it even though the request is anonymous.
    setAuditActor({ id: account.id, email: account.email, kind: account.kind, partnerId: account.partner?.id ?? null });
    if (account.status !== AccountStatus.ACTIVE) {
      throw new DomainError(AuthErrorCode.LOGIN_ACCOUNT_INACTIVE, 'This account has been deactivated. Ask your administrator.', 'token');
    }
    const problem = passwordProblem(password, account.email);
    if (problem) throw new DomainError(AuthErrorCode.PASSWORD_TOO_WEAK, problem, 'password');
    const now = this.clock.now();
    account.passwordHash = await hashPassword(password);
    account.updatedAt = now;
    link.usedAt = now;
    // A link also serves as a reset: devices signed in with an earlier password are signed out.
    for (const session of await em.find(Session, { account: account.id })) em.remove(session);
    await em.flush();
    return account;
  }

  private async usableLink(em: EntityManager, token: string): Promise<PasswordLink> {
    const link = token && token.length <= 100 ? await em.findOne(PasswordLink, { tokenHash: hashToken(token) }) : null;
    if (!link || link.usedAt || link.expiresAt <= this.clock.now()) {
      throw new DomainError(
        AuthErrorCode.PASSWORD_LINK_INVALID,
        'This link is not valid any more: it was used, replaced by a newer one, or has expired. Ask for a new link.',
        'token',
      );
    }
    return link;
  }
}
