import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { migrationsList } from './index.js';

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
});
