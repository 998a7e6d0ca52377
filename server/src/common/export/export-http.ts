import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Ctx } from '../../app/context.js';
import type { Permission } from '../auth/permission.js';
import { DomainError } from '../errors/domain-error.js';
import { ErrorCode } from '../errors/error-codes.js';
import { CONTENT_TYPES, createExportWriter, type ExportCell, type ExportColumn, type ExportFormat } from './export-writer.js';

/** The request context of a REST route (sessions, permissions, tenant-filtered entity manager). */
export type ContextFor = (request: FastifyRequest, reply: FastifyReply) => Promise<Ctx>;
export type ExportQuery = Record<string, string | undefined>;

/** What an export writes: decided (and validated) before the file starts, then written row by row as it streams. */
export type ExportPlan = {
  /** Without the extension. */
  fileName: string;
  sheetName: string;
  columns: readonly ExportColumn[];
  /** The data rows to expect (`X-Total-Rows`, for a progress bar). */
  totalRows: number;
  writeRows(write: (row: readonly ExportCell[]) => Promise<void>): Promise<void>;
};

/**
 * Registers `GET <path>.csv|.xlsx` for signed-in partner members holding `permission` (401 without a session, 403
 * without the permission, 404 for another format). `plan` runs with the caller's context (tenant filter, scoping); a
 * domain error it throws answers 400 (404 for NOT_FOUND) before anything is sent. The file then streams as the client
 * reads it; an error after the headers went out aborts the download.
 */
export function registerExport(
  app: FastifyInstance,
  contextFor: ContextFor,
  permission: Permission,
  path: string,
  plan: (ctx: Ctx, query: ExportQuery) => Promise<ExportPlan>,
): void {
  app.get<{ Params: { format: string }; Querystring: ExportQuery }>(`${path}.:format`, async (request, reply) => {
    const format: ExportFormat | null = request.params.format === 'csv' || request.params.format === 'xlsx' ? request.params.format : null;
    if (!format) return reply.code(404).send({ error: 'Unknown export format; use csv or xlsx.' });
    const ctx = await contextFor(request, reply);
    if (!ctx.account) return reply.code(401).send({ error: 'Sign in to export.' });
    if (!ctx.partnerId || !ctx.permissions.has(permission)) return reply.code(403).send({ error: 'Your role does not allow this export.' });
    let file: ExportPlan;
    try {
      file = await plan(ctx, request.query);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return reply.code(error.code === ErrorCode.NOT_FOUND ? 404 : 400).send({ error: error.message, code: error.code, field: error.field });
    }
    const writer = createExportWriter(format, file.sheetName, file.columns);
    reply
      .header('content-type', CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${file.fileName}.${format}"`)
      .header('cache-control', 'private, no-store')
      .header('x-total-rows', String(file.totalRows))
      .header('access-control-expose-headers', 'X-Total-Rows');
    void file
      .writeRows((row) => writer.write(row))
      .then(() => writer.end())
      .catch((error: Error) => {
        ctx.request.log.error({ err: error }, 'export failed');
        writer.fail(error);
      });
    return reply.send(writer.output);
  });
}
