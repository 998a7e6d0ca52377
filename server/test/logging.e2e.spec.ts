import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startTestServer } from './test-server.js';

/** Collects the server's JSON log lines. */
function logSink() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { lines, stream };
}

describe('logging', () => {
  it('writes JSON lines carrying the request id, and an unexpected failure is logged with the id the client sees', async () => {
    const sink = logSink();
    const server = await startTestServer({ env: { NODE_ENV: 'production', LOG_LEVEL: 'info' }, logStream: sink.stream });
    try {
      const client = await server.signIn('admin@acme-cloud.demo.test');
      const ok = await client.post({ query: '{ me { id } }' });
      const okId = ok.headers.get('x-request-id');
      const okLines = sink.lines.filter((l) => l.requestId === okId);
      expect(okLines.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);

      // Every line written while handling a request names it.
      const requestLines = sink.lines.filter((l) => 'req' in l || 'res' in l);
      expect(requestLines.length).toBeGreaterThan(0);
      expect(requestLines.every((l) => typeof l.requestId === 'string')).toBe(true);

      // The database goes away: the client gets a masked 500 with a request id that leads to the logged cause.
      await server.orm.close(true);
      const failed = await client.post({ query: '{ me { id } }' });
      expect(failed.status).toBe(500);
      const error = failed.body.errors![0]!;
      expect(error.message).toBe('Internal server error');
      expect(error.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: failed.headers.get('x-request-id') });
      const cause = sink.lines.find((l) => l.requestId === error.extensions!.requestId && l.level === 50);
      expect(cause).toMatchObject({ msg: 'could not resolve the session', err: expect.objectContaining({ message: expect.any(String) }) });
      // Secrets stay out of the log.
      expect(JSON.stringify(sink.lines)).not.toMatch(/pc_session=/);
    } finally {
      await server.app.close();
      await server.database.close();
    }
  });
});
