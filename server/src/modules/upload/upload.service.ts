import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { fileTypeFromFile } from 'file-type';
import type { Config } from '../../app/config.js';
import type { Ctx } from '../../app/context.js';
import { requireAccount } from '../../app/context.js';
import { runInAuditScope } from '../../common/audit/audit-scope.js';
import type { Clock } from '../../common/clock.js';
import { DomainError } from '../../common/errors/domain-error.js';
import { UploadErrorCode } from '../../common/errors/error-codes.js';
import { AccountKind } from '../account/account.entity.js';
import { Upload, UploadPurpose } from './upload.entity.js';
import { baseFileName, describeMediaTypes, extensionProblem, UPLOAD_RULES, type AllowedMediaType, type UploadRule } from './upload.purposes.js';

/** Uploads no mutation has attached by then are deleted (they were abandoned forms). */
export const UNATTACHED_TTL_MS = 24 * 3600_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Codes of the REST endpoints' `{ error: { code, message } }` answers. */
export type UploadRefusalCode =
  | 'UNAUTHENTICATED'
  | 'NOT_FOUND'
  | 'UPLOAD_NOT_MULTIPART'
  | 'UPLOAD_MALFORMED'
  | 'UPLOAD_PURPOSE_UNKNOWN'
  | 'UPLOAD_FILE_MISSING'
  | 'UPLOAD_TOO_LARGE'
  | 'UPLOAD_TYPE_NOT_ALLOWED'
  | 'UPLOAD_NAME_INVALID';

/** A refused upload: the route answers it as `{ error: { code, message } }` with the status. */
export class UploadRefusal extends Error {
  constructor(
    readonly status: 400 | 401 | 404 | 413 | 415,
    readonly code: UploadRefusalCode,
    message: string,
  ) {
    super(message);
    this.name = 'UploadRefusal';
  }
}

/** Who else may download an upload of a purpose, besides its uploader and operators. */
export type UploadReader = (ctx: Ctx, upload: Upload) => Promise<boolean>;
const readers = new Map<UploadPurpose, UploadReader>();

/**
 * Lets the module that owns a purpose grant downloads (e.g. the certificate module: partner members may read the
 * proofs of their associated personnel). One reader per purpose; registering again replaces it. Returns an undo
 * that puts back the reader it replaced.
 */
export function registerUploadReader(purpose: UploadPurpose, reader: UploadReader): () => void {
  const previous = readers.get(purpose);
  readers.set(purpose, reader);
  return () => {
    if (readers.get(purpose) !== reader) return;
    if (previous) readers.set(purpose, previous);
    else readers.delete(purpose);
  };
}

/** What the upload endpoint receives: busboy's file stream, which sets `truncated` when it hit the parser's cap. */
export type IncomingFile = Readable & { truncated?: boolean };

export class UploadService {
  constructor(
    private readonly config: Config,
    private readonly clock: Clock,
  ) {}

  /** Where an upload's content lives: named by id only, so no client input ever reaches a path. */
  pathOf(id: string): string {
    return path.join(this.config.uploadDir, id);
  }

  async ensureDirectory(): Promise<void> {
    await mkdir(this.config.uploadDir, { recursive: true });
  }

  /**
   * Streams the file to a temporary file while hashing and counting, sniffs its type, checks the purpose's rules and
   * stores it under its id with its row. On any failure nothing stays on disk or in the database.
   */
  async store(ctx: Ctx, purpose: UploadPurpose, clientFileName: string, content: IncomingFile): Promise<Upload> {
    const account = requireAccount(ctx);
    const rule = UPLOAD_RULES[purpose];
    const fileName = baseFileName(clientFileName);
    const nameProblem = rule.fileNameProblem(fileName);
    if (nameProblem) throw new UploadRefusal(400, 'UPLOAD_NAME_INVALID', nameProblem);

    const id = randomUUID();
    const tempPath = `${this.pathOf(id)}.part`;
    const hash = createHash('sha256');
    let size = 0;
    const meter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        size += chunk.length;
        // Failing here destroys the pipeline, so the rest of the body is not read.
        if (size > rule.maxBytes) return done(tooLarge(rule));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    // Busboy's cap skips the rest of the part but still reads it: fail at once instead, which stops reading the body.
    content.once('limit', () => content.destroy(tooLarge(rule)));
    let mediaType: AllowedMediaType;
    const sink = createWriteStream(tempPath, { flags: 'wx' });
    try {
      await pipeline(content, meter, sink).catch((error: unknown) => {
        // The body itself broke off (client gone, malformed multipart): the client's fault, not a server error.
        if (error === content.errored && !(error instanceof UploadRefusal)) {
          throw new UploadRefusal(400, 'UPLOAD_MALFORMED', 'The file arrived incomplete; send it again.');
        }
        throw error;
      });
      // Belt and braces: the parser's own cap (the largest purpose's) cut the file short.
      if (content.truncated) throw tooLarge(rule);
      if (size === 0) throw new UploadRefusal(400, 'UPLOAD_FILE_MISSING', 'The file is empty.');
      mediaType = await this.sniff(tempPath, rule);
      const mismatch = extensionProblem(fileName, mediaType);
      if (mismatch) throw new UploadRefusal(400, 'UPLOAD_NAME_INVALID', mismatch);
      await rename(tempPath, this.pathOf(id));
    } catch (error) {
      // A failed pipeline settles before the file stream has opened and closed its file; removing it earlier would
      // race the open on libuv's pool and could leave an empty .part behind.
      if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
      await rm(tempPath, { force: true });
      throw error;
    }

    const upload = ctx.em.create(Upload, {
      id,
      uploadedBy: account.id,
      purpose,
      fileName,
      mediaType,
      size,
      sha256: hash.digest('hex'),
      createdAt: this.clock.now(),
    });
    try {
      await runInAuditScope(
        {
          operation: 'uploadFile',
          requestId: ctx.requestId,
          at: () => this.clock.now(),
          actorId: account.id,
          actorEmail: account.email,
          actorKind: account.kind,
          partnerId: ctx.partnerId,
        },
        () => ctx.em.flush(),
      );
    } catch (error) {
      await rm(this.pathOf(id), { force: true });
      throw error;
    }
    return upload;
  }

  /** The type from the content's magic bytes; the client's Content-Type is never consulted. */
  private async sniff(filePath: string, rule: UploadRule): Promise<AllowedMediaType> {
    const sniffed = await fileTypeFromFile(filePath);
    const allowed = rule.mediaTypes as readonly string[];
    if (sniffed && allowed.includes(sniffed.mime)) return sniffed.mime as AllowedMediaType;
    const found = sniffed ? ` The content is ${sniffed.ext.toUpperCase()}.` : '';
    throw new UploadRefusal(415, 'UPLOAD_TYPE_NOT_ALLOWED', `The file must be ${describeMediaTypes(rule.mediaTypes)}.${found}`);
  }

  /**
   * The upload if the caller may download it: its uploader, operators, or whom the purpose's reader allows.
   * Everyone else gets null, as for an unknown id, so existence is never revealed.
   */
  async findReadable(ctx: Ctx, id: string): Promise<Upload | null> {
    const account = ctx.account;
    if (!account || !UUID.test(id)) return null;
    const upload = await ctx.em.findOne(Upload, id);
    if (!upload) return null;
    if (upload.uploadedBy.id === account.id || account.kind === AccountKind.OPERATOR) return upload;
    const reader = readers.get(upload.purpose);
    return reader && (await reader(ctx, upload)) ? upload : null;
  }

  /** Opens the stored content; null when the file is gone (purged in between). */
  async openContent(upload: Upload): Promise<FileHandle | null> {
    try {
      return await open(this.pathOf(upload.id), 'r');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  /**
   * For a mutation that references an upload id (e.g. a certificate's proof): the caller's own, unattached upload of
   * that purpose is marked attached. The caller flushes, so the mark commits with the mutation's change.
   */
  async attach(em: EntityManager, ctx: Ctx, uploadId: string, purpose: UploadPurpose, field = 'uploadId'): Promise<Upload> {
    const account = requireAccount(ctx);
    // Inside a transaction, lock the row so two concurrent mutations cannot both attach it.
    const options = em.isInTransaction() ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {};
    const upload = UUID.test(uploadId) ? await em.findOne(Upload, uploadId, options) : null;
    // Someone else's upload is "not found": its existence is not revealed.
    if (!upload || upload.uploadedBy.id !== account.id) {
      throw new DomainError(UploadErrorCode.UPLOAD_NOT_FOUND, 'The uploaded file was not found. Upload it again.', field);
    }
    if (upload.purpose !== purpose) {
      throw new DomainError(UploadErrorCode.UPLOAD_WRONG_PURPOSE, 'This file was uploaded for another purpose. Upload it again here.', field);
    }
    if (upload.attachedAt) {
      throw new DomainError(UploadErrorCode.UPLOAD_ALREADY_ATTACHED, 'This file is already in use. Upload it again.', field);
    }
    upload.attachedAt = this.clock.now();
    return upload;
  }

  /**
   * Housekeeping: deletes uploads never attached within 24 hours, rows first (a file without a row is unreachable,
   * a row without a file would be a broken link). Also removes `.part` files older than that, which only a crash in
   * the middle of an upload leaves. Bookkeeping, so not audited. Returns how many uploads were removed.
   */
  async purgeUnattached(em: EntityManager): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - UNATTACHED_TTL_MS);
    // One statement: an upload attached meanwhile is not deleted, and only the deleted ids lose their files.
    const deleted = await em.getConnection().execute<{ id: string }[]>(
      'delete from upload where attached_at is null and created_at <= ? returning id',
      [cutoff],
    );
    await Promise.all(deleted.map((row) => rm(this.pathOf(row.id), { force: true })));
    await this.removeStalePartFiles(cutoff);
    return deleted.length;
  }

  private async removeStalePartFiles(cutoff: Date): Promise<void> {
    const names = await readdir(this.config.uploadDir).catch(() => [] as string[]);
    for (const name of names.filter((candidate) => candidate.endsWith('.part'))) {
      const file = path.join(this.config.uploadDir, name);
      const modified = await stat(file).then((info) => info.mtime, () => null);
      if (modified && modified <= cutoff) await rm(file, { force: true });
    }
  }
}

function tooLarge(rule: UploadRule): UploadRefusal {
  return new UploadRefusal(413, 'UPLOAD_TOO_LARGE', `The file is larger than ${rule.maxBytes / (1024 * 1024)} MB.`);
}

/** Content-Disposition for a download: an ASCII fallback plus the exact name in RFC 5987 encoding. */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
