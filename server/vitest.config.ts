import { defineConfig } from 'vitest/config';
import { ciReporters } from '../vitest.shared.js';

export default defineConfig({
  // graphql 16 has no "exports" map: Node (and the libraries it loads) get index.js, Vite would pick index.mjs.
  // One instance is required, so source files use the same CommonJS build as the libraries.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['src/**/*.spec.ts', 'test/**/*.spec.ts'],
    environment: 'node',
    // Each file gets its own database; two workers match the machines' two cores.
    pool: 'forks',
    maxWorkers: 2,
    // Every file starts a real server with the full demo data; on a busy two-core machine that can take a while.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    setupFiles: ['./test/setup.ts'],
    reporters: ciReporters('server'),
  },
});
