import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ctx } from '../src/app/context.js';
import { runAsSystem } from '../src/common/audit/audit-scope.js';
import { DomainError } from '../src/common/errors/domain-error.js';
import { Account } from '../src/modules/account/account.entity.js';
import { Upload, UploadPurpose } from '../src/modules/upload/upload.entity.js';
import { strictFileNameProblem } from '../src/modules/upload/upload.purposes.js';
import { registerUploadReader, UploadRefusal } from '../src/modules/upload/upload.service.js';
import { DEMO_INDIVIDUAL, DEMO_OPERATOR_EMAIL, demoAdminEmail } from '../src/seed/demo.js';
import { startTestServer, type GqlClient, type TestServer } from './test-server.js';

const MB = 1024 * 1024;
const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
// A 1×1 PNG.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

type Sent = { purpose?: string; name?: string; content?: Uint8Array | string; type?: string };
type Answer = { status: number; headers: Headers; body: { id: string; fileName: string; mediaType: string; size: number; sha256: string; error?: { code: string; message: string } } };

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

describe('uploads: POST /api/uploads, GET /api/uploads/:id, attach and purge', () => {
  let server: TestServer;
  let uploadDir: string;
  let individual: GqlClient;
  let partnerAdmin: GqlClient;
  let operator: GqlClient;

  async function send(client: GqlClient | null, { purpose, name = 'file.bin', content, type = 'application/octet-stream' }: Sent): Promise<Answer> {
    const form = new FormData();
    if (purpose !== undefined) form.append('purpose', purpose);
    if (content !== undefined) form.append('file', new Blob([content], { type }), name);
    const response = await fetch(`${server.url}/api/uploads`, { method: 'POST', body: form, headers: client?.cookie ? { cookie: client.cookie } : {} });
    return { status: response.status, headers: response.headers, body: (await response.json()) as Answer['body'] };
  }

  async function download(client: GqlClient | null, id: string) {
    return fetch(`${server.url}/api/uploads/${id}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  }

  const proof = (client: GqlClient, name: string, content: Uint8Array) => send(client, { purpose: UploadPurpose.CERTIFICATE_PROOF, name, content });
  const filesOnDisk = () => readdir(uploadDir);
  const rows = () => server.orm.em.fork().count(Upload, {});

  /** Every refusal leaves the directory and the table as they were. */
  async function expectNothingLeft(action: () => Promise<unknown>) {
    const [filesBefore, rowsBefore] = [await filesOnDisk(), await rows()];
    await action();
    expect(await filesOnDisk()).toEqual(filesBefore);
    expect(await rows()).toBe(rowsBefore);
  }

  async function expectRefused(sent: Sent, status: number, code: string, message?: RegExp) {
    await expectNothingLeft(async () => {
      const { status: actual, body } = await send(individual, sent);
      expect({ status: actual, code: body.error?.code }).toEqual({ status, code });
      if (message) expect(body.error?.message).toMatch(message);
    });
  }

  /** The minimal request context the service needs outside HTTP. */
  async function ctxOf(email: string, em = server.orm.em.fork()): Promise<Ctx> {
    const account = await em.findOneOrFail(Account, { email });
    return { account, em, clock: server.clock, requestId: 'test', partnerId: null } as unknown as Ctx;
  }

  beforeAll(async () => {
    uploadDir = await mkdtemp(path.join(os.tmpdir(), 'pc-uploads-test-'));
    server = await startTestServer({ env: { UPLOAD_DIR: uploadDir } });
    [individual, partnerAdmin, operator] = await Promise.all([
      server.signIn(DEMO_INDIVIDUAL.email),
      server.signIn(demoAdminEmail('acme-cloud')),
      server.signIn(DEMO_OPERATOR_EMAIL),
    ]);
  });

  afterAll(async () => {
    await server?.close();
    await rm(uploadDir, { recursive: true, force: true });
  });

  describe('POST /api/uploads', () => {
    it('stores a PDF and a PNG with their sniffed types, sizes and SHA-256, whatever the client claims', async () => {
      const pdf = await send(individual, { purpose: 'CERTIFICATE_PROOF', name: 'proof.pdf', content: PDF, type: 'image/gif' });
      expect(pdf.status).toBe(201);
      expect(pdf.body).toEqual({ id: expect.any(String), fileName: 'proof.pdf', mediaType: 'application/pdf', size: PDF.length, sha256: sha256(PDF) });
      const png = await send(individual, { purpose: 'CERTIFICATE_PROOF', name: 'Scan.PNG', content: PNG, type: 'text/plain' });
      expect(png.status).toBe(201);
      expect(png.body).toMatchObject({ fileName: 'Scan.PNG', mediaType: 'image/png', size: PNG.length, sha256: sha256(PNG) });

      expect(await filesOnDisk()).toEqual(expect.arrayContaining([pdf.body.id, png.body.id]));
      const row = await server.orm.em.fork().findOneOrFail(Upload, pdf.body.id);
      expect(row).toMatchObject({ purpose: UploadPurpose.CERTIFICATE_PROOF, mediaType: 'application/pdf', sha256: sha256(PDF), attachedAt: null });
      expect(Number(row.size)).toBe(PDF.length);
    });

    it('refuses a PNG named .pdf: the name must fit the content', async () => {
      await expectRefused({ purpose: 'CERTIFICATE_PROOF', name: 'proof.pdf', content: PNG, type: 'application/pdf' }, 400, 'UPLOAD_NAME_INVALID', /The file content is PNG but the name ends in \.pdf/);
    });

    it('refuses a text file named .pdf (415): the type is sniffed from the content', async () => {
      await expectRefused({ purpose: 'CERTIFICATE_PROOF', name: 'proof.pdf', content: 'just some text', type: 'application/pdf' }, 415, 'UPLOAD_TYPE_NOT_ALLOWED', /PDF, PNG or JPEG/);
    });

    it('refuses an unknown purpose, a missing file, a purpose sent after the file, and an empty file', async () => {
      await expectRefused({ purpose: 'AVATAR', name: 'proof.pdf', content: PDF }, 400, 'UPLOAD_PURPOSE_UNKNOWN', /Unknown purpose "AVATAR"/);
      await expectRefused({ purpose: 'CERTIFICATE_PROOF' }, 400, 'UPLOAD_FILE_MISSING');
      await expectRefused({ name: 'proof.pdf', content: PDF }, 400, 'UPLOAD_PURPOSE_UNKNOWN', /before the file/);
      await expectRefused({ purpose: 'CERTIFICATE_PROOF', name: 'proof.pdf', content: '' }, 400, 'UPLOAD_FILE_MISSING', /empty/);
    });

    it('strips a path from the name and refuses forbidden characters, missing extensions and long names', async () => {
      const windows = await send(individual, { purpose: 'CERTIFICATE_PROOF', name: 'C:\\fakepath\\scan.png', content: PNG });
      expect(windows.body.fileName).toBe('scan.png');
      // Without its path nothing of "../../etc/passwd" fits: it has no extension.
      await expectRefused({ purpose: 'CERTIFICATE_PROOF', name: '../../etc/passwd', content: PDF }, 400, 'UPLOAD_NAME_INVALID', /extension/);
      for (const name of ['what?.pdf', 'a|b.pdf', 'a:b.pdf', 'a<b>.pdf', 'tab\there.pdf', '.pdf', `${'x'.repeat(197)}.pdf`]) {
        await expectRefused({ purpose: 'CERTIFICATE_PROOF', name, content: PDF }, 400, 'UPLOAD_NAME_INVALID');
      }
    });

    it('answers 413 for 5 MB + 1 byte and leaves no file and no row; exactly 5 MB is accepted', async () => {
      const big = new Uint8Array(5 * MB + 1);
      big.set(PDF);
      await expectRefused({ purpose: 'CERTIFICATE_PROOF', name: 'big.pdf', content: big }, 413, 'UPLOAD_TOO_LARGE', /larger than 5 MB/);
      const exact = await proof(individual, 'exact.pdf', big.subarray(0, 5 * MB));
      expect(exact.body).toMatchObject({ size: 5 * MB, mediaType: 'application/pdf' });
    });

    it('stops reading a 50 MB body soon after the limit, answering 413', async () => {
      const boundary = 'upload-test-boundary';
      const head = new TextEncoder().encode(
        `--${boundary}\r\ncontent-disposition: form-data; name="purpose"\r\n\r\nCERTIFICATE_PROOF\r\n` +
          `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="huge.pdf"\r\ncontent-type: application/pdf\r\n\r\n`,
      );
      const chunk = new Uint8Array(MB);
      let sent = 0;
      const body = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(head),
        pull(controller) {
          if (sent >= 50 * MB) {
            controller.enqueue(new TextEncoder().encode(`\r\n--${boundary}--\r\n`));
            return controller.close();
          }
          sent += chunk.length;
          controller.enqueue(sent === MB ? Buffer.concat([PDF, chunk.subarray(PDF.length)]) : chunk);
        },
      });
      await expectNothingLeft(async () => {
        const response = await fetch(`${server.url}/api/uploads`, {
          method: 'POST',
          body,
          duplex: 'half',
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: individual.cookie! },
        } as RequestInit);
        expect(response.status).toBe(413);
        expect(await response.json()).toMatchObject({ error: { code: 'UPLOAD_TOO_LARGE' } });
      });
      expect(sent).toBeLessThan(20 * MB);
    });

    it('answers 400 to a body cut off in the middle of the file, keeping nothing', async () => {
      const boundary = 'cut-off';
      const body =
        `--${boundary}\r\ncontent-disposition: form-data; name="purpose"\r\n\r\nCERTIFICATE_PROOF\r\n` +
        `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="cut.pdf"\r\n\r\n%PDF-1.4 and then nothing`;
      await expectNothingLeft(async () => {
        const response = await fetch(`${server.url}/api/uploads`, {
          method: 'POST',
          body,
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, cookie: individual.cookie! },
        });
        expect(response.status).toBe(400);
        expect(await response.json()).toMatchObject({ error: { code: 'UPLOAD_MALFORMED' } });
      });
    });

    it('stops reading the stream as soon as it passes the purpose limit (service level)', async () => {
      let pulled = 0;
      const chunk = Buffer.alloc(64 * 1024);
      chunk.set(PDF);
      const endless = Readable.from(
        (function* () {
          for (;;) {
            pulled += chunk.length;
            yield chunk;
          }
        })(),
      );
      await expectNothingLeft(async () => {
        const stored = server.services.uploads.store(await ctxOf(DEMO_INDIVIDUAL.email), UploadPurpose.CERTIFICATE_PROOF, 'endless.pdf', endless);
        await expect(stored).rejects.toSatisfy((error) => error instanceof UploadRefusal && error.code === 'UPLOAD_TOO_LARGE');
      });
      expect(pulled).toBeLessThan(5 * MB + 20 * chunk.length);
    });

    it('refuses anonymous callers with 401 and non-multipart bodies with 415', async () => {
      await expectNothingLeft(async () => {
        const anonymous = await send(null, { purpose: 'CERTIFICATE_PROOF', name: 'proof.pdf', content: PDF });
        expect({ status: anonymous.status, code: anonymous.body.error?.code }).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
      });
      const json = await fetch(`${server.url}/api/uploads`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json', cookie: individual.cookie! } });
      expect(json.status).toBe(415);
      expect(await json.json()).toMatchObject({ error: { code: 'UPLOAD_NOT_MULTIPART' } });
    });

    it('defines the stricter file-name rule of later purposes', () => {
      expect(strictFileNameProblem('coupon proof 2026.docx')).toBeNull();
      for (const name of ['a!.pdf', 'a;b.pdf', 'a@b.pdf', 'a#b.pdf', 'a$b.pdf', 'a%b.pdf', 'a^b.pdf', 'a&b.pdf', 'a-b.pdf', 'a>b.pdf']) {
        expect(strictFileNameProblem(name), name).toMatch(/may not contain/);
      }
    });
  });

  describe('GET /api/uploads/:id', () => {
    it('gives the uploader the same bytes, the sniffed type and safe headers; non-ASCII names in RFC 5987 form', async () => {
      const { body } = await proof(individual, '证书 proof.pdf', PDF);
      const response = await download(individual, body.id);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer())).toEqual(Buffer.from(PDF));
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="__ proof.pdf"; filename*=UTF-8''${encodeURIComponent('证书 proof.pdf')}`,
      );
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
    });

    it('lets operators read; answers 404 to anyone else and for unknown or malformed ids, 401 to anonymous callers', async () => {
      const { body } = await proof(individual, 'mine.png', PNG);
      expect((await download(operator, body.id)).status).toBe(200);
      for (const id of [body.id, '00000000-0000-4000-8000-000000000000', 'not-a-uuid']) {
        const response = await download(partnerAdmin, id);
        expect(response.status, id).toBe(404);
        expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
      }
      const anonymous = await download(null, body.id);
      expect(anonymous.status).toBe(401);
      expect(await anonymous.json()).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });
    });

    it("lets a purpose's registered reader grant downloads", async () => {
      const { body } = await proof(individual, 'shared.pdf', PDF);
      const unregister = registerUploadReader(UploadPurpose.CERTIFICATE_PROOF, async (ctx, upload) => ctx.partnerId !== null && upload.id === body.id);
      try {
        expect((await download(partnerAdmin, body.id)).status).toBe(200);
      } finally {
        unregister();
      }
      expect((await download(partnerAdmin, body.id)).status).toBe(404);
    });
  });

  describe('UploadService', () => {
    it('attach: only the caller\'s own, unattached upload of the purpose, once', async () => {
      const { body } = await proof(individual, 'attach-me.pdf', PDF);
      const uploads = server.services.uploads;
      const codeOf = (work: Promise<unknown>) => work.then(() => null, (error: DomainError) => error.code);

      const stranger = await ctxOf(demoAdminEmail('acme-cloud'));
      expect(await codeOf(uploads.attach(stranger.em, stranger, body.id, UploadPurpose.CERTIFICATE_PROOF))).toBe('UPLOAD_NOT_FOUND');
      const owner = await ctxOf(DEMO_INDIVIDUAL.email);
      expect(await codeOf(uploads.attach(owner.em, owner, 'not-a-uuid', UploadPurpose.CERTIFICATE_PROOF))).toBe('UPLOAD_NOT_FOUND');
      // A later purpose, not yet in the enum.
      expect(await codeOf(uploads.attach(owner.em, owner, body.id, 'TEST_COUPON_PROOF' as UploadPurpose))).toBe('UPLOAD_WRONG_PURPOSE');

      const attached = await uploads.attach(owner.em, owner, body.id, UploadPurpose.CERTIFICATE_PROOF);
      expect(attached.attachedAt).toEqual(server.clock.now());
      await runAsSystem('test:attach', server.clock, () => owner.em.flush());

      const again = await ctxOf(DEMO_INDIVIDUAL.email);
      expect(await codeOf(again.em.transactional((em) => uploads.attach(em, again, body.id, UploadPurpose.CERTIFICATE_PROOF)))).toBe('UPLOAD_ALREADY_ATTACHED');
    });

    it('purgeUnattached: after 24 h removes the rows and files of unattached uploads only, and .part files a crash left', async () => {
      const kept = await proof(individual, 'kept.pdf', PDF);
      const owner = await ctxOf(DEMO_INDIVIDUAL.email);
      await server.services.uploads.attach(owner.em, owner, kept.body.id, UploadPurpose.CERTIFICATE_PROOF);
      await runAsSystem('test:attach', server.clock, () => owner.em.flush());
      const before = server.clock.now();
      try {
        server.clock.advance(23 * 3600_000);
        // Sessions last 12 h: sign in again in the future.
        const recent = await proof(await server.signIn(DEMO_INDIVIDUAL.email), 'recent.pdf', PDF);
        expect(await server.services.uploads.purgeUnattached(server.orm.em.fork())).toBe(0);

        server.clock.advance(2 * 3600_000); // 25 h after the first uploads, 2 h after "recent"
        // Half-written files of uploads cut short by a crash: one from 25 h ago, one from an hour ago (may still be in flight).
        const [stalePart, freshPart] = ['0-stale.part', '0-fresh.part'].map((name) => path.join(uploadDir, name));
        for (const [file, hoursAgo] of [[stalePart, 25], [freshPart, 1]] as const) {
          await writeFile(file, '%PDF-1.4 half');
          const modified = new Date(server.clock.now().getTime() - hoursAgo * 3600_000);
          await utimes(file, modified, modified);
        }
        const attachedIds = (await server.orm.em.fork().find(Upload, { attachedAt: { $ne: null } })).map((upload) => upload.id);
        const purged = await server.services.uploads.purgeUnattached(server.orm.em.fork());
        expect(purged).toBeGreaterThan(0);

        const left = (await server.orm.em.fork().find(Upload, {})).map((upload) => upload.id).sort();
        expect(left).toEqual([...attachedIds, recent.body.id].sort());
        expect((await filesOnDisk()).sort()).toEqual([path.basename(freshPart), ...left].sort());
        await rm(freshPart);
      } finally {
        server.clock.set(before);
      }
    });
  });
});
