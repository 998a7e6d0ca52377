import { Args, Authorized, Ctx as GqlCtx, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../app/context.js';
import { OPERATOR } from '../auth/auth-checker.js';
import { Permission } from '../auth/permission.js';
import { ConnectionType, type Connection } from '../pagination/connection.js';
import { AuditEntry } from './audit-entry.entity.js';
import { AuditLogArgs } from './audit.inputs.js';

const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@Resolver()
export class AuditResolver {
  @Authorized(OPERATOR, Permission.AUDIT_VIEW)
  @Query(() => AuditEntryConnection, { description: 'Every change made through the API, newest first (R-SV-3).' })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @GqlCtx() ctx: Ctx): Promise<Connection<AuditEntry>> {
    return ctx.services.audit.list(ctx, args);
  }
}
