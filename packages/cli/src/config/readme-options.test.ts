import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateFlagTable, pluginOptionTable, withOptionTables } from './option-docs.js';

const readmeUrl = new URL('../../../../README.md', import.meta.url);

describe("README's option tables", () => {
  it('are what the option table makes (run `pnpm docs:options` when this fails)', () => {
    const readme = readFileSync(readmeUrl, 'utf8');
    expect(withOptionTables(readme)).toBe(readme);
  });

  it('list every generate flag and every plugin option, one row each', () => {
    expect(generateFlagTable()).toContain('| `--max-depth <n>` | `maxDepth` | `3` |');
    expect(generateFlagTable()).toContain('| `--prune-cycles` | `pruneCycles` |  |');
    expect(pluginOptionTable()).toContain('| `pruneCycles` | `false` |');
    expect(pluginOptionTable()).not.toContain('`logger`');
  });

  it('refuses a README whose markers are missing', () => {
    expect(() => withOptionTables('# no markers\n')).toThrow(/markers/);
  });
});
