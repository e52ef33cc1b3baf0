import {
  existsSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateInProcess, runCli, tempProject, writeBlogJob } from './cli-harness.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function project() {
  const p = tempProject();
  cleanups.push(p.cleanup);
  return p.dir;
}
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort();
}
/** The generation a test starts from, through the library: what it checks is the CLI run after. */
async function generateFirst(dir: string, job: string): Promise<void> {
  const run = await generateInProcess({ job: { file: job }, cwd: dir });
  expect(run.code, run.stderr).toBe(0);
}
const noApi = (job: {
  renderConfig: { react: { apiConfiguration?: Record<string, unknown> } };
}) => {
  job.renderConfig.react.apiConfiguration = { noApiConfig: {} };
};

describe('generate', () => {
  it('writes the files the render config asks for, and says what it wrote', async () => {
    const dir = project();
    const job = writeBlogJob(dir);
    const run = await runCli(['generate', '--job-file', job], { cwd: dir });
    expect(run.stderr).toMatch(/Generated (\d+) files in \d+ ms: \1 written, 0 unchanged/);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(listFiles(dir)).toEqual(
      expect.arrayContaining([
        'src/API.ts',
        'src/graphql/queries.ts',
        'src/graphql/mutations.ts',
        'src/graphql/subscriptions.ts',
        'src/graphql/fragments.ts',
        'src/ui-components/.uibuilder-codegen.json',
      ]),
    );
  });

  it('is idempotent: a second run rewrites nothing', async () => {
    const dir = project();
    const job = writeBlogJob(dir);
    expect((await runCli(['generate', '--job-file', job], { cwd: dir })).code).toBe(0);
    const mtimes = listFiles(dir).map((f) => [f, statSync(path.join(dir, f)).mtimeMs]);
    const second = await runCli(['generate', '--job-file', job], { cwd: dir });
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/Generated (\d+) files in \d+ ms: 0 written, \1 unchanged/);
    expect(listFiles(dir).map((f) => [f, statSync(path.join(dir, f)).mtimeMs])).toEqual(mtimes);
  });

  it('is deterministic: two projects get byte-identical files', async () => {
    // One by the CLI, one by the library in this process: the same bytes either way.
    const [a, b] = [project(), project()];
    expect((await runCli(['generate', '--job-file', writeBlogJob(a)], { cwd: a })).code).toBe(0);
    await generateFirst(b, writeBlogJob(b));
    const files = listFiles(a);
    expect(listFiles(b)).toEqual(files);
    for (const file of files) {
      expect(readFileSync(path.join(b, file), 'utf8'), file).toBe(
        readFileSync(path.join(a, file), 'utf8'),
      );
    }
  });

  it('--check exits 0 when up to date, 1 with a diff on drift, and ignores CRLF', async () => {
    const dir = project();
    const job = writeBlogJob(dir, noApi);
    await generateFirst(dir, job);
    expect((await runCli(['generate', '--job-file', job, '--check'], { cwd: dir })).code).toBe(0);
    const models = path.join(dir, 'src/models/index.ts');
    const original = readFileSync(models, 'utf8');
    writeFileSync(models, original.replace(/\n/g, '\r\n'));
    expect((await runCli(['generate', '--job-file', job, '--check'], { cwd: dir })).code).toBe(0);
    writeFileSync(models, original.replace('export', 'export /* edited */'));
    const drift = await runCli(['generate', '--job-file', job, '--check'], { cwd: dir });
    expect(drift.code).toBe(1);
    expect(drift.stderr).toContain('src/models/index.ts');
    expect(drift.stderr).toContain('-export /* edited */');
    expect(readFileSync(models, 'utf8')).toContain('/* edited */');
  });

  it('refuses to overwrite a hand-edited file (exit 5) unless --force', async () => {
    const dir = project();
    const job = writeBlogJob(dir, noApi);
    await generateFirst(dir, job);
    const models = path.join(dir, 'src/models/index.ts');
    writeFileSync(models, readFileSync(models, 'utf8') + '\n// mine\n');
    writeBlogJob(dir, (j) => {
      noApi(j);
      j['id'] = 'another-job';
    });
    const refused = await runCli(['generate', '--job-file', job], { cwd: dir });
    expect(refused.code).toBe(5);
    expect(refused.stderr).toContain('[OutputError]');
    expect(refused.stderr).toContain('src/models/index.ts');
    expect(readFileSync(models, 'utf8')).toContain('// mine');
    const forced = await runCli(['generate', '--job-file', job, '--force'], { cwd: dir });
    expect(forced.code).toBe(0);
    expect(readFileSync(models, 'utf8')).not.toContain('// mine');
  });

  it('removes files it generated before and no longer generates', async () => {
    const dir = project();
    const job = writeBlogJob(dir);
    await generateFirst(dir, job);
    expect(existsSync(path.join(dir, 'src/graphql/fragments.ts'))).toBe(true);
    writeBlogJob(dir, (j) => {
      (
        j.renderConfig.react.apiConfiguration as { graphQLConfig: Record<string, string> }
      ).graphQLConfig['fragmentsFilePath'] = '';
    });
    const run = await runCli(['generate', '--job-file', job], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/removed\s+src\/graphql\/fragments\.ts/);
    expect(existsSync(path.join(dir, 'src/graphql/fragments.ts'))).toBe(false);
  });

  it.each([
    ['a .. path that climbs out (exit 5)', '../../../../outside/API', 5],
    ['an absolute path, a bad job (exit 3)', '/tmp/uibuilder-outside/API', 3],
  ])('refuses %s and writes nothing', async (_name, typesFilePath, code) => {
    const dir = project();
    const job = writeBlogJob(dir, (j) => {
      (
        j.renderConfig.react.apiConfiguration as { graphQLConfig: Record<string, string> }
      ).graphQLConfig['typesFilePath'] = typesFilePath;
    });
    const run = await runCli(['generate', '--job-file', job, '--root', dir], { cwd: dir });
    expect(run.code).toBe(code);
    expect(listFiles(dir)).toEqual(['codegen-job.json']);
  });

  it('refuses a symlink inside the out directory that points outside the root', async () => {
    const dir = project();
    const outside = project();
    const job = writeBlogJob(dir, noApi);
    mkdirSync(path.join(dir, 'src'), { recursive: true });
    symlinkSync(outside, path.join(dir, 'src/models'));
    const run = await runCli(['generate', '--job-file', job], { cwd: dir });
    expect(run.code).toBe(5);
    expect(run.stderr).toContain('symbolic link');
    expect(readdirSync(outside)).toEqual([]);
  });

  it('--dry-run and --print write nothing; --print puts the files on stdout', async () => {
    const dir = project();
    const job = writeBlogJob(dir, noApi);
    const dry = await runCli(['generate', '--job-file', job, '--dry-run'], { cwd: dir });
    expect(dry.code).toBe(0);
    expect(dry.stderr).toMatch(/would be created\s+src\/models\/index\.ts/);
    const printed = await runCli(['generate', '--job-file', job, '--print'], { cwd: dir });
    expect(printed.code).toBe(0);
    expect(printed.stdout).toMatch(/^==> src\/models\/index\.ts <==\n/);
    expect(printed.stdout).toContain('export interface Post');
    expect(listFiles(dir)).toEqual(['codegen-job.json']);
  });

  it('--json prints one parseable result object and nothing else', async () => {
    const dir = project();
    const run = await runCli(['generate', '--job-file', writeBlogJob(dir, noApi), '--json'], {
      cwd: dir,
    });
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      mode: string;
      files: { path: string; status: string }[];
    };
    expect(result.mode).toBe('write');
    expect(result.files).toContainEqual(
      expect.objectContaining({ path: 'src/models/index.ts', status: 'created' }),
    );
  });

  it('reads the job from stdin with --job-file -', async () => {
    const dir = project();
    const text = readFileSync(writeBlogJob(dir, noApi), 'utf8');
    const run = await runCli(['generate', '--job-file', '-', '--dry-run'], {
      cwd: dir,
      stdin: text,
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('src/models/index.ts');
  });
});
