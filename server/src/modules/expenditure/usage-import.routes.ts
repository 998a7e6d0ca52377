import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import type { Ctx } from '../../app/context.js';
import { runInAuditScope } from '../../common/audit/audit-scope.js';
import { AccountKind } from '../account/account.entity.js';
import { ImportRefusal } from './usage-import.service.js';

type ContextFor = (request: FastifyRequest, reply: FastifyReply) => Promise<Ctx>;

/**
 * REST: PUT /api/usage-imports/:id/content with the CSV file as the raw body (text/csv). The body is streamed into the
 * import, never held whole in memory; the answer is the finished import (COMPLETED, or FAILED with the row and reason).
 */
export async function registerUsageImportRoutes(app: FastifyInstance, contextFor: ContextFor): Promise<void> {
  await app.register(async (scope) => {
    // Hand the body over as a stream (no buffering, no body limit here: the import enforces its own cap).
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

    scope.put<{ Params: { id: string } }>('/api/usage-imports/:id/content', async (request, reply) => {
      const ctx = await contextFor(request, reply);
      if (!ctx.account) return reply.code(401).header('connection', 'close').send({ error: 'Sign in to import usage records.' });
      if (ctx.account.kind !== AccountKind.OPERATOR) return reply.code(403).header('connection', 'close').send({ error: 'Only operators import usage records.' });
      try {
        const account = ctx.account;
        const scope = {
          operation: 'importUsageRecords',
          requestId: ctx.requestId,
          at: () => ctx.clock.now(),
          actorId: account.id,
          actorEmail: account.email,
          actorKind: account.kind,
          partnerId: ctx.partnerId,
        };
        const usageImport = await runInAuditScope(scope, () => ctx.services.usageImports.run(ctx, request.params.id, request.body as Readable));
        return reply.send({
          id: usageImport.id,
          status: usageImport.status,
          rowsRead: usageImport.rowsRead,
          bytesRead: Number(usageImport.bytesRead),
          accepted: usageImport.accepted,
          duplicates: usageImport.duplicates,
          errorRow: usageImport.errorRow,
          errorMessage: usageImport.errorMessage,
        });
      } catch (error) {
        if (error instanceof ImportRefusal) return reply.code(error.status).header('connection', 'close').send({ error: error.message });
        throw error;
      }
    });
  });
}
