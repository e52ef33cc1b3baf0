import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { generateInProcess, type CliRun } from '../cli-harness.js';
import {
  runHardened,
  scratchDir,
  snapshotTree,
  writeJob,
  blogJob,
  configure,
} from './hardening-support.js';

const cleanups: (() => void)[] = [];
const pristineCleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** The manifest's hash: sha256 of the LF-normalised text. */
const hash = (text: string) =>
  createHash('sha256').update(text.replace(/\r\n?/g, '\n')).digest('hex');

/**
 * A project after one clean generation of the blog job (graphQL, tsx): `root/codegen-job.json`,
 * `root/package.json`, `root/.git/config`, the output under `root/src`. Generated once; each test
 * gets its own copy (the output is deterministic and holds no absolute path).
 */
let pristine: string;
beforeAll(async () => {
  pristine = scratchDir(pristineCleanups);
  mkdirSync(path.join(pristine, '.git'));
  writeFileSync(path.join(pristine, '.git/config'), '[core]\n\tbare = false\n');
  writeFileSync(path.join(pristine, 'package.json'), '{ "name": "app" }\n');
  writeFileSync(
    path.join(pristine, 'uibuilder-codegen.config.json'),
    '{ "outDir": "src/ui-components" }\n',
  );
  writeFileSync(path.join(pristine, 'src.ts'), 'export const mine = 1;\n');
  const job = writeJob(pristine, configure(blogJob(), 'graphQL', 'tsx'));
  const first = await runHardened(['generate', '--job-file', job], { cwd: pristine });
  expect(first.code, first.stderr).toBe(0);
});
afterAll(() => pristineCleanups.forEach((c) => c()));

function generated() {
  const root = scratchDir(cleanups);
  cpSync(pristine, root, { recursive: true });
  const job = path.join(root, 'codegen-job.json');
  const manifestPath = path.join(root, 'src/ui-components/.uibuilder-codegen.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    files: Record<string, string>;
  };
  const addEntries = (entries: Record<string, string>) =>
    writeFileSync(
      manifestPath,
      JSON.stringify({ ...manifest, files: { ...manifest.files, ...entries } }),
    );
  return { root, job, manifestPath, addEntries };
}

/**
 * `generate` of the copied project, with `--force` or `--check` as asked: through the CLI, or
 * (`inProcess`) through the library in this process, reported as the CLI reports it. The first case
 * of each table runs the CLI, the others the library: the manifest handling is the library's.
 */
function generateAgain(
  root: string,
  { force = false, check = false, inProcess = false } = {},
): Promise<CliRun> {
  const job = path.join(root, 'codegen-job.json');
  if (inProcess) {
    const mode = check ? 'check' : 'write';
    return generateInProcess({ job: { file: job }, cwd: root, config: true, force, mode });
  }
  const flags = [...(force ? ['--force'] : []), ...(check ? ['--check'] : [])];
  return runHardened(['generate', '--job-file', job, ...flags], { cwd: root });
}

/** Entries (key -> the file below the root it names, relative) an attacker could commit. */
const FOREIGN_ENTRIES: readonly (readonly [string, string, string])[] = [
  ['package.json, hash matching', '../../package.json', 'package.json'],
  ['the job file, hash matching', '../../codegen-job.json', 'codegen-job.json'],
  ['.git/config, hash matching', '../../.git/config', '.git/config'],
  [
    'a config file, hash matching',
    '../../uibuilder-codegen.config.json',
    'uibuilder-codegen.config.json',
  ],
  ['a source file through ./', './../../src.ts', 'src.ts'],
  ['a source file, hash matching, normal form', '../../src.ts', 'src.ts'],
];

describe('the manifest is input, not authority', () => {
  it.each(FOREIGN_ENTRIES.map((entry, index) => [...entry, index > 0] as const))(
    'an entry naming %s is ignored with a warning; nothing is deleted, even with --force',
    async (_name, key, target, inProcess) => {
      const { root, addEntries } = generated();
      const text = readFileSync(path.join(root, target), 'utf8');
      for (const force of [false, true]) {
        addEntries({ [key]: hash(text) });
        const run = await generateAgain(root, { force, inProcess });
        expect(run.code, run.stderr).toBe(0);
        expect(readFileSync(path.join(root, target), 'utf8')).toBe(text);
        // .ts sources are of a generated kind: those are removed only when we could have written them.
        expect(run.stderr).toMatch(/\[ManifestEntryIgnored\]|\[StaleFileKept\]|was ignored/);
      }
    },
  );

  it('--force never deletes a stale file whose contents we did not write', async () => {
    const { root, job, addEntries } = generated();
    writeFileSync(path.join(root, 'src/old.ts'), 'export const edited = 1;\n');
    addEntries({ '../old.ts': hash('export const generated = 1;\n') });
    const run = await runHardened(['generate', '--job-file', job, '--force'], { cwd: root });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('[StaleFileKept]');
    expect(readFileSync(path.join(root, 'src/old.ts'), 'utf8')).toBe('export const edited = 1;\n');
  });

  it('an entry aliasing a generated file (../graphql/./queries.ts) does not remove it after writing it', async () => {
    const { root, job, addEntries } = generated();
    const queries = path.join(root, 'src/graphql/queries.ts');
    addEntries({ '../graphql/./queries.ts': hash(readFileSync(queries, 'utf8')) });
    const run = await runHardened(['generate', '--job-file', job], { cwd: root });
    expect(run.code).toBe(0);
    expect(existsSync(queries)).toBe(true);
  });

  it.each([
    ['an empty key', '', false],
    ['"."', '.', true],
    ['an over-long key', `${'a/'.repeat(3000)}x.ts`, true],
    ['a NUL byte', '../API.ts\u0000', true],
    ['a backslash path', '..\\API.ts', true],
    ['an absolute path', '/etc/passwd.ts', true],
  ])(
    'a manifest key that is %s is ignored with a warning (exit 0, not 70)',
    async (_name, key, inProcess) => {
      const { root, addEntries } = generated();
      addEntries({ [key]: hash('x') });
      const run = await generateAgain(root, { inProcess });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stderr).toContain('[ManifestEntryIgnored]');
    },
  );

  it('accepts a manifest with a UTF-8 byte order mark', async () => {
    const { root, job, manifestPath } = generated();
    writeFileSync(manifestPath, `\uFEFF${readFileSync(manifestPath, 'utf8')}`);
    const run = await runHardened(['generate', '--job-file', job, '--check'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
  });

  it.each([
    ['the manifest', '.uibuilder-codegen.json'],
    ['the lock', '.uibuilder-codegen.lock'],
    ['the job file', '../../codegen-job.json'],
    ['a config file', '../../uibuilder-codegen.config.json'],
    ['a file in .git', '../../.git/config.graphql'],
  ])(
    '--appsync-schema onto %s is refused (exit 5) and later runs still work',
    async (_name, target) => {
      const { root, job } = generated();
      const before = snapshotTree(root);
      const run = await runHardened(
        ['generate', '--job-file', job, '--appsync-schema', target, '--no-format'],
        { cwd: root },
      );
      expect(run.code, run.stderr).toBe(5);
      expect(run.stderr).toContain('[OutputError] Refusing to write');
      expect(snapshotTree(root)).toEqual(before);
      // The refusal is the CLI's; the check after it, the library's in this process.
      const again = await generateAgain(root, { check: true, inProcess: true });
      expect(again.code, again.stderr).toBe(0);
    },
  );
});
