import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Ctx } from '../../app/context.js';
import { requirePartnerId } from '../../app/context.js';
import type { Clock } from '../../common/clock.js';
import { DomainError, NotFoundError } from '../../common/errors/domain-error.js';
import { RoleErrorCode } from '../../common/errors/error-codes.js';
import { paginate, type Connection } from '../../common/pagination/connection.js';
import { isUuid } from '../../common/ids.js';
import { Role } from './role.entity.js';
import { ADMINISTRATOR_ONLY_PERMISSIONS, ALL_PERMISSIONS, type Permission } from '../../common/auth/permission.js';
import { Account } from '../account/account.entity.js';
import type { CreateRoleInput, RolesArgs, UpdateRoleInput } from './role.inputs.js';

/** Roles are data: built-in ones shared by every partner, custom ones owned by one partner (R-ORG-1). */
export class RoleService {
  constructor(private readonly clock: Clock) {}

  list(ctx: Ctx, args: RolesArgs): Promise<Connection<Role>> {
    const where = args.search ? { name: { $ilike: `%${escapeLike(args.search)}%` } } : {};
    return paginate(ctx.em, Role, where, args, { sortBy: 'createdAt' });
  }

  /** Another partner's role answers NOT_FOUND: the tenant filter hides it. */
  async get(ctx: Ctx, id: string): Promise<Role> {
    const role = isUuid(id) ? await ctx.em.findOne(Role, { id }) : null;
    if (!role) throw new NotFoundError('Role');
    return role;
  }

  async create(ctx: Ctx, input: CreateRoleInput): Promise<Role> {
    const partnerId = requirePartnerId(ctx);
    this.refuseUngrantablePermissions(ctx, input.permissions);
    const name = input.name.trim();
    await this.refuseTakenName(ctx, name);
    const now = this.clock.now();
    const role = ctx.em.create(Role, {
      partner: partnerId,
      name,
      description: input.description?.trim() || null,
      permissions: [...new Set(input.permissions)],
      createdAt: now,
      updatedAt: now,
    });
    await this.flush(ctx);
    return role;
  }

  async update(ctx: Ctx, input: UpdateRoleInput): Promise<Role> {
    const role = await this.get(ctx, input.id);
    if (role.builtIn) throw new DomainError(RoleErrorCode.ROLE_BUILT_IN, 'Built-in roles cannot be changed.', 'id');
    if (ctx.account?.role?.id === role.id) {
      throw new DomainError(RoleErrorCode.ROLE_OWN, 'You cannot change the role you hold yourself; ask another administrator.', 'id');
    }
    if (input.permissions) this.refuseUngrantablePermissions(ctx, input.permissions);
    if (input.name !== undefined && input.name.trim() !== role.name) {
      await this.refuseTakenName(ctx, input.name.trim());
      role.name = input.name.trim();
    }
    if (input.description !== undefined) role.description = input.description?.trim() || null;
    if (input.permissions) role.permissions = [...new Set(input.permissions)];
    role.updatedAt = this.clock.now();
    await this.flush(ctx);
    return role;
  }

  /**
   * Deletes a custom role nobody holds. The role row is locked first: a concurrent assignment of this role either
   * commits before (and is counted here) or waits and then fails its foreign key, so no member is left without a role.
   */
  async delete(ctx: Ctx, id: string): Promise<string> {
    const role = await this.get(ctx, id);
    if (role.builtIn) throw new DomainError(RoleErrorCode.ROLE_BUILT_IN, 'Built-in roles cannot be deleted.', 'id');
    return ctx.em.transactional(async (em) => {
      const locked = await em.findOneOrFail(Role, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const holders = await em.count(Account, { role: id });
      if (holders > 0) {
        throw new DomainError(
          RoleErrorCode.ROLE_IN_USE,
          `This role is held by ${holders} member${holders === 1 ? '' : 's'}; give ${holders === 1 ? 'them' : 'each of them'} another role first.`,
          'id',
        );
      }
      em.remove(locked);
      await em.flush();
      return id;
    });
  }

  /** What the caller may put into a custom role: what it holds, minus the administrator-only permissions (R-ORG-1). */
  grantablePermissions(ctx: Ctx): Permission[] {
    return ALL_PERMISSIONS.filter((p) => ctx.permissions.has(p) && !ADMINISTRATOR_ONLY_PERMISSIONS.includes(p));
  }

  /**
   * R-ORG-1: a role manager can hand out only what it holds itself, so ROLES_MANAGE cannot be turned into more; and
   * managing members and roles stays with the Administrator role, never a custom one.
   */
  private refuseUngrantablePermissions(ctx: Ctx, permissions: Permission[]): void {
    const unheld = permissions.filter((p) => !ctx.permissions.has(p));
    if (unheld.length > 0) {
      throw new DomainError(
        RoleErrorCode.ROLE_PERMISSION_NOT_HELD,
        `You cannot grant permissions you do not hold: ${unheld.join(', ')}.`,
        'permissions',
      );
    }
    const administratorOnly = permissions.filter((p) => ADMINISTRATOR_ONLY_PERMISSIONS.includes(p));
    if (administratorOnly.length > 0) {
      throw new DomainError(
        RoleErrorCode.ROLE_ADMINISTRATOR_ONLY_PERMISSION,
        `Only the administrator may hold ${administratorOnly.join(', ')}; a custom role cannot include ${administratorOnly.length === 1 ? 'it' : 'them'}.`,
        'permissions',
      );
    }
  }

  private async refuseTakenName(ctx: Ctx, name: string): Promise<void> {
    const taken = await ctx.em.count(Role, { name: { $ilike: escapeLike(name) } });
    if (taken > 0) throw new DomainError(RoleErrorCode.ROLE_NAME_TAKEN, `A role named "${name}" already exists.`, 'name');
  }

  /** Two admins creating the same name at once: the unique key decides, and the loser gets the same clear error. */
  private async flush(ctx: Ctx): Promise<void> {
    try {
      await ctx.em.flush();
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) {
        ctx.em.clear();
        throw new DomainError(RoleErrorCode.ROLE_NAME_TAKEN, 'A role with this name already exists.', 'name');
      }
      throw error;
    }
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
