import { defineConfig } from 'vitest/config';
import { ciReporters } from '../vitest.shared';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts', 'src/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // Browser state settles at the speed of a loaded two-core CI machine: poll for up to 15 s, not vitest's 1 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
    reporters: ciReporters('web'),
  },
});
