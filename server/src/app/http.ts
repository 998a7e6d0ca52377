import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifyApollo from '@as-integrations/fastify';
import type { MikroORM } from '@mikro-orm/postgresql';
import { GraphQLError, type GraphQLSchema } from 'graphql';
import type { DestinationStream } from 'pino';
import type { Config } from './config.js';
import type { Clock } from '../common/clock.js';
import type { Ctx } from './context.js';
import type { Services } from './services.js';
import { createApolloServer } from './graphql.js';
import { NO_TENANT, TENANT_FILTER } from '../common/db/tenant.js';
import { SESSION_COOKIE, sessionCookieOptions } from '../modules/account/auth.service.js';
import { AccountKind } from '../modules/account/account.entity.js';
import { registerPartnerRoutes } from '../modules/partner/partner.routes.js';
import { registerUploadRoutes } from '../modules/upload/upload.routes.js';
import { registerCustomerRoutes } from '../modules/customer/customer.routes.js';
import { registerUsageImportRoutes } from '../modules/expenditure/usage-import.routes.js';
import { registerExpenditureExportRoutes } from '../modules/expenditure/expenditure-export.routes.js';
import { registerBillExportRoutes } from '../modules/bill/bill-export.routes.js';

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;
export const BODY_LIMIT_BYTES = 1_048_576;

export type HttpDeps = {
  config: Config;
  orm: MikroORM;
  clock: Clock;
  services: Services;
  schema: GraphQLSchema;
  /** Where JSON log lines go (stdout by default); tests pass a stream to read them. */
  logStream?: DestinationStream;
};

export async function createHttpApp({ config, orm, clock, services, schema, logStream }: HttpDeps): Promise<FastifyInstance> {
  const app = Fastify({
    logger: {
      level: config.logLevel,
      redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
      ...(logStream ? { stream: logStream } : {}),
    },
    bodyLimit: BODY_LIMIT_BYTES,
    // Only behind known proxies may X-Forwarded-For name the client (it feeds the sign-in throttle).
    // (Fastify accepts a hop count at run time; its typings omit number.)
    trustProxy: config.trustProxy as boolean,
    requestIdHeader: false,
    logController: new LogController({ requestIdLogLabel: 'requestId' }),
    genReqId: (req) => {
      const incoming = req.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  });
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        // Ant Design injects its CSS-in-JS at run time.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        scriptSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    crossOriginEmbedderPolicy: false,
  });

  app.get('/healthz', async (_request, reply) => {
    try {
      await orm.em.getConnection().execute('select 1');
      return { status: 'ok', database: 'ok' };
    } catch (error) {
      app.log.error({ err: error }, 'health check failed');
      return reply.code(503).send({ status: 'error', database: 'unreachable' });
    }
  });

  const apollo = createApolloServer(schema, config, app);
  await apollo.start();
  /** Who is calling, for which tenant: built once per request for GraphQL and for the REST routes alike. */
  const contextFor = async (request: FastifyRequest, reply: FastifyReply): Promise<Ctx> => {
    const em = orm.em.fork();
    let signedIn;
    try {
      signedIn = await services.auth.authenticate(em, request.cookies[SESSION_COOKIE]);
    } catch (error) {
      request.log.error({ err: error }, 'could not resolve the session');
      throw new GraphQLError('Internal server error', {
        extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: String(request.id), http: { status: 500 } },
      });
    }
    if (signedIn?.renewedUntil) {
      reply.setCookie(SESSION_COOKIE, request.cookies[SESSION_COOKIE]!, sessionCookieOptions(config, signedIn.renewedUntil, clock.now()));
    }
    const account = signedIn?.account ?? null;
    const partnerId = account?.kind === AccountKind.PARTNER_MEMBER ? (account.partner?.id ?? null) : null;
    em.setFilterParams(TENANT_FILTER, { partnerId: partnerId ?? NO_TENANT });
    return {
      requestId: String(request.id),
      em,
      clock,
      config,
      services,
      request,
      reply,
      account,
      session: signedIn?.session ?? null,
      partnerId,
      permissions: signedIn?.permissions ?? new Set(),
    };
  };

  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    context: contextFor,
  });

  await registerPartnerRoutes(app, contextFor);
  await registerUploadRoutes(app, contextFor);
  await registerCustomerRoutes(app, contextFor);
  await registerUsageImportRoutes(app, contextFor);
  await registerExpenditureExportRoutes(app, contextFor);
  await registerBillExportRoutes(app, contextFor);
  await serveConsole(app, config);
  return app;
}

/** The built console (web/dist) with an SPA fallback for deep links. */
async function serveConsole(app: FastifyInstance, config: Config): Promise<void> {
  const indexFile = path.join(config.webDist, 'index.html');
  const built = fs.existsSync(indexFile);
  if (built) {
    // wildcard: files are looked up per request, so a rebuilt console is served without a restart.
    await app.register(fastifyStatic, { root: config.webDist, wildcard: true, index: ['index.html'], maxAge: '1h', immutable: false });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0];
    // A deep link into the console gets index.html; a missing file (it has an extension) or API path gets a 404.
    const wantsPage =
      request.method === 'GET' && !pathname.startsWith('/api/') && !pathname.startsWith('/graphql') && !/\.[A-Za-z0-9]+$/.test(pathname);
    if (!wantsPage) return reply.code(404).send({ error: 'Not Found', requestId: request.id });
    if (!built) {
      return reply
        .code(503)
        .type('text/plain')
        .send('The console is not built yet. Run `pnpm --filter @pc/web build` (pnpm start does this).');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
