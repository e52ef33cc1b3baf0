import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from './load-config.js';
import { optionsIn } from './option-table.js';

// The README's config-file example is written by hand, with a comment on each key, where the
// option tables beside it are generated: this keeps it a real config that the loader accepts.

const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
const dir = mkdtempSync(path.join(os.tmpdir(), 'readme-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The first `ts` code block under "### The config file". */
function configExample(): string {
  const section = readme.indexOf('\n### The config file\n');
  const start = readme.indexOf('```ts\n', section);
  const end = readme.indexOf('\n```\n', start);
  if (section < 0 || start < 0 || end < 0) throw new Error('README.md has no config-file example');
  return readme.slice(start + '```ts\n'.length, end + 1);
}

describe("README's config-file example", () => {
  it('loads through the config loader and passes its validation', async () => {
    const example = configExample();
    expect(example).toContain("from 'uibuilder-codegen'");
    // The package's own name does not resolve from a temporary directory: its source does.
    const defineConfig = fileURLToPath(new URL('./user-config.ts', import.meta.url));
    const file = path.join(dir, 'uibuilder-codegen.config.ts');
    writeFileSync(file, example.replace("'uibuilder-codegen'", JSON.stringify(defineConfig)));
    const { config } = await loadConfigFile(file);
    expect(config).toMatchObject({ job: { file: './codegen-job.json' }, maxDepth: 3 });
  });

  it('shows every key a config file takes', () => {
    const example = configExample();
    const missing = optionsIn('config').filter((key) => !example.includes(`\n  ${key}:`));
    expect(missing).toEqual([]);
  });
});
