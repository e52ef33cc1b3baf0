import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateInProcess } from '../cli-harness.js';
import {
  blogJob,
  configure,
  expectNoSecrets,
  runHardened,
  scratchDir,
  snapshotTree,
  writeJob,
  type LooseJob,
} from './hardening-support.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** `base/root` is the project (`--root`), `base/outside` a directory next to it with a file in it. */
function layout(): { base: string; root: string; outside: string } {
  const base = scratchDir(cleanups);
  const root = path.join(base, 'root');
  const outside = path.join(base, 'outside');
  mkdirSync(path.join(root, 'src/ui-components'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(path.join(outside, 'keep.txt'), 'precious\n');
  writeFileSync(path.join(outside, 'manifest.json'), '{"jobId":"another-project","files":{}}\n');
  return { base, root, outside };
}

function withTypesPath(typesFilePath: string): LooseJob {
  const job = configure(blogJob(), 'graphQL', 'tsx');
  (job.renderConfig.react.apiConfiguration['graphQLConfig'] as Record<string, string>)[
    'typesFilePath'
  ] = typesFilePath;
  return job;
}

/**
 * Generates `job` under `root` with `--verbose`: through the CLI, or (`inProcess`) through the
 * library in this process, reported as the CLI reports it. The first case of each table below runs
 * the CLI, the others the library: the refusals are the library's, the exit codes the CLI's.
 */
async function generateIn(
  root: string,
  job: LooseJob,
  { inProcess = false }: { inProcess?: boolean } = {},
) {
  const jobFile = writeJob(path.dirname(root), job);
  if (!inProcess) {
    return runHardened(['generate', '--job-file', jobFile, '--root', root, '--verbose'], {
      cwd: root,
    });
  }
  const run = await generateInProcess({ job: { file: jobFile }, root, cwd: root }, true);
  expectNoSecrets(run);
  return run;
}

describe('render-config paths and links that lead outside the root', () => {
  it.each([
    ['.. that climbs out through a sibling', '../../../outside/API', false],
    ['.. hidden after a real directory', '../graphql/../../../outside/API', true],
  ])('refuses %s: exit 5, nothing written anywhere', async (_name, typesFilePath, inProcess) => {
    const { base, root } = layout();
    const job = withTypesPath(typesFilePath);
    writeJob(base, job);
    const before = snapshotTree(base);
    const run = await generateIn(root, job, { inProcess });
    expect(run.stderr).toContain('[OutputError]');
    expect(run.code).toBe(5);
    expect(snapshotTree(base)).toEqual(before);
  });

  // A path that can never name a file is a bad job: refused where the job is read, at its pointer.
  it.each([
    ['Windows separators', '..\\..\\..\\outside\\API', false],
    ['a Windows drive path', 'C:\\outside\\API', true],
    ['a drive path with forward slashes', 'C:/outside/API', true],
    ['a NUL byte', '../AP\u0000I', true],
    ['a NUL byte that truncates to a path outside', '../../../outside/API\u0000.ts', true],
    ['a UNC path', '\\\\server\\share\\API', true],
    ['an absolute path', '/tmp/uibuilder-hardening-outside/API', true],
  ])(
    'refuses %s: exit 3 at its JSON pointer, nothing written anywhere',
    async (_name, typesFilePath, inProcess) => {
      const { base, root } = layout();
      const job = withTypesPath(typesFilePath);
      writeJob(base, job);
      const before = snapshotTree(base);
      const run = await generateIn(root, job, { inProcess });
      expect(run.stderr).toContain('[InvalidOutputPath]');
      expect(run.stderr).toContain(
        '/renderConfig/react/apiConfiguration/graphQLConfig/typesFilePath',
      );
      expect(run.code).toBe(3);
      expect(snapshotTree(base)).toEqual(before);
    },
  );

  it.each([
    [
      'a file link to a file outside',
      'src/API.ts',
      (outside: string) => path.join(outside, 'keep.txt'),
      false,
    ],
    [
      'a file link to a missing file outside',
      'src/API.ts',
      (outside: string) => path.join(outside, 'missing.ts'),
      true,
    ],
    ['a directory link to a directory outside', 'src/graphql', (outside: string) => outside, true],
    [
      'the manifest as a link to a manifest outside',
      'src/ui-components/.uibuilder-codegen.json',
      (outside: string) => path.join(outside, 'manifest.json'),
      true,
    ],
    [
      'the component directory as a link outside',
      'src/ui-components',
      (outside: string) => outside,
      true,
    ],
  ])('refuses %s: exit 5, nothing written anywhere', async (_name, linkPath, target, inProcess) => {
    const { base, root, outside } = layout();
    const link = path.join(root, linkPath);
    // The component directory itself may be the link.
    rmSync(link, { recursive: true, force: true });
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(target(outside), link);
    const job = configure(blogJob(), 'graphQL', 'tsx');
    writeJob(base, job);
    const before = snapshotTree(base);
    const run = await generateIn(root, job, { inProcess });
    expect(run.stderr).toContain('[OutputError]');
    expect(run.stderr).toMatch(/symbolic link|outside the root/);
    expect(run.code).toBe(5);
    expect(snapshotTree(base)).toEqual(before);
    expect(readFileSync(path.join(outside, 'keep.txt'), 'utf8')).toBe('precious\n');
  });

  it('works when --root itself is a symbolic link (to a real directory), writing inside it', async () => {
    const { base, root } = layout();
    const linkedRoot = path.join(base, 'linked-root');
    symlinkSync(root, linkedRoot);
    const job = configure(blogJob(), 'noApi', 'tsx');
    const run = await generateIn(linkedRoot, job);
    expect(run.stderr).not.toContain('Error');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/created\s+src\/models\/index\.ts/);
    expect(readFileSync(path.join(root, 'src/models/index.ts'), 'utf8')).toContain(
      'export interface Post',
    );
    // A second run through the link sees its own manifest: nothing to change.
    const again = await generateIn(linkedRoot, job);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/Generated (\d+) files in \d+ ms: 0 written, \1 unchanged/);
  });

  it('a link inside the root that stays inside the root is followed', async () => {
    const { root } = layout();
    mkdirSync(path.join(root, 'real-models'));
    symlinkSync(path.join(root, 'real-models'), path.join(root, 'src/models'));
    const run = await generateIn(root, configure(blogJob(), 'noApi', 'tsx'));
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(root, 'real-models/index.ts'), 'utf8')).toContain(
      'export interface Post',
    );
  });
});
