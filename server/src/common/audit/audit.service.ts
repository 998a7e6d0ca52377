import type { FilterQuery } from '@mikro-orm/postgresql';
import type { Ctx } from '../../app/context.js';
import { AccountKind } from '../../modules/account/account.entity.js';
import { paginate, type Connection } from '../pagination/connection.js';
import { crossTenantEm } from '../db/tenant.js';
import { AuditEntry } from './audit-entry.entity.js';
import type { AuditLogArgs } from './audit.inputs.js';

/** Reads the audit log: operators see every partner's entries, partner administrators their own partner's. */
export class AuditService {
  list(ctx: Ctx, args: AuditLogArgs): Promise<Connection<AuditEntry>> {
    const f = args.filter ?? {};
    const operator = ctx.account?.kind === AccountKind.OPERATOR;
    const where: FilterQuery<AuditEntry> = {
      ...(f.entityType ? { entityType: f.entityType } : {}),
      ...(f.entityId ? { entityId: f.entityId } : {}),
      ...(f.operation ? { operation: f.operation } : {}),
      ...(f.actorId ? { actorId: f.actorId } : {}),
      ...(operator && f.partnerId ? { partner: f.partnerId } : {}),
      ...(f.from || f.to ? { at: { ...(f.from ? { $gte: f.from } : {}), ...(f.to ? { $lt: f.to } : {}) } } : {}),
    };
    return paginate(operator ? crossTenantEm(ctx.em) : ctx.em, AuditEntry, where, args, { sortBy: 'at', direction: 'DESC' });
  }
}
