import { ArrayType, ChangeSetType, helper, type EventSubscriber, type FlushEventArgs, type EntityMetadata, type Platform } from '@mikro-orm/core';
import { AuditEntry } from './audit-entry.entity.js';
import { currentAuditScope } from './audit-scope.js';

/** Entities whose rows are bookkeeping, not business changes. */
const NOT_AUDITED = new Set(['AuditEntry', 'LoginFailure']);
const REDACTED = '[redacted]';

/**
 * The one audit mechanism (R-SV-3): inside an audit scope (every GraphQL mutation, every job), each flush adds an
 * AuditEntry per created, updated or deleted entity to the same unit of work, so entries commit or roll back with
 * the change itself. A change to an audited entity outside any scope is refused, so nothing is written unrecorded.
 */
export class AuditSubscriber implements EventSubscriber {
  onFlush({ em, uow }: FlushEventArgs): void {
    const scope = currentAuditScope();
    const comparator = em.getComparator();
    const platform = em.getPlatform();
    for (const changeSet of uow.getChangeSets()) {
      if (NOT_AUDITED.has(changeSet.name)) continue;
      const action = actionOf(changeSet.type);
      if (!action) continue;
      if (!scope) {
        throw new Error(`${action} of ${changeSet.name} outside an audit scope: run it in a mutation, runAsSystem or runInAuditScope`);
      }
      const meta = changeSet.meta;
      const entity = changeSet.entity as object;
      // Deletes carry no snapshot on the change set; the entity still remembers what it was loaded as.
      const original = changeSet.originalEntity ?? (helper(entity).__originalEntityData as Record<string, unknown> | undefined) ?? {};
      const rawBefore = action === 'CREATE' ? null : jsonValues(meta, platform, { ...original });
      const rawAfter = action === 'DELETE' ? null : jsonValues(meta, platform, { ...comparator.prepareEntity(entity) } as Record<string, unknown>);
      // Diff the real values first (a password change is a change), then hide secrets everywhere.
      const diff = action === 'UPDATE' ? redactDiff(meta, diffOf(rawBefore ?? {}, rawAfter ?? {})) : null;
      if (diff && Object.keys(diff).length === 0) continue;
      const before = rawBefore && redact(meta, rawBefore);
      const after = rawAfter && redact(meta, rawAfter);
      const entry = em.create(AuditEntry, {
        at: scope.at(),
        actorId: scope.actorId,
        actorEmail: scope.actorEmail,
        actorKind: scope.actorKind,
        partner: partnerOf(changeSet.name, String(changeSet.getPrimaryKey()), after ?? before) ?? scope.partnerId,
        operation: scope.operation,
        entityType: changeSet.name,
        entityId: String(changeSet.getPrimaryKey()),
        action,
        before,
        after,
        diff,
        requestId: scope.requestId,
      });
      uow.computeChangeSet(entry);
    }
  }
}

function actionOf(type: ChangeSetType): 'CREATE' | 'UPDATE' | 'DELETE' | null {
  switch (type) {
    case ChangeSetType.CREATE:
      return 'CREATE';
    case ChangeSetType.UPDATE:
    case ChangeSetType.UPDATE_EARLY:
      return 'UPDATE';
    case ChangeSetType.DELETE:
    case ChangeSetType.DELETE_EARLY:
      return 'DELETE';
    default:
      return null;
  }
}

/** Snapshots hold database values; arrays come back as JSON arrays (not '{A,B}' literals). */
function jsonValues(meta: EntityMetadata, platform: Platform, data: Record<string, unknown>): Record<string, unknown> {
  for (const prop of meta.props) {
    if (prop.customType instanceof ArrayType && typeof data[prop.name] === 'string') {
      data[prop.name] = prop.customType.convertToJSValue(data[prop.name] as string, platform);
    }
  }
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>;
}

/** Hidden properties (password and token hashes) never reach the audit log. */
function redact(meta: EntityMetadata, data: Record<string, unknown>): Record<string, unknown> {
  for (const prop of meta.props) {
    if (prop.hidden && prop.name in data) data[prop.name] = REDACTED;
  }
  return data;
}

function redactDiff(meta: EntityMetadata, diff: Record<string, [unknown, unknown]>): Record<string, [unknown, unknown]> {
  for (const prop of meta.props) {
    if (prop.hidden && prop.name in diff) diff[prop.name] = [REDACTED, REDACTED];
  }
  return diff;
}

function diffOf(before: Record<string, unknown>, after: Record<string, unknown>): Record<string, [unknown, unknown]> {
  const diff: Record<string, [unknown, unknown]> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key === 'updatedAt') continue;
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) diff[key] = [before[key] ?? null, after[key] ?? null];
  }
  return diff;
}

/** The tenant of a changed row: the Partner itself, or its `partner` column (a plain id in the snapshot). */
function partnerOf(entityName: string, entityId: string, snapshot: Record<string, unknown> | null): string | null {
  if (entityName === 'Partner') return entityId;
  return snapshot && typeof snapshot.partner === 'string' ? snapshot.partner : null;
}
