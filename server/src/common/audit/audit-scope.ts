import { AsyncLocalStorage } from 'node:async_hooks';
import type { AccountKind } from '../../modules/account/account.entity.js';

/** Who is changing data, and in which operation. Every flush inside a scope writes audit entries. */
export type AuditScope = {
  operation: string;
  requestId: string | null;
  at: () => Date;
  actorId: string | null;
  actorEmail: string | null;
  actorKind: AccountKind | null;
  partnerId: string | null;
};

const storage = new AsyncLocalStorage<AuditScope>();

export function runInAuditScope<T>(scope: AuditScope, work: () => T): T {
  return storage.run(scope, work);
}

/** Changes made by the system itself (start-up, jobs, seeding): audited with no actor. */
export function runAsSystem<T>(operation: string, clock: { now(): Date }, work: () => T): T {
  return runInAuditScope(
    { operation, requestId: null, at: () => clock.now(), actorId: null, actorEmail: null, actorKind: null, partnerId: null },
    work,
  );
}

export function currentAuditScope(): AuditScope | undefined {
  return storage.getStore();
}

/** Sign-in learns the actor part-way through the mutation. */
export function setAuditActor(actor: { id: string; email: string; kind: AccountKind; partnerId: string | null }): void {
  const scope = storage.getStore();
  if (!scope) return;
  scope.actorId = actor.id;
  scope.actorEmail = actor.email;
  scope.actorKind = actor.kind;
  scope.partnerId = actor.partnerId;
}
