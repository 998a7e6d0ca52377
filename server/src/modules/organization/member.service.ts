import { ForeignKeyConstraintViolationException, raw, ref, UniqueConstraintViolationException, type FilterQuery } from '@mikro-orm/core';
import { isEmail } from 'class-validator';
import type { Ctx } from '../../app/context.js';
import { requireAccount, requirePartnerId } from '../../app/context.js';
import type { Clock } from '../../common/clock.js';
import { ADMINISTRATOR_ROLE_KEY } from '../../common/auth/permission.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { ErrorCode, MemberErrorCode } from '../../common/errors/error-codes.js';
import { paginate, type Connection } from '../../common/pagination/connection.js';
import { isUuid } from '../../common/ids.js';
import { Account, AccountKind, AccountStatus } from '../account/account.entity.js';
import { Session } from '../account/session.entity.js';
import { normalizeEmail } from '../account/auth.service.js';
import { NO_PASSWORD } from '../account/password-link.service.js';
import { Role } from './role.entity.js';
import { escapeLike } from './role.service.js';
import type { AssignMemberRoleInput, CreateMemberInput, MembersArgs, UpdateMemberInput } from './member.inputs.js';

export const EMAIL_REGISTERED_MESSAGE = 'The email address has been registered';

export type MemberWithLink = { member: Account; setPasswordLink: string };

/** Partner-wide facts that list fields need, read once per request instead of once per row. */
type RequestMemo = { roleCounts?: Promise<Map<string, number>>; awaitingPassword?: Promise<Set<string>> };

/**
 * Members are the `Account` rows (kind PARTNER_MEMBER) of the caller's partner. Accounts are not tenant-filtered
 * (sign-in finds them by e-mail before any tenant is known), so every query here names the partner itself.
 */
export class MemberService {
  private readonly memo = new WeakMap<Ctx, RequestMemo>();

  constructor(private readonly clock: Clock) {}

  list(ctx: Ctx, args: MembersArgs): Promise<Connection<Account>> {
    const conditions: FilterQuery<Account>[] = [this.scope(ctx)];
    if (args.search?.trim()) {
      const like = `%${escapeLike(args.search.trim())}%`;
      conditions.push({ $or: [{ displayName: { $ilike: like } }, { email: { $ilike: like } }] });
    }
    if (args.roleId) conditions.push({ role: args.roleId });
    if (args.status) conditions.push({ status: args.status });
    return paginate(ctx.em, Account, { $and: conditions }, args, { sortBy: 'createdAt' });
  }

  /** Another partner's member answers NOT_FOUND, exactly like an unknown id. */
  async get(ctx: Ctx, id: string): Promise<Account> {
    const member = isUuid(id) ? await ctx.em.findOne(Account, { id, ...this.scope(ctx) }) : null;
    if (!member) throw new NotFoundError('Member');
    return member;
  }

  /** R-ORG-1: members are created by the administrator (MEMBERS_MANAGE), never with the Administrator role. */
  async create(ctx: Ctx, input: CreateMemberInput): Promise<MemberWithLink> {
    const partnerId = requirePartnerId(ctx);
    const displayName = requireName(input.displayName);
    const email = normalizeEmail(input.email);
    if (!isEmail(email)) throw new DomainError(ErrorCode.VALIDATION, 'Enter a valid e-mail address.', 'email');
    // R-ORG-2: one e-mail, one account, whatever its kind or partner.
    if ((await ctx.em.count(Account, { email })) > 0) throw emailRegistered();
    const role = await this.assignableRole(ctx, input.roleId);
    const now = this.clock.now();
    const member = ctx.em.create(Account, {
      kind: AccountKind.PARTNER_MEMBER,
      email,
      displayName,
      mobile: input.mobile?.trim() || null,
      passwordHash: NO_PASSWORD,
      partner: partnerId,
      role,
      createdAt: now,
      updatedAt: now,
    });
    const setPasswordLink = await ctx.services.passwordLinks.issue(ctx.em, member);
    await this.flush(ctx);
    return { member, setPasswordLink };
  }

  async update(ctx: Ctx, input: UpdateMemberInput): Promise<Account> {
    const member = await this.get(ctx, input.id);
    if (input.displayName !== undefined) member.displayName = requireName(input.displayName);
    if (input.mobile !== undefined) member.mobile = input.mobile?.trim() || null;
    member.updatedAt = this.clock.now();
    await this.flush(ctx);
    return member;
  }

  /** R-ORG-1: only the administrator assigns roles; the master account keeps its role, and nobody changes their own. */
  async assignRole(ctx: Ctx, input: AssignMemberRoleInput): Promise<Account> {
    const member = await this.get(ctx, input.id);
    await this.refuseSelfOrAdministrator(ctx, member, 'change the role of');
    member.role = ref(await this.assignableRole(ctx, input.roleId));
    member.updatedAt = this.clock.now();
    await this.flush(ctx);
    return member;
  }

  /** Deactivation ends the member's sessions in the same flush, so it takes effect on their very next request. */
  async deactivate(ctx: Ctx, id: string): Promise<Account> {
    const member = await this.get(ctx, id);
    await this.refuseSelfOrAdministrator(ctx, member, 'deactivate');
    if (member.status !== AccountStatus.INACTIVE) {
      member.status = AccountStatus.INACTIVE;
      member.updatedAt = this.clock.now();
      for (const session of await ctx.em.find(Session, { account: member.id })) ctx.em.remove(session);
      await this.flush(ctx);
    }
    return member;
  }

  async reactivate(ctx: Ctx, id: string): Promise<Account> {
    const member = await this.get(ctx, id);
    if (member.status !== AccountStatus.ACTIVE) {
      member.status = AccountStatus.ACTIVE;
      member.updatedAt = this.clock.now();
      await this.flush(ctx);
    }
    return member;
  }

  /**
   * A new one-time link (earlier ones stop working). It also serves as a password reset: the current password keeps
   * working until the member sets a new one.
   */
  async resendSetPasswordLink(ctx: Ctx, id: string): Promise<MemberWithLink> {
    const member = await this.get(ctx, id);
    const setPasswordLink = await ctx.services.passwordLinks.issue(ctx.em, member);
    await this.flush(ctx);
    return { member, setPasswordLink };
  }

  /** How many of the caller's members hold `roleId`: one grouped count per request, however many roles are shown. */
  async countHolders(ctx: Ctx, roleId: string): Promise<number> {
    const memo = this.memoOf(ctx);
    memo.roleCounts ??= ctx.em
      .createQueryBuilder(Account, 'a')
      .select(['a.role', raw('count(*)::int as holders')])
      .where({ ...this.scope(ctx), role: { $ne: null } })
      .groupBy('a.role')
      .execute<{ role_id: string; holders: number }[]>('all', false)
      .then((rows) => new Map(rows.map((row) => [row.role_id, row.holders])));
    return (await memo.roleCounts).get(roleId) ?? 0;
  }

  /** Whether the member has set a password: one query per request for the partner's members still waiting. */
  async hasSetPassword(ctx: Ctx, memberId: string): Promise<boolean> {
    const memo = this.memoOf(ctx);
    memo.awaitingPassword ??= ctx.em
      .createQueryBuilder(Account, 'a')
      .select('a.id')
      .where({ ...this.scope(ctx), passwordHash: NO_PASSWORD })
      .execute<{ id: string }[]>('all', false)
      .then((rows) => new Set(rows.map((row) => row.id)));
    return !(await memo.awaitingPassword).has(memberId);
  }

  async isAdministrator(member: Account): Promise<boolean> {
    const role = await member.role?.load();
    return role?.builtInKey === ADMINISTRATOR_ROLE_KEY;
  }

  private scope(ctx: Ctx): { partner: string; kind: AccountKind } {
    return { partner: requirePartnerId(ctx), kind: AccountKind.PARTNER_MEMBER };
  }

  /** A built-in role or one of the partner's own (the tenant filter hides the rest), never Administrator (R-ORG-1). */
  private async assignableRole(ctx: Ctx, roleId: string): Promise<Role> {
    const role = isUuid(roleId) ? await ctx.em.findOne(Role, { id: roleId }) : null;
    if (!role) throw new NotFoundError('Role', 'roleId');
    if (role.builtInKey === ADMINISTRATOR_ROLE_KEY) {
      throw new DomainError(
        MemberErrorCode.MEMBER_ADMINISTRATOR_ROLE,
        'The Administrator role belongs to the master account and cannot be given to a member.',
        'roleId',
      );
    }
    return role;
  }

  private async refuseSelfOrAdministrator(ctx: Ctx, member: Account, action: string): Promise<void> {
    if (member.id === requireAccount(ctx).id) {
      throw new DomainError(MemberErrorCode.MEMBER_SELF, `You cannot ${action} your own account.`, 'id');
    }
    if (await this.isAdministrator(member)) {
      throw new DomainError(MemberErrorCode.MEMBER_IS_ADMINISTRATOR, `You cannot ${action} the administrator (master) account.`, 'id');
    }
  }

  private memoOf(ctx: Ctx): RequestMemo {
    let memo = this.memo.get(ctx);
    if (!memo) this.memo.set(ctx, (memo = {}));
    return memo;
  }

  /**
   * Two requests creating the same e-mail both pass the check; the unique key lets one win and the other gets the
   * same R-ORG-2 error. A role deleted meanwhile fails the foreign key: NOT_FOUND, as if it had been gone already.
   */
  private async flush(ctx: Ctx): Promise<void> {
    try {
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        ctx.em.clear();
        throw emailRegistered();
      }
      if (error instanceof ForeignKeyConstraintViolationException) {
        ctx.em.clear();
        throw new NotFoundError('Role', 'roleId');
      }
      throw error;
    }
    // Counts and flags read earlier in this request are stale now.
    this.memo.delete(ctx);
  }
}

function requireName(displayName: string): string {
  const name = displayName.trim();
  if (!name) throw new DomainError(ErrorCode.VALIDATION, 'Enter the member’s name.', 'displayName');
  return name;
}

function emailRegistered(): DomainError {
  return new DomainError(MemberErrorCode.EMAIL_REGISTERED, EMAIL_REGISTERED_MESSAGE, 'email');
}
