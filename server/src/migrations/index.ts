import { Migration20261122081837 } from './Migration20261122081837.js';
import { Migration20261123043841 } from './Migration20261123043841.js';
import { Migration20261123044053 } from './Migration20261123044053.js';
import { Migration20261123051521 } from './Migration20261123051521.js';
import { Migration20261123072300 } from './Migration20261123072300.js';
import { Migration20261123072346 } from './Migration20261123072346.js';
import { Migration20261123072956 } from './Migration20261123072956.js';
import { Migration20261123120000 } from './Migration20261123120000.js';
import { Migration20261123140000 } from './Migration20261123140000.js';
import { Migration20261123185631 } from './Migration20261123185631.js';
import { Migration20261124010000 } from './Migration20261124010000.js';
import { Migration20261124013138 } from './Migration20261124013138.js';

/**
 * Every committed migration, in order. Listed explicitly (not globbed) so the same list runs under tsx, vitest and
 * a bundler. `pnpm --filter @pc/server migration:create` writes a new file; add it here (a test checks the list).
 */
export const migrationsList = [
  { name: 'Migration20261122081837', class: Migration20261122081837 },
  { name: 'Migration20261123043841', class: Migration20261123043841 },
  { name: 'Migration20261123044053', class: Migration20261123044053 },
  { name: 'Migration20261123051521', class: Migration20261123051521 },
  { name: 'Migration20261123072300', class: Migration20261123072300 },
  { name: 'Migration20261123072346', class: Migration20261123072346 },
  { name: 'Migration20261123072956', class: Migration20261123072956 },
  { name: 'Migration20261123120000', class: Migration20261123120000 },
  { name: 'Migration20261123140000', class: Migration20261123140000 },
  { name: 'Migration20261123185631', class: Migration20261123185631 },
  { name: 'Migration20261124010000', class: Migration20261124010000 },
  { name: 'Migration20261124013138', class: Migration20261124013138 },
];
