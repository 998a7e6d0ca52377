import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrationsList } from './index.js';
import { createTestOrm } from '../../test/orm.js';

describe('migrations list', () => {
  it('lists every migration file in this folder, in order', () => {
    const folder = path.dirname(fileURLToPath(import.meta.url));
    const files = fs
      .readdirSync(folder)
      .filter((f) => /^Migration\d+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrationsList.map((m) => m.name)).toEqual(files);
  });

  it('leave nothing to migrate: the entities and the committed migrations agree', async () => {
    const { orm, close } = await createTestOrm();
    try {
      expect(await orm.getMigrator().checkMigrationNeeded()).toBe(false);
    } finally {
      await close();
    }
  });
});
