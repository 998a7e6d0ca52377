import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// connection URL')
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(repoRoot, 'data')),
  UPLOAD_DIR: z.string().min(1).optional(),
  WEB_DIST: z.string().min(1).default(path.join(repoRoot, 'web', 'dist')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL_HOURS: z.coerce.number().positive().max(24 * 30).default(12),
  SESSION_MAX_DAYS: z.coerce.number().positive().max(90).default(7),
  COOKIE_SECURE: booleanFromEnv.optional(),
  DEMO_DATA: booleanFromEnv.default(true),
  DEMO_USAGE: booleanFromEnv.default(true),
  LOGIN_MAX_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  DB_POOL_MAX: z.coerce.number().int().positive().max(100).default(10),
  TRUST_PROXY: z
    .string()
    .regex(/^(false|true|\d{1,2})$/, 'must be false, true, or the number of proxies in front of the server')
    .default('false'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  production: boolean;
  host: string;
  port: number;
  databaseUrl?: string;
  dataDir: string;
  /** Uploaded files, one per upload id (upload module). */
  uploadDir: string;
  webDist: string;
  logLevel: string;
  sessionTtlMs: number;
  /** A session ends this long after sign-in however active it is. */
  sessionMaxMs: number;
  cookieSecure: boolean;
  demoData: boolean;
  /** With the demo data: twelve months of usage records for the demo customers. */
  demoUsage: boolean;
  loginMaxFailures: number;
  loginWindowMs: number;
  dbPoolMax: number;
  /** How many reverse proxies to trust for the client address (X-Forwarded-For); false when exposed directly. */
  trustProxy: boolean | number;
};

export class ConfigError extends Error {}

/** Reads and validates the environment; every problem is listed in one clear start-up error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = envSchema.safeParse(blankless);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new ConfigError(`Invalid configuration:\n${problems}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    production: e.NODE_ENV === 'production',
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    dataDir: e.DATA_DIR === 'memory://' ? e.DATA_DIR : path.resolve(e.DATA_DIR),
    // An in-memory database keeps no rows across restarts, so its files go to a per-process temp directory.
    uploadDir: path.resolve(
      e.UPLOAD_DIR ?? (e.DATA_DIR === 'memory://' ? path.join(os.tmpdir(), `pc-uploads-${process.pid}`) : path.join(e.DATA_DIR, 'uploads')),
    ),
    webDist: path.resolve(e.WEB_DIST),
    logLevel: e.LOG_LEVEL,
    sessionTtlMs: e.SESSION_TTL_HOURS * 3600_000,
    sessionMaxMs: e.SESSION_MAX_DAYS * 86_400_000,
    // Secure cookies in production unless explicitly turned off (e.g. a plain-HTTP demo on localhost).
    cookieSecure: e.COOKIE_SECURE ?? e.NODE_ENV === 'production',
    demoData: e.DEMO_DATA,
    demoUsage: e.DEMO_USAGE,
    loginMaxFailures: e.LOGIN_MAX_FAILURES,
    loginWindowMs: e.LOGIN_WINDOW_MINUTES * 60_000,
    dbPoolMax: e.DB_POOL_MAX,
    trustProxy: e.TRUST_PROXY === 'true' ? true : e.TRUST_PROXY === 'false' ? false : Number(e.TRUST_PROXY),
    ...overrides,
  };
}
