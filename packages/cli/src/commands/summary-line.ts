import type { GenerateResult } from '../api/result.js';

/**
 * The one line that ends a `generate` run (`Generated 9 files (7 unchanged) in 312 ms → …`); the
 * watch loop and the bundler plugin print it once per regeneration.
 */
export function summaryLine(result: GenerateResult): string {
  const total = Object.values(result.timings).reduce((a, b) => a + b, 0);
  const changed = result.files.filter((f) => f.status !== 'unchanged').length;
  const unchanged = result.files.length - changed;
  const summary =
    result.mode === 'check'
      ? result.changed
        ? `${changed} file(s) out of date (run generate to update them)`
        : `All ${result.files.length} files are up to date`
      : `${result.mode === 'write' ? 'Generated' : 'Would generate'} ${result.files.filter((f) => f.status !== 'removed').length} files (${unchanged} unchanged) in ${total} ms`;
  return `${summary} → ${result.outDir}`;
}
