import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { planAndWrite } from '../output-transaction.js';
import type { WriteStepHook } from '../replace-file.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** `base/root` (with `src/ui-components`) and `base/outside`, removed after each test. */
export function layout() {
  const base = mkdtempSync(path.join(os.tmpdir(), 'uibuilder-transaction-'));
  dirs.push(base);
  const root = path.join(base, 'root');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(root, 'src/ui-components'), { recursive: true });
  mkdirSync(outside);
  return { root, outside, outDir: path.join(root, 'src/ui-components') };
}

/** The files of one "job": a types file and three statement files. */
export const job = (tag: string) =>
  [
    '../API.ts',
    '../graphql/mutations.ts',
    '../graphql/queries.ts',
    '../graphql/subscriptions.ts',
  ].map((file) => ({ path: file, contents: `// ${tag}: ${file}\nexport {};\n` }));

/** One write transaction of `files` into `root`'s `src/ui-components`, as `generate` runs it. */
export function write(
  root: string,
  files: ReturnType<typeof job>,
  onWriteStep?: WriteStepHook,
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
    { force, ...(onWriteStep ? { onWriteStep } : {}) },
  );
}

/** Every regular file under `dir`, relative, sorted. */
export const treeOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
