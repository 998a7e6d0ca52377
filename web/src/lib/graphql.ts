import { Client, fetchExchange, type AnyVariables, type CombinedError, type OperationResult } from '@urql/core';
import type { TypedDocumentNode } from '@urql/core';

/**
 * urql is only the transport: no document cache (TanStack Query is the one cache of server
 * state), POST only (Apollo's CSRF prevention accepts POST + application/json), same-origin
 * cookies carry the session.
 */
export const client = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  preferGetMethod: false,
  requestPolicy: 'network-only',
  fetchOptions: { credentials: 'same-origin' },
});

export type GraphQLErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'NETWORK' | (string & {});

/** A failed GraphQL call: transport failure or errors in the response's `errors` array. */
export class GraphQLRequestError extends Error {
  readonly code: GraphQLErrorCode;
  readonly status: number | undefined;
  readonly codes: string[];
  /** The server's request id (for support), when it sent one. */
  readonly requestId: string | undefined;

  constructor(message: string, code: GraphQLErrorCode, status: number | undefined, codes: string[], requestId?: string) {
    super(message);
    this.name = 'GraphQLRequestError';
    this.code = code;
    this.status = status;
    this.codes = codes;
    this.requestId = requestId;
  }

  get unauthenticated(): boolean {
    return this.code === 'UNAUTHENTICATED' || this.status === 401;
  }
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.unauthenticated;
}

type UnauthenticatedHandler = () => void;
let onUnauthenticated: UnauthenticatedHandler | undefined;

/** The app registers what to do when the session is gone (clear the cache, go to /login). */
export function setUnauthenticatedHandler(handler: UnauthenticatedHandler | undefined): void {
  onUnauthenticated = handler;
}

function toRequestError(error: CombinedError): GraphQLRequestError {
  const response = error.response as Response | undefined;
  const status = typeof response?.status === 'number' ? response.status : undefined;
  const codes = error.graphQLErrors.map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
  if (error.graphQLErrors.length > 0) {
    const first = error.graphQLErrors[0];
    const code = status === 401 ? 'UNAUTHENTICATED' : (codes[0] ?? 'INTERNAL_SERVER_ERROR');
    const requestId = first.extensions?.requestId ?? response?.headers?.get('x-request-id') ?? undefined;
    return new GraphQLRequestError(first.message, code, status, codes, requestId ? String(requestId) : undefined);
  }
  if (status === 401) return new GraphQLRequestError('Your session has ended. Please sign in again.', 'UNAUTHENTICATED', status, codes);
  const message = error.networkError?.message || error.message || 'The server could not be reached.';
  return new GraphQLRequestError(message, 'NETWORK', status, codes);
}

function unwrap<R>(result: OperationResult<R>): R {
  if (result.error) {
    const err = toRequestError(result.error);
    if (err.unauthenticated) onUnauthenticated?.();
    throw err;
  }
  if (result.data === undefined || result.data === null) {
    throw new GraphQLRequestError('The server returned no data.', 'NETWORK', undefined, []);
  }
  return result.data;
}

/** Run a query document; resolves with `data` or throws GraphQLRequestError. */
export async function request<R, V extends AnyVariables>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  return unwrap(await client.query(doc, variables).toPromise());
}

/** Run a mutation document; resolves with `data` or throws GraphQLRequestError. */
export async function mutate<R, V extends AnyVariables>(doc: TypedDocumentNode<R, V>, variables: V): Promise<R> {
  return unwrap(await client.mutation(doc, variables).toPromise());
}

/** `UserError` returned in mutation payloads. */
export interface UserError {
  code: string;
  field?: string | null;
  message: string;
}

/** A human sentence for any error thrown while talking to the server. */
export function errorMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError) {
    if (error.code === 'NETWORK') return `The server could not be reached (${error.message}).`;
    if (error.code === 'FORBIDDEN') return 'You do not have permission to do this.';
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      return `The server could not complete the request${error.requestId ? ` (request id ${error.requestId})` : ''}. Please try again later.`;
    }
    return error.message;
  }
  if (error instanceof Error) return error.message;
  return 'Something went wrong.';
}
