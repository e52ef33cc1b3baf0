import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as prettier from 'prettier';
import { afterEach, describe, expect, test } from 'vitest';
import { mayHavePrettierConfig } from './prettier-config-probe.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/**
 * A temp project with `name` holding `contents` at its root, and the path of a file in an output
 * directory below it that does not exist yet (a first run).
 */
function project(name?: string, contents = ''): string {
  const root = mkdtempSync(path.join(tmpdir(), 'uibuilder-probe-'));
  roots.push(root);
  if (name !== undefined) writeFileSync(path.join(root, name), contents);
  return path.join(root, 'src/ui-components/graphql/queries.ts');
}

/** What prettier itself resolves for the file, as `formatFiles` asks it. */
const resolved = (file: string) => prettier.resolveConfig(file, { editorconfig: true });

describe('mayHavePrettierConfig', () => {
  test('nothing above the file: prettier resolves no config either', async () => {
    for (const file of [project(), project('package.json', '{"name":"app","private":true}')]) {
      expect(mayHavePrettierConfig(path.dirname(file))).toBe(false);
      expect(await resolved(file)).toBeNull();
    }
  });

  test.each([
    ['.prettierrc', '{"semi":false}'],
    ['.prettierrc.json', '{"semi":false}'],
    ['.prettierrc.yaml', 'semi: false\n'],
    ['.prettierrc.toml', 'semi = false\n'],
    ['prettier.config.mjs', 'export default { semi: false };\n'],
    ['package.json', '{"name":"app","prettier":{"semi":false}}'],
    ['.editorconfig', 'root = true\n\n[*]\nindent_style = tab\n'],
  ])('%s above the file: a config prettier finds', async (name, contents) => {
    const file = project(name, contents);
    expect(mayHavePrettierConfig(path.dirname(file))).toBe(true);
    expect(await resolved(file)).not.toBeNull();
  });

  test('a config in a directory between the file and the root counts, and the cache answers', () => {
    const file = project();
    const cache = new Map<string, boolean>();
    expect(mayHavePrettierConfig(path.dirname(file), cache)).toBe(false);
    const src = path.join(path.dirname(file), '../..');
    mkdirSync(src, { recursive: true });
    writeFileSync(path.join(src, '.prettierrc'), '{}');
    expect(cache.get(path.dirname(file))).toBe(false);
    expect(mayHavePrettierConfig(path.dirname(file))).toBe(true);
  });
});
