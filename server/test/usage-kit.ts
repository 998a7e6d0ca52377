import { runAsSystem } from '../src/common/audit/audit-scope.js';
import type { GqlClient, TestServer } from './test-server.js';

/** Bill documents are plain strings until codegen emits typed ones: the fields they share. */
export const BILL_FIELDS = `id partnerId month issuedAt expenditures refunds adjustments lateUsage lateCoupons couponsDeducted total amountDue paid unpaid`;
export const BILL_LINE = `key name expenditures refunds adjustments coupons total amountDue`;

/** Runs an untyped GraphQL document and returns its data; any error fails the test. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function run<T = Record<string, any>>(client: GqlClient, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await client.post({ query, variables });
  if (response.body.errors?.length || !response.body.data) throw new Error(`GraphQL failed: ${JSON.stringify(response.body.errors)}`);
  return response.body.data as T;
}

export type RecordParts = { kind?: string; listPrice?: string; discount?: string; amountDue: string; cash: string; coupon?: string; product?: string };

/** A usage record builder whose transaction ids start with `prefix` (list price = amount due unless given). */
export function usageRecords(prefix: string) {
  let serial = 0;
  return (customerId: string, transactedAt: string, parts: RecordParts) => ({
    transactionId: `${prefix}-${++serial}`,
    customerId,
    kind: parts.kind ?? 'EXPENDITURE',
    transactedAt,
    product: parts.product ?? 'ECS',
    resourceId: `r-${serial}`,
    region: 'ap-southeast-1',
    billingMode: 'PAY_PER_USE',
    listPrice: parts.listPrice ?? (parts.kind === 'ADJUSTMENT' ? '0' : parts.amountDue),
    discount: parts.discount ?? '0',
    amountDue: parts.amountDue,
    cash: parts.cash,
    coupon: parts.coupon ?? '0',
  });
}

/** Ingests records as the billing system would (a system actor), in the server's clock. */
export function ingestAsSystem(server: TestServer, records: Record<string, unknown>[]) {
  return runAsSystem('test:ingest', server.clock, () => server.services.usageIngestion.ingestBatch(server.orm.em.fork(), records));
}

/** GETs a REST path with the client's session (none for null) and returns the response and its bytes. */
export async function download(server: TestServer, client: GqlClient | null, path: string) {
  const response = await fetch(`${server.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  return { response, buffer: Buffer.from(await response.arrayBuffer()) };
}
