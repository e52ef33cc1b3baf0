import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OutputError } from '@uibuilder-codegen/core';
import { afterEach, describe, expect, it } from 'vitest';
import { JOURNAL_FILE } from './journal.js';
import { MANIFEST_FILE } from './manifest.js';
import { planAndWrite } from './output-transaction.js';
import type { PlannedFile } from './plan-output.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `base/root` (with `src/ui-components`) and `base/outside`. */
function layout() {
  const base = mkdtempSync(path.join(os.tmpdir(), 'uibuilder-transaction-'));
  dirs.push(base);
  const root = path.join(base, 'root');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(root, 'src/ui-components'), { recursive: true });
  mkdirSync(outside);
  return { root, outside, outDir: path.join(root, 'src/ui-components') };
}

/** The files of one "job": a types file and three statement files. */
const job = (tag: string) =>
  [
    '../API.ts',
    '../graphql/mutations.ts',
    '../graphql/queries.ts',
    '../graphql/subscriptions.ts',
  ].map((file) => ({ path: file, contents: `// ${tag}: ${file}\nexport {};\n` }));

function write(
  root: string,
  files: ReturnType<typeof job>,
  beforeReplace?: (file: PlannedFile) => void,
  force = false,
) {
  return planAndWrite(
    {
      root,
      outDir: path.join(root, 'src/ui-components'),
      jobId: 'j',
      files,
      jobFile: undefined,
      write: true,
      lockTimeoutMs: 0,
    },
    { force, ...(beforeReplace ? { beforeReplace } : {}) },
  );
}

const treeOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();

describe('the write transaction', () => {
  it('does not overwrite an edit saved between the plan and the rename (exit 5, edit kept)', async () => {
    const { root } = layout();
    await write(root, job('old'));
    const queries = path.join(root, 'src/graphql/queries.ts');
    const error = await write(root, job('new'), (file) => {
      if (file.absolutePath === queries) writeFileSync(queries, '// my edit\n');
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OutputError);
    expect((error as OutputError).exitCode).toBe(5);
    expect((error as Error).message).toContain('src/graphql/queries.ts changed while');
    expect(readFileSync(queries, 'utf8')).toBe('// my edit\n');
    expect(treeOf(root).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('does not follow a directory swapped for a link outside the root during the write', async () => {
    const { root, outside } = layout();
    await write(root, job('old'));
    const graphql = path.join(root, 'src/graphql');
    let swapped = false;
    const error = await write(root, job('new'), (file) => {
      if (swapped || !file.absolutePath.startsWith(graphql)) return;
      swapped = true;
      renameSync(graphql, `${graphql}.moved`);
      symlinkSync(outside, graphql);
    }).catch((e: unknown) => e);
    expect(swapped).toBe(true);
    expect((error as OutputError).exitCode).toBe(5);
    expect((error as Error).message).toContain('directory of src/graphql/');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('after an I/O error mid-write, the next run recognises every file without --force', async () => {
    const { root, outDir } = layout();
    await write(root, job('old'));
    let replaced = 0;
    const error = await write(root, job('new'), () => {
      replaced += 1;
      if (replaced === 3) throw Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' });
    }).catch((e: unknown) => e);
    expect((error as Error).message).toContain('an I/O error');
    expect(existsSync(path.join(outDir, JOURNAL_FILE))).toBe(true);
    // Two files are new, two old; the manifest still lists the old ones. A third job changes all.
    const third = await write(root, job('third'));
    expect(third.files.map((f) => f.status)).toEqual(['updated', 'updated', 'updated', 'updated']);
    expect(readFileSync(path.join(root, 'src/API.ts'), 'utf8')).toContain('third');
    expect(existsSync(path.join(outDir, JOURNAL_FILE))).toBe(false);
  });

  it('survives two interruptions in a row: the second journal keeps the first run recognisable', async () => {
    const { root } = layout();
    await write(root, job('old'));
    const failOn = (n: number) => {
      let count = 0;
      return () => {
        count += 1;
        if (count === n) throw Object.assign(new Error('EIO'), { code: 'EIO' });
      };
    };
    await expect(write(root, job('second'), failOn(2))).rejects.toThrow(OutputError);
    await expect(write(root, job('third'), failOn(2))).rejects.toThrow(OutputError);
    const fourth = await write(root, job('fourth'));
    expect(fourth.files.every((f) => f.status === 'updated')).toBe(true);
  });

  it('acts only on manifest entries it could have generated; deletes only our own files whose hashes match', async () => {
    const { root, outDir } = layout();
    writeFileSync(path.join(root, 'package.json'), '{"name":"app"}\n');
    const old = '// Generated by uibuilder-codegen from codegen job j. Do not edit.\nexport {};\n';
    writeFileSync(path.join(root, 'src/old.ts'), old);
    writeFileSync(path.join(root, 'src/mine.ts'), 'export const mine = 1;\n');
    writeFileSync(path.join(root, 'src/kept.ts'), 'export const mine = 1;\n');
    const { contentHash } = await import('./manifest.js');
    writeFileSync(
      path.join(outDir, MANIFEST_FILE),
      JSON.stringify({
        jobId: 'j',
        files: {
          '../../package.json': contentHash('{"name":"app"}\n'),
          '../graphql/./queries.ts': contentHash('x'),
          '../old.ts': contentHash(old),
          '../mine.ts': contentHash('export const mine = 1;\n'),
          '../kept.ts': contentHash('something we wrote once\n'),
          '': contentHash('x'),
        },
      }),
    );
    const plan = await write(root, job('new'), undefined, true);
    expect(readFileSync(path.join(root, 'package.json'), 'utf8')).toBe('{"name":"app"}\n');
    expect(existsSync(path.join(root, 'src/old.ts'))).toBe(false);
    expect(readFileSync(path.join(root, 'src/kept.ts'), 'utf8')).toBe('export const mine = 1;\n');
    // Its hash matches, but it does not carry our banner: not ours to delete.
    expect(readFileSync(path.join(root, 'src/mine.ts'), 'utf8')).toBe('export const mine = 1;\n');
    expect(existsSync(path.join(root, 'src/graphql/queries.ts'))).toBe(true);
    expect(plan.warnings.map((w) => w.code).sort()).toEqual([
      'ManifestEntryIgnored',
      'ManifestEntryIgnored',
      'ManifestEntryIgnored',
      'StaleFileKept',
      'StaleFileKept',
    ]);
  });
});
