import type { EntityManager } from '@mikro-orm/postgresql';
import type { Clock } from '../common/clock.js';
import { applyStaged, createStaging, stageRecords, type SqlExecutor } from '../modules/expenditure/usage-ingestion.js';
import type { StagedUsageRecord } from '../modules/expenditure/usage-record.validation.js';
import { generateUsageRecords } from './usage-generator.js';

const MONTHS = 12;
const PER_CUSTOMER_MONTH = 60;
const MAX_RECORDS = 29_000;
const STAGE_CHUNK = 2000;
const DAY = 86_400_000;

/**
 * Twelve months of usage records (ending now) for the demo customers with an open association, each from its
 * association's start: about 60 records per customer and active month, deterministic (seed 'demo'), ingested like a
 * billing batch (staging → records and rollups) in one transaction. Runs after the demo customers were flushed.
 * Returns how many records were added.
 */
export async function seedDemoUsage(em: EntityManager, clock: Clock): Promise<number> {
  const now = clock.now();
  const rows = await em.execute<{ customer_id: string; started_at: Date | string }[]>(
    `select customer_id, started_at from customer_association where ended_at is null order by customer_id`,
  );
  if (rows.length === 0) return 0;
  const customers = rows.map((r) => ({ id: String(r.customer_id), associationStartedAt: new Date(r.started_at) }));
  // About PER_CUSTOMER_MONTH records per customer for each month it was associated (within the twelve).
  const activeMonths = customers.reduce((sum, c) => sum + Math.min(MONTHS, Math.max(0, now.getTime() - c.associationStartedAt.getTime()) / (30.44 * DAY)), 0);
  const count = Math.min(MAX_RECORDS, Math.round(activeMonths * PER_CUSTOMER_MONTH));
  if (count === 0) return 0;

  return em.transactional(async (tx) => {
    const exec: SqlExecutor = (sql, params = []) => tx.execute(sql, params as never[]);
    await createStaging(exec);
    let batch: StagedUsageRecord[] = [];
    for (const record of generateUsageRecords({ customers, records: count, months: MONTHS, now, seed: 'demo', idPrefix: 'DEMO' })) {
      batch.push(record);
      if (batch.length === STAGE_CHUNK) {
        await stageRecords(exec, batch);
        batch = [];
      }
    }
    await stageRecords(exec, batch);
    const outcome = await applyStaged(exec, now);
    return outcome.accepted;
  });
}
