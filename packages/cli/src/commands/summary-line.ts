import type { FileResult } from '../api/options.js';
import type { GenerateResult } from '../api/result.js';

/**
 * The one line that ends a `generate` run, in words that are true whether or not anything changed
 * (`Generated 9 files in 312 ms: 2 written, 7 unchanged`); the CLI prints it after the file list,
 * and the watch loop and the bundler plugin once per regeneration. `refused` counts the writes
 * `--check` found that generate would refuse without `--force`.
 */
export function summaryLine(result: GenerateResult, refused = 0): string {
  const count = (status: FileResult['status']) =>
    result.files.filter((file) => file.status === status).length;
  const changed = result.files.length - count('unchanged');
  const generated = result.files.length - count('removed');
  if (result.mode === 'check') {
    return result.changed
      ? `${changed} file(s) out of date (${refused > 0 ? `generate refuses ${refused} of them without --force, see below` : 'run generate to update them'})`
      : `All ${generated} files are up to date`;
  }
  const total = Object.values(result.timings).reduce((a, b) => a + b, 0);
  const written = count('created') + count('updated');
  const removed = count('removed') > 0 ? `, ${count('removed')} removed` : '';
  return result.mode === 'write'
    ? `Generated ${generated} files in ${total} ms: ${written} written, ${count('unchanged')} unchanged${removed}`
    : `Would generate ${generated} files: ${written} would be written, ${count('unchanged')} unchanged${removed}`;
}
