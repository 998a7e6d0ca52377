import type { AccountKind } from '../gql/graphql';

/** Where each kind of account lands after signing in. */
export function homePathFor(kind: AccountKind): string {
  switch (kind) {
    case 'PARTNER_MEMBER':
      return '/partner';
    case 'OPERATOR':
      return '/operator';
    case 'INDIVIDUAL':
      return '/individual';
    case 'CUSTOMER':
      return '/customer';
  }
}

/** A customer who signs in from an invitation's landing page (/invite/<code>) goes back there to accept it. */
const CUSTOMER_INVITE_PATH = /^\/invite\/[A-Za-z0-9_-]+$/;

/** A `next` target is only honoured when it is a path inside the signed-in kind's area. */
export function safeNextPath(next: string | null, kind: AccountKind): string {
  const home = homePathFor(kind);
  if (next && next.startsWith('/') && !next.startsWith('//') && (next === home || next.startsWith(`${home}/`))) {
    return next;
  }
  if (next && kind === 'CUSTOMER' && CUSTOMER_INVITE_PATH.test(next)) return next;
  return home;
}

export function loginPathWithNext(location: { pathname: string; search: string }): string {
  const next = location.pathname + location.search;
  return next && next !== '/' && !next.startsWith('/login') ? `/login?next=${encodeURIComponent(next)}` : '/login';
}
