import { defineConfig } from 'vitest/config';
import { ciReporters } from '../vitest.shared';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ciReporters('web'),
  },
});
