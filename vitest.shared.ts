import path from 'node:path';

/** In CI, each package also writes a JSON report that .ci/summarize.mjs adds up. */
export function ciReporters(pkg: string): (string | [string, Record<string, unknown>])[] {
  const dir = process.env.VITEST_JSON_DIR;
  if (!dir) return ['default'];
  const prefix = process.env.VITEST_JSON_PREFIX ?? 'run';
  return ['default', ['json', { outputFile: path.join(dir, `${prefix}-${pkg}.json`) }]];
}
