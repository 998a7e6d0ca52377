import { defineConfig } from 'vitest/config';
import { ciReporters } from '../vitest.shared.js';

export default defineConfig({ test: { include: ['src/**/*.test.ts'], reporters: ciReporters('shared') } });
