import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatFiles } from './format-files.js';
import { CHUNK_THRESHOLD_BYTES } from './format-in-chunks.js';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A generated-looking file of top-level declarations, just over the chunking threshold. */
function largeFile(): string {
  const declarations: string[] = [];
  let size = 0;
  for (let i = 0; size <= CHUNK_THRESHOLD_BYTES + 1_000; i++) {
    const declaration = `export type Model${i} = { id: string; n: number };`;
    declarations.push(declaration);
    size += declaration.length + 2;
  }
  return declarations.join('\n\n') + '\n';
}

describe('formatInChunks through formatFiles', () => {
  it('puts one @format pragma on a file formatted in chunks under insertPragma', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'uibuilder-pragma-'));
    roots.push(root);
    writeFileSync(path.join(root, '.prettierrc'), '{ "insertPragma": true }\n');
    const [formatted] = await formatFiles([{ path: 'API.ts', contents: largeFile() }], {
      root,
      outDir: 'src/ui-components',
    });
    expect(formatted?.contents.match(/@format/g)).toHaveLength(1);
    expect(formatted?.contents.startsWith('/** @format */')).toBe(true);
  });
});
