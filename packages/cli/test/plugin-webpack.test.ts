import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { uibuilderCodegen } from 'uibuilder-codegen/plugin';
import webpack, { type Stats, type StatsError } from 'webpack';
import { afterAll, describe, expect, it } from 'vitest';
import { addPostSubtitle, repoRoot, runCli, tempProject } from './cli-harness.js';

// The same plugin under webpack: generation before the entry is resolved, watch-mode
// regeneration, and failures as compilation errors. The job writes JavaScript, which webpack
// bundles without a loader.
const variantJob = path.join(repoRoot, 'examples/blog/variants/graphql-js-dts/codegen-job.json');
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

function project(): { dir: string; job: string } {
  const { dir, cleanup } = tempProject('uibuilder-webpack-');
  cleanups.push(cleanup);
  const job = path.join(dir, 'codegen-job.json');
  cpSync(variantJob, job);
  writeFileSync(
    path.join(dir, 'uibuilder-codegen.config.json'),
    JSON.stringify({ job: { file: 'codegen-job.json' } }),
  );
  mkdirSync(path.join(dir, 'src'));
  writeFileSync(
    path.join(dir, 'src/main.js'),
    "import { PostStatus } from './API';\nimport { listPosts } from './graphql/queries';\nexport const app = { listPosts, published: PostStatus.PUBLISHED };\n",
  );
  return { dir, job };
}

function compiler(dir: string, options: Parameters<typeof uibuilderCodegen.webpack>[0] = {}) {
  return webpack({
    mode: 'development',
    devtool: false,
    context: dir,
    entry: './src/main.js',
    output: { path: path.join(dir, 'dist'), filename: 'main.js' },
    infrastructureLogging: { level: 'none' },
    plugins: [uibuilderCodegen.webpack(options)],
  });
}

const bundleOf = (dir: string) => readFileSync(path.join(dir, 'dist/main.js'), 'utf8');
const errorsOf = (stats: Stats) => stats.toJson({ all: false, errors: true }).errors ?? [];

function addSubtitle(job: string): void {
  const saved = JSON.parse(readFileSync(job, 'utf8'));
  addPostSubtitle(saved.job);
  writeFileSync(job, JSON.stringify(saved));
}

function run(dir: string, options?: Parameters<typeof uibuilderCodegen.webpack>[0]) {
  const instance = compiler(dir, options);
  return new Promise<Stats>((resolve, reject) =>
    instance.run((error, stats) => {
      instance.close(() => (error || !stats ? reject(error) : resolve(stats)));
    }),
  );
}

describe('uibuilder-codegen/plugin under webpack', () => {
  it('generates the files before webpack resolves the entry that imports them', async () => {
    const { dir } = project();
    const stats = await run(dir);
    expect(errorsOf(stats)).toEqual([]);
    expect(readFileSync(path.join(dir, 'src/API.d.ts'), 'utf8')).toContain('export type Post = {');
    expect(bundleOf(dir)).toContain('query ListPosts');
  });

  it('in watch mode, regenerates when the job changes and reports a broken job as an error', async () => {
    const { dir, job } = project();
    const builds: { stats: Stats; bundle: string }[] = [];
    let seen = 0;
    /** The first build after the previous call whose outcome `accept` takes. */
    const build = (accept: (errors: StatsError[], bundle: string) => boolean) =>
      new Promise<StatsError[]>((resolve, reject) => {
        const deadline = Date.now() + 30_000;
        const poll = setInterval(() => {
          for (; seen < builds.length; seen++) {
            const { stats, bundle } = builds[seen]!;
            if (accept(errorsOf(stats), bundle)) {
              clearInterval(poll);
              seen++;
              return resolve(errorsOf(stats));
            }
          }
          if (Date.now() > deadline) {
            clearInterval(poll);
            reject(new Error(`no such build among ${builds.length}`));
          }
        }, 50);
      });
    const watching = compiler(dir).watch({ aggregateTimeout: 50 }, (error, stats) => {
      if (error) throw error;
      // Read now: a later build rewrites the bundle.
      if (stats) builds.push({ stats, bundle: stats.hasErrors() ? '' : bundleOf(dir) });
    });
    if (!watching) throw new Error('webpack did not start watching');
    try {
      await build((errors) => errors.length === 0);
      addSubtitle(job);
      // Webpack rebuilds once more when it sees the regenerated files; the first build after the
      // change must already have them.
      expect(
        await build((errors, bundle) => errors.length === 0 && bundle.includes('subtitle')),
      ).toEqual([]);
      expect(seen).toBe(2);

      const before = readFileSync(path.join(dir, 'src/graphql/queries.js'), 'utf8');
      writeFileSync(job, '{ "job": ');
      const [failure] = await build((errors) => errors.length > 0);
      expect(failure?.message).toMatch(
        /\[JobSourceError\] .*codegen-job\.json:1:\d+: invalid JSON/,
      );
      expect(failure?.message).toContain('Resolution: Fix the JSON at that line and column');
      expect(readFileSync(path.join(dir, 'src/graphql/queries.js'), 'utf8')).toBe(before);

      cpSync(variantJob, job);
      await build((errors, bundle) => errors.length === 0 && !bundle.includes('subtitle'));
    } finally {
      await new Promise((resolve) => watching.close(resolve));
    }
  });

  it('check: true fails the build when the generated files are out of date', async () => {
    const { dir, job } = project();
    expect(errorsOf(await run(dir))).toEqual([]);
    expect(errorsOf(await run(dir, { check: true }))).toEqual([]);
    addSubtitle(job);
    const [failure] = errorsOf(await run(dir, { check: true }));
    expect(failure?.message).toMatch(/\[OutOfDateError\] \d+ generated file\(s\) out of date: /);
    expect(failure?.message).toContain('src/API.d.ts (changed)');
  });

  it('an invalid schema fails the build with exactly the text the CLI prints', async () => {
    const { dir, job } = project();
    const saved = JSON.parse(readFileSync(job, 'utf8'));
    saved.job.genericDataSchema.models.Post.fields.editor = {
      dataType: 'Model',
      dataTypeValue: 'Editor',
      required: false,
      readOnly: false,
      isArray: false,
    };
    writeFileSync(job, JSON.stringify(saved));
    // Beside webpack's own errors for the files that were never generated.
    const failure = errorsOf(await run(dir)).find((e) => e.message.includes('[SchemaError]'));
    const cli = await runCli(['generate'], { cwd: dir });
    expect(cli.code).toBe(3);
    expect(failure?.message).toContain(
      'error [DanglingTypeReference] Post.editor refers to model "Editor", which does not exist\n' +
        '  at /genericDataSchema/models/Post/fields/editor/dataTypeValue\n' +
        '  Resolution: Define model Editor in the schema, or correct the reference.',
    );
    expect(`${failure?.message}\n`).toBe(cli.stderr);
  });
});
