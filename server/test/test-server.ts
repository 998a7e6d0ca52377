import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import type { DestinationStream } from 'pino';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { loadConfig, type Config } from '../src/app/config.js';
import type { Database } from '../src/app/database.js';
import { startServer, type RunningServer } from '../src/app/server.js';
import { FixedClock } from '../src/common/clock.js';
import { DEMO_PASSWORD } from '../src/seed/demo.js';
import { createTestDatabase } from './database.js';

export type TestServer = RunningServer & { clock: FixedClock; client(): GqlClient; signIn(email: string, password?: string): Promise<GqlClient> };

/** The real server (HTTP, GraphQL, ORM, migrations, demo data) on a random port over a fresh database. */
export async function startTestServer(
  options: { config?: Partial<Config>; env?: Record<string, string>; logStream?: DestinationStream; database?: Database } = {},
): Promise<TestServer> {
  const clock = new FixedClock(new Date());
  const database = options.database ?? (await createTestDatabase());
  // Uploads of each test server go to their own temporary directory, removed on close.
  const uploadDir = await mkdtemp(path.join(tmpdir(), 'pc-test-uploads-'));
  const config = loadConfig(
    // Demo usage records (twelve months) only where a test asks for them: they add seconds to every start.
    { NODE_ENV: 'test', LOG_LEVEL: 'silent', UPLOAD_DIR: uploadDir, DEMO_USAGE: 'false', ...options.env },
    { host: '127.0.0.1', port: 0, ...options.config },
  );
  const server = await startServer({ config, clock, database, logStream: options.logStream });
  const close = server.close.bind(server);
  return Object.assign(server, {
    clock,
    client: () => new GqlClient(server.url),
    async signIn(email: string, password = DEMO_PASSWORD) {
      const client = new GqlClient(server.url);
      await client.login(email, password);
      return client;
    },
    async close() {
      await close();
      await database.close();
      await rm(uploadDir, { recursive: true, force: true });
    },
  });
}

export type GqlResponse<R> = {
  status: number;
  headers: Headers;
  body: { data?: R | null; errors?: { message: string; extensions?: Record<string, unknown>; path?: string[] }[] };
};

/** A GraphQL-over-HTTP client with a cookie jar of one session cookie. */
export class GqlClient {
  cookie: string | null = null;

  constructor(readonly baseUrl: string) {}

  async post(body: unknown, headers: Record<string, string> = {}): Promise<GqlResponse<unknown>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}), ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const pair = setCookie.split(';')[0];
      this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await response.text();
    return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : {} };
  }

  request<R, V>(document: TypedDocumentNode<R, V>, variables?: V, headers?: Record<string, string>): Promise<GqlResponse<R>> {
    return this.post({ query: print(document), variables }, headers) as Promise<GqlResponse<R>>;
  }

  /** The data of a request that must succeed. */
  async data<R, V>(document: TypedDocumentNode<R, V>, variables?: V): Promise<R> {
    const response = await this.request(document, variables);
    if (response.body.errors?.length || !response.body.data) {
      throw new Error(`GraphQL request failed (${response.status}): ${JSON.stringify(response.body.errors)}`);
    }
    return response.body.data;
  }

  async login(email: string, password: string): Promise<void> {
    const response = await this.post({
      query: 'mutation($input: LoginInput!) { login(input: $input) { errors { code message } } }',
      variables: { input: { email, password } },
    });
    const errors = (response.body.data as { login?: { errors: unknown[] } } | undefined)?.login?.errors;
    if (response.status !== 200 || !errors || errors.length > 0) throw new Error(`login failed: ${JSON.stringify(response.body)}`);
  }
}
