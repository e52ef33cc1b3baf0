import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  blogJob,
  configure,
  runHardened,
  scratchDir,
  snapshotTree,
  writeJob,
} from './hardening-support.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** A run that hangs is killed after 20 s and fails the test (code -1). */
const HANG = { timeoutMs: 20_000, maxOldSpaceMb: 1024 };
const MODES = [[], ['--check'], ['--dry-run']] as const;

/** The blog job (graphQL, tsx), generated once; each case works on a copy of it. */
const generatedOnce: (() => void)[] = [];
let template: string;
beforeAll(async () => {
  template = scratchDir(generatedOnce);
  const job = writeJob(template, configure(blogJob(), 'graphQL', 'tsx'));
  const first = await runHardened(['generate', '--job-file', job], { cwd: template });
  expect(first.code, first.stderr).toBe(0);
});
afterAll(() => generatedOnce.forEach((c) => c()));

/** A fresh copy of the generated project; returns the root and the job path. */
function generated() {
  const root = scratchDir(cleanups);
  cpSync(template, root, { recursive: true });
  return { root, job: path.join(root, 'codegen-job.json') };
}

function mkfifo(file: string): void {
  rmSync(file, { force: true });
  execFileSync('mkfifo', [file]);
}

/** A listening Unix socket at `file`, closed after the test. */
async function socketAt(file: string): Promise<void> {
  rmSync(file, { force: true });
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(file, resolve));
  cleanups.push(() => server.close());
}

describe('what is not a regular file at an output or manifest path is refused, never opened', () => {
  it.each([
    ['a FIFO at an output path', 'src/graphql/queries.ts', 'FIFO', mkfifo],
    ['a FIFO at the manifest path', 'src/ui-components/.uibuilder-codegen.json', 'FIFO', mkfifo],
    ['a FIFO at the journal path', 'src/ui-components/.uibuilder-codegen.journal', 'FIFO', mkfifo],
    ['a socket at an output path', 'src/API.ts', 'socket', socketAt],
    [
      'a directory at an output path',
      'src/graphql/queries.ts',
      'directory',
      (file: string) => {
        rmSync(file, { force: true });
        mkdirSync(file);
      },
    ],
  ])('%s: exit 5 in every mode, at once, nothing changed', async (_name, relative, kind, make) => {
    const { root, job } = generated();
    await make(path.join(root, relative));
    const before = snapshotTree(root);
    for (const mode of MODES) {
      const run = await runHardened(['generate', '--job-file', job, ...mode], {
        cwd: root,
        limits: HANG,
      });
      expect(run.code, `${mode.join(' ')}: ${run.stderr}`).toBe(5);
      expect(run.stderr).toContain('[OutputError]');
      expect(run.stderr).toContain(kind);
      expect(snapshotTree(root)).toEqual(before);
    }
  });

  it('a parent directory that is a file: exit 5 with a resolution, not 70', async () => {
    const { root, job } = generated();
    rmSync(path.join(root, 'src/graphql'), { recursive: true });
    writeFileSync(path.join(root, 'src/graphql'), 'a file\n');
    for (const mode of MODES) {
      const run = await runHardened(['generate', '--job-file', job, ...mode], {
        cwd: root,
        limits: HANG,
      });
      expect(run.code, run.stderr).toBe(5);
      expect(run.stderr).toContain('Resolution:');
    }
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable output file: exit 5, not 70', async () => {
    const { root, job } = generated();
    chmodSync(path.join(root, 'src/API.ts'), 0o000);
    cleanups.unshift(() => chmodSync(path.join(root, 'src/API.ts'), 0o644));
    const run = await runHardened(['generate', '--job-file', job], { cwd: root });
    expect(run.code, run.stderr).toBe(5);
    expect(run.stderr).toContain('permission denied');
  });

  it('an --out too long for the file system: exit 5, not 70', async () => {
    const { root, job } = generated();
    const run = await runHardened(
      ['generate', '--job-file', job, '--out', `src/${'x'.repeat(300)}/ui`],
      { cwd: root },
    );
    expect(run.code, run.stderr).toBe(5);
    expect(run.stderr).toContain('too long');
  });

  it('a --root that does not exist: exit 2, not 70', async () => {
    const { root, job } = generated();
    const run = await runHardened(['generate', '--job-file', job, '--root', 'missing'], {
      cwd: root,
    });
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toContain('does not exist');
  });

  it('after refusing, the same project generates once the odd file is gone', async () => {
    const { root, job } = generated();
    const queries = path.join(root, 'src/graphql/queries.ts');
    const contents = readFileSync(queries, 'utf8');
    mkfifo(queries);
    expect(
      (await runHardened(['generate', '--job-file', job], { cwd: root, limits: HANG })).code,
    ).toBe(5);
    rmSync(queries);
    writeFileSync(queries, contents);
    const run = await runHardened(['generate', '--job-file', job], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
  });
});
