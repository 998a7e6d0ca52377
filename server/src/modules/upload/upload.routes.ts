import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyMultipart from '@fastify/multipart';
import type { Ctx } from '../../app/context.js';
import type { UploadPurpose } from './upload.entity.js';
import { attachmentDisposition, UploadRefusal, type UploadRefusalCode } from './upload.service.js';
import { isUploadPurpose, MAX_UPLOAD_BYTES, UPLOAD_RULES } from './upload.purposes.js';

type ContextFor = (request: FastifyRequest, reply: FastifyReply) => Promise<Ctx>;

/**
 * REST: POST /api/uploads (multipart: a `purpose` field, then one `file` part) and GET /api/uploads/:id.
 * Mutations then reference the upload by id (UploadService.attach).
 */
export async function registerUploadRoutes(app: FastifyInstance, contextFor: ContextFor): Promise<void> {
  // App-wide, but this is the one multipart endpoint. Busboy fixes its limits before the purpose field is read, so the
  // file cap here is the largest purpose's; the purpose's own limit is enforced while streaming (UploadService.store).
  await app.register(fastifyMultipart, {
    limits: { files: 1, fields: 5, parts: 6, fieldNameSize: 100, fieldSize: 1024, headerPairs: 20, fileSize: MAX_UPLOAD_BYTES },
  });

  app.post('/api/uploads', async (request, reply) => {
    const ctx = await contextFor(request, reply);
    try {
      if (!ctx.account) throw new UploadRefusal(401, 'UNAUTHENTICATED', 'Sign in to upload files.');
      if (!request.isMultipart()) throw new UploadRefusal(415, 'UPLOAD_NOT_MULTIPART', 'Send the file as multipart/form-data.');
      let purpose: UploadPurpose | null = null;
      for await (const part of request.parts()) {
        if (part.type === 'field') {
          if (part.fieldname !== 'purpose') continue;
          const value = String(part.value);
          if (!isUploadPurpose(value)) {
            const known = Object.keys(UPLOAD_RULES).join(', ');
            throw new UploadRefusal(400, 'UPLOAD_PURPOSE_UNKNOWN', `Unknown purpose "${value.slice(0, 50)}"; expected one of ${known}.`);
          }
          purpose = value;
          continue;
        }
        if (part.fieldname !== 'file') throw new UploadRefusal(400, 'UPLOAD_FILE_MISSING', 'Send the file in a part named "file".');
        // The purpose decides the limits, so it has to arrive before the file's bytes.
        if (!purpose) throw new UploadRefusal(400, 'UPLOAD_PURPOSE_UNKNOWN', 'Send the "purpose" field before the file.');
        const upload = await ctx.services.uploads.store(ctx, purpose, part.filename, part.file);
        const { id, fileName, mediaType, size, sha256 } = upload;
        return reply.code(201).send({ id, fileName, mediaType, size: Number(size), sha256 });
      }
      throw purpose
        ? new UploadRefusal(400, 'UPLOAD_FILE_MISSING', 'No file was sent.')
        : new UploadRefusal(400, 'UPLOAD_PURPOSE_UNKNOWN', 'Send a "purpose" field and a file.');
    } catch (error) {
      const refusal = asRefusal(error);
      if (!refusal) throw error;
      // The body may be partly unread: close the connection rather than parse the rest as a next request.
      return reply.code(refusal.status).header('connection', 'close').send(errorBody(refusal.code, refusal.message));
    }
  });

  app.get<{ Params: { id: string } }>('/api/uploads/:id', async (request, reply) => {
    const ctx = await contextFor(request, reply);
    if (!ctx.account) return reply.code(401).send(errorBody('UNAUTHENTICATED', 'Sign in to download files.'));
    const upload = await ctx.services.uploads.findReadable(ctx, request.params.id);
    const content = upload && (await ctx.services.uploads.openContent(upload));
    if (!upload || !content) return reply.code(404).send(errorBody('NOT_FOUND', 'File not found.'));
    return reply
      .type(upload.mediaType)
      .header('content-length', String(upload.size))
      .header('content-disposition', attachmentDisposition(upload.fileName))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, no-store')
      .send(content.createReadStream());
  });
}

function errorBody(code: UploadRefusalCode, message: string) {
  return { error: { code, message } };
}

/** Our refusals, and the multipart parser's client errors (limits, malformed bodies) as UPLOAD_MALFORMED/TOO_LARGE. */
function asRefusal(error: unknown): UploadRefusal | null {
  if (error instanceof UploadRefusal) return error;
  const status = (error as { statusCode?: number } | null)?.statusCode;
  if (status === 413) return new UploadRefusal(413, 'UPLOAD_TOO_LARGE', 'Send one file and a few small fields only.');
  if (status && status >= 400 && status < 500) {
    return new UploadRefusal(400, 'UPLOAD_MALFORMED', `The multipart body could not be read: ${(error as Error).message}.`);
  }
  return null;
}
