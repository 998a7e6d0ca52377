import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, Kind, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import type { FastifyInstance } from 'fastify';
import { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { DomainError } from '../common/errors/domain-error.js';
import { AccountKind } from '../modules/account/account.entity.js';
import type { Config } from './config.js';
import type { Ctx } from './context.js';

/** Root fields an anonymous caller may use. Everything else answers 401 (R-ORG-3). */
const PUBLIC_FIELDS = new Set(['login', '__typename', 'passwordLink', 'setPassword', 'customerInvitation', 'registerCustomerFromInvitation']);
const INTROSPECTION_FIELDS = new Set(['__schema', '__type']);
/** A partner member whose role grants nothing may still sign out (R-ORG-3: no role, no data). */
const ROLELESS_FIELDS = new Set([...PUBLIC_FIELDS, 'logout']);

// Cost: armor's defaults (object 2, scalar 1, ×1.5 per level); a full console page with two 100-row connections costs
// ~17,550, so 50,000 leaves headroom while repeated aliases or fragments of big connections are refused.
export const LIMITS = { maxDepth: 10, maxAliases: 15, maxDirectives: 50, maxCost: 50_000, maxTokens: 5000 } as const;

export function createApolloServer(schema: GraphQLSchema, config: Config, app: FastifyInstance): ApolloServer<Ctx> {
  const log = app.log.child({ component: 'apollo' });
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    costLimit: { maxCost: LIMITS.maxCost },
    // Apollo's own parser limit answers 400; armor's token plugin would answer 500.
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: config.production },
  });
  const protection = armor.protect();
  return new ApolloServer<Ctx>({
    schema,
    logger: { debug: (m) => log.debug(m), info: (m) => log.info(m), warn: (m) => log.warn(m), error: (m) => log.error(m) },
    // armor and the fastify integration are typed against Apollo's CJS build; the objects are the same.
    validationRules: protection.validationRules as never,
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Ctx>[]),
      fastifyApolloDrainPlugin(app) as unknown as ApolloServerPlugin<Ctx>,
      ApolloServerPluginLandingPageDisabled() as ApolloServerPlugin<Ctx>,
      requireSession(config),
      requestIdInErrors(),
    ],
    introspection: !config.production,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => formatError(formatted, error, config),
  });
}

function requireSession(config: Config): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue: ctx, operation }) {
          const fields = operation ? rootFieldNames(operation) : ['#unknown'];
          const account = ctx.account;
          const allowed =
            account === null
              ? PUBLIC_FIELDS
              : account.kind === AccountKind.PARTNER_MEMBER && ctx.permissions.size === 0
                ? ROLELESS_FIELDS
                : null;
          if (!allowed) return;
          const introspectionOk = !config.production && account === null;
          const refused = fields.filter((f) => !allowed.has(f) && !(introspectionOk && INTROSPECTION_FIELDS.has(f)));
          if (refused.length > 0) {
            const message = account
              ? 'Your account has no role in Partner Center; ask your administrator for one.'
              : 'Sign in first: this operation needs a session.';
            throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
        },
      };
    },
  };
}

function rootFieldNames(operation: OperationDefinitionNode): string[] {
  // Fragments at the root are rare; treat any spread as non-public so nothing slips through.
  return operation.selectionSet.selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : '#fragment'));
}

/** Every error a client sees carries the request id that is on every log line of that request. */
function requestIdInErrors(): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart({ contextValue }) {
      return {
        async didEncounterErrors({ errors, contextValue: ctx }) {
          for (const error of errors) {
            const unexpected = !(error.originalError instanceof DomainError) && !(error.originalError instanceof GraphQLError) &&
              !(error.originalError instanceof ArgumentValidationError) && error.originalError !== undefined;
            if (unexpected) ctx.request.log.error({ err: error.originalError, path: error.path }, 'unexpected GraphQL error');
          }
        },
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          for (const error of response.body.singleResult.errors ?? []) {
            (error.extensions as Record<string, unknown>).requestId = contextValue?.requestId;
          }
        },
      };
    },
  };
}

const EXPECTED_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** Expected errors keep a typed code; anything unexpected reaches production clients masked. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, config: Config): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original instanceof DomainError) {
    return { ...formatted, extensions: { ...formatted.extensions, code: original.code, field: original.field } };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = original.extensions.validationErrors?.flatMap((e) =>
      Object.values(e.constraints ?? {}).map((message) => ({ field: e.property, message })),
    );
    return { message: formatted.message, path: formatted.path, extensions: { code: 'BAD_USER_INPUT', fields } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && (EXPECTED_CODES.has(code) || code === 'NOT_FOUND')) return formatted;
  if (typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' && original === undefined) return formatted;
  if (!config.production) return formatted;
  const requestId = formatted.extensions?.requestId;
  return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR', ...(requestId ? { requestId } : {}) } };
}
