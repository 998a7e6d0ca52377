import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../app/context.js';
import type { Permission } from '../auth/permission.js';
import { DomainError } from '../errors/domain-error.js';
import { ErrorCode } from '../errors/error-codes.js';
import { CONTENT_TYPES, type ExportFormat, type ExportWriter } from './export-writer.js';

/** The request context of a REST route (sessions, permissions, tenant-filtered entity manager). */
export type ContextFor = (request: FastifyRequest, reply: FastifyReply) => Promise<Ctx>;

/** `csv` or `xlsx` from the route's `.:format`; null for anything else (the route answers 404). */
export function exportFormatOf(value: string): ExportFormat | null {
  return value === 'csv' || value === 'xlsx' ? value : null;
}

/**
 * The signed-in partner member's context when they hold `permission`; otherwise answers 401 (no session) or 403 and
 * returns null.
 */
export async function exportContext(contextFor: ContextFor, permission: Permission, request: FastifyRequest, reply: FastifyReply): Promise<Ctx | null> {
  const ctx = await contextFor(request, reply);
  if (!ctx.account) {
    await reply.code(401).send({ error: 'Sign in to export.' });
    return null;
  }
  if (!ctx.partnerId || !ctx.permissions.has(permission)) {
    await reply.code(403).send({ error: 'Your role does not allow this export.' });
    return null;
  }
  return ctx;
}

/**
 * Sends the file with its headers, then fills it as the client reads; an error after the headers went out aborts the
 * download. `X-Total-Rows` tells the client how many data rows to expect (a progress bar).
 */
export async function streamExport(reply: FastifyReply, ctx: Ctx, writer: ExportWriter, fileName: string, totalRows: number, fill: () => Promise<void>) {
  reply
    .header('content-type', CONTENT_TYPES[fileName.endsWith('.csv') ? 'csv' : 'xlsx'])
    .header('content-disposition', `attachment; filename="${fileName}"`)
    .header('cache-control', 'private, no-store')
    .header('x-total-rows', String(totalRows))
    .header('access-control-expose-headers', 'X-Total-Rows');
  void fill()
    .then(() => writer.end())
    .catch((error: Error) => {
      ctx.request.log.error({ err: error }, 'export failed');
      writer.fail(error);
    });
  return reply.send(writer.output);
}

/** A domain error before the file starts: 404 for NOT_FOUND, else 400 with the code and field. Others are rethrown. */
export function refuseExport(reply: FastifyReply, error: unknown) {
  if (error instanceof DomainError) {
    return reply.code(error.code === ErrorCode.NOT_FOUND ? 404 : 400).send({ error: error.message, code: error.code, field: error.field });
  }
  throw error;
}
