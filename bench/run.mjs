#!/usr/bin/env node
/**
 * `pnpm bench`: generation on synthetic jobs of 10 to 5,000 models, cold and per stage, beside AWS's
 * own generators on the same AppSync schema. Writes `bench/results/latest.json` and the results
 * section of `BENCHMARKS.md`. Not part of the test run; build first (`pnpm build`).
 *
 *   node bench/run.mjs [--sizes 10,100,1000,5000] [--configs gql-tsx-d2,...] [--runs 3]
 *                      [--aws-sizes 10,100,1000] [--aws-timeout 400] [--cold-timeout 600]
 *                      [--mesh-timeout 300] [--skip 5000:gql-js-d3,...] [--no-aws] [--no-mesh]
 *                      [--no-stages] [--no-cold] [--no-write] [--startup-runs 10] [--no-startup]
 *                      [--check-drift-sizes 1000,5000] [--no-check-drift]
 *                      [--library-sizes 1000,5000] [--no-library]
 *
 * Every measurement runs in its own child process, one after another (the machine has 2 cores).
 */
import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { checkDriftLines, measureCheckDrift } from './check-drift.mjs';
import { libraryLines, measureLibraryRss } from './library-rss.mjs';
import { measureStartup, STARTUP_TARGET_RATIO, startupLines } from './startup.mjs';
import { syntheticJob } from './synthetic-job.mjs';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(BENCH_DIR, '..');
const BIN = path.join(REPO, 'packages/cli/dist/bin.js');
const TIME_BIN = '/usr/bin/time';
const RSS_PRELOAD = path.join(BENCH_DIR, 'report-rss.mjs');
const RESULTS = path.join(BENCH_DIR, 'results/latest.json');
const MARKDOWN = path.join(REPO, 'BENCHMARKS.md');
const START_MARK =
  '<!-- bench:results:start (written by bench/run.mjs; edit outside these marks) -->';
const END_MARK = '<!-- bench:results:end -->';

/**
 * The configurations measured for every size.
 * @type {{ id: string, api: import('./synthetic-job.mjs').SyntheticApi, maxDepth: number, label: string, format?: boolean, apiSchema?: boolean }[]}
 */
const CONFIGS = [
  { id: 'gql-tsx-d2', api: 'graphQL', maxDepth: 2, label: 'graphQLConfig tsx, maxDepth 2' },
  {
    id: 'gql-tsx-d2-nofmt',
    api: 'graphQL',
    maxDepth: 2,
    format: false,
    label: 'graphQLConfig tsx, maxDepth 2, --no-format (what formatting costs)',
  },
  { id: 'gql-tsx-d3', api: 'graphQL', maxDepth: 3, label: 'graphQLConfig tsx, maxDepth 3' },
  {
    id: 'gql-tsx-d3-api',
    api: 'graphQL',
    maxDepth: 3,
    apiSchema: true,
    label: 'graphQLConfig tsx, maxDepth 3, --api-schema (the deployed schema, same models)',
  },
  { id: 'gql-js-d3', api: 'graphQLjs', maxDepth: 3, label: 'graphQLConfig js + .d.ts, maxDepth 3' },
  { id: 'datastore', api: 'dataStore', maxDepth: 3, label: 'dataStoreConfig' },
  { id: 'noapi', api: 'noApi', maxDepth: 3, label: 'noApiConfig' },
];

/** @type {import('node:child_process').ChildProcess | undefined} */
let activeChild;
// Stopping the bench stops the measurement it is running, not only the bench.
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
  process.on(signal, () => {
    activeChild?.kill('SIGKILL');
    process.exit(130);
  });
}

/**
 * Runs a command to completion (or a timeout) and collects its output.
 * @param {string} command
 * @param {string[]} args
 * @param {{ timeoutMs?: number, cwd?: string }} [options]
 */
function run(command, args, options = {}) {
  const { timeoutMs = 600_000, cwd = REPO } = options;
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    activeChild = child;
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      activeChild = undefined;
      resolve({ code, signal, timedOut, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/**
 * The median of each stage over several runs' `timings`.
 * @param {Record<string, number>[]} all
 */
function medianTimings(all) {
  if (all.length === 0) return undefined;
  return Object.fromEntries(
    Object.keys(all[0]).map((stage) => [stage, median(all.map((t) => t[stage] ?? 0))]),
  );
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** @param {string} dir */
function outputSize(dir) {
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size;
  }
  return { files, bytes };
}

/** @param {string} text */
const lastLine = (text) => text.trim().split('\n').at(-1) ?? '';

/**
 * The useful part of a failed child's stderr: the first error line, then the last lines.
 * @param {string} text
 */
const tail = (text) => {
  const lines = text.trim().split('\n');
  const first = lines.find((line) => /^\[\w+\]|Error\b|error:/i.test(line));
  const last = lines.filter((line) => !/^\s+at |^Node\.js v/.test(line)).slice(-4);
  return [...new Set([first, ...last].filter(Boolean))].join('\n');
};

/**
 * Other people rebuild `dist/` while the bench runs; a child that could not load a module is
 * retried (after a pause) rather than counted as a failure of the code under test.
 * @param {{ code: number | null, stderr: string }} result
 */
const isConcurrentBuild = (result) =>
  result.code !== 0 &&
  /ERR_MODULE_NOT_FOUND|Cannot find module|does not provide an export/.test(result.stderr);

/** @param {number} ms */
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One cold, whole-process `uibuilder-codegen generate --json` into a fresh root: wall time, the
 * child's peak RSS (`/usr/bin/time`, or a preload that reports `process.resourceUsage()`), and
 * the per-stage `timings` the CLI reports in its JSON result (load, transform, emit, format, plan,
 * write), so the stage breakdown is that of the same cold process.
 * @param {string} jobFile
 * @param {number} maxDepth
 * @param {string} tmp
 * @param {number} [timeoutMs]
 * @param {boolean} [format]
 * @param {string} [apiSchema] an AppSync schema file for --api-schema
 */
async function coldRun(jobFile, maxDepth, tmp, timeoutMs = 600_000, format = true, apiSchema) {
  const root = mkdtempSync(path.join(tmp, 'cold-'));
  const cliArgs = [
    BIN,
    'generate',
    '--job-file',
    jobFile,
    '--root',
    root,
    '--out',
    'src/ui-components',
  ];
  cliArgs.push('--max-depth', String(maxDepth), '--json');
  if (!format) cliArgs.push('--no-format');
  if (apiSchema !== undefined) cliArgs.push('--api-schema', apiSchema);
  const useTime = existsSync(TIME_BIN);
  const once = () =>
    useTime
      ? run(TIME_BIN, ['-f', '__bench_rss_kb=%M', process.execPath, ...cliArgs], {
          cwd: root,
          timeoutMs,
        })
      : run(process.execPath, ['--import', RSS_PRELOAD, ...cliArgs], { cwd: root, timeoutMs });
  let result = await once();
  for (let retry = 0; retry < 4 && isConcurrentBuild(result); retry += 1) {
    await pause(20_000);
    result = await once();
  }
  const rssMatch = /__bench_rss_kb=(\d+)/.exec(result.stderr);
  const size = result.code === 0 ? outputSize(root) : { files: 0, bytes: 0 };
  rmSync(root, { recursive: true, force: true });
  let timings;
  try {
    timings = result.code === 0 ? JSON.parse(result.stdout).timings : undefined;
  } catch {
    timings = undefined;
  }
  return {
    ok: result.code === 0,
    ms: Math.round(result.ms),
    timings,
    rssMB: rssMatch ? Math.round(Number(rssMatch[1]) / 1024) : undefined,
    ...size,
    ...(result.code === 0
      ? {}
      : {
          error: result.timedOut
            ? `timed out after ${timeoutMs / 1000} s`
            : tail(result.stderr.replace(/__bench_rss_kb=\d+/, '')),
        }),
  };
}

/**
 * @param {string[]} args
 * @param {number} timeoutMs
 */
async function jsonChild(args, timeoutMs) {
  let result = await run(process.execPath, args, { timeoutMs });
  for (let retry = 0; retry < 4 && isConcurrentBuild(result); retry += 1) {
    await pause(20_000);
    result = await run(process.execPath, args, { timeoutMs });
  }
  if (result.code !== 0) {
    return {
      ok: false,
      wallMs: Math.round(result.ms),
      error: result.timedOut
        ? `timed out after ${timeoutMs / 1000} s`
        : tail(result.stderr) || `exit ${result.code ?? result.signal}`,
    };
  }
  return { ok: true, wallMs: Math.round(result.ms), ...JSON.parse(lastLine(result.stdout)) };
}

async function machine() {
  const nodeVersion = process.version;
  const free = await run('free', ['-h']);
  const head = await run('git', ['rev-parse', '--short', 'HEAD']);
  const dirty = await run('git', ['status', '--porcelain', '--untracked-files=no', 'packages']);
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    nproc: os.availableParallelism(),
    cpu: cpus[0]?.model ?? 'unknown',
    memory:
      free.stdout
        .split('\n')
        .find((line) => line.startsWith('Mem:'))
        ?.trim() ?? `${Math.round(os.totalmem() / 2 ** 30)} GiB`,
    loadAverage: os.loadavg().map((load) => Math.round(load * 100) / 100),
    node: nodeVersion,
    commit: `${head.stdout.trim()}${dirty.stdout.trim() ? ' (packages/ had uncommitted changes)' : ''}`,
    platform: `${os.platform()} ${os.release()}`,
  };
}

/**
 * The AppSync schema the job's models deploy as (emit's builder, which matches the transformer on
 * these models), written once per size for the `--api-schema` configuration.
 * @param {string} jobFile
 * @param {string} tmp
 * @param {number} size
 */
async function writeDeployedSchema(jobFile, tmp, size) {
  const { normalizeSchema } = await import('../packages/transform/dist/index.js');
  const { DEFAULT_EMIT_OPTIONS, emitFiles } = await import('../packages/emit/dist/index.js');
  const { ir } = normalizeSchema(JSON.parse(readFileSync(jobFile, 'utf8')));
  const { files } = emitFiles(ir, {
    ...DEFAULT_EMIT_OPTIONS,
    maxDepth: 1,
    appSyncSchemaPath: 'appsync.graphql',
  });
  const file = path.join(tmp, `deployed-${size}.graphql`);
  writeFileSync(file, files.find((f) => f.path === 'appsync.graphql')?.contents ?? '');
  return file;
}

/** @param {string} value */
const list = (value) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** @param {number | undefined} ms */
const seconds = (ms) => (ms === undefined ? '–' : (ms / 1000).toFixed(2));
/** @param {number | undefined} bytes */
const kb = (bytes) =>
  bytes === undefined ? '–' : `${Math.round(bytes / 1024).toLocaleString('en-US')}`;

async function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string', default: '10,100,1000,5000' },
      configs: { type: 'string', default: CONFIGS.map((config) => config.id).join(',') },
      runs: { type: 'string', default: '3' },
      'aws-sizes': { type: 'string', default: '10,100,1000' },
      'aws-timeout': { type: 'string', default: '400' },
      'cold-timeout': { type: 'string', default: '600' },
      'mesh-timeout': { type: 'string', default: '300' },
      'no-aws': { type: 'boolean', default: false },
      'no-mesh': { type: 'boolean', default: false },
      'no-stages': { type: 'boolean', default: false },
      'no-cold': { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'check-drift-sizes': { type: 'string', default: '1000,5000' },
      'no-check-drift': { type: 'boolean', default: false },
      'startup-runs': { type: 'string', default: '10' },
      'no-startup': { type: 'boolean', default: false },
      'no-library': { type: 'boolean', default: false },
      'library-sizes': { type: 'string', default: '1000,5000' },
      seed: { type: 'string', default: '1' },
      skip: { type: 'string', default: '' },
    },
  });
  const sizes = list(values.sizes).map(Number);
  const configs = CONFIGS.filter((config) => list(values.configs).includes(config.id));
  const runs = Number(values.runs);
  const awsSizes = values['no-aws'] ? [] : list(values['aws-sizes']).map(Number);
  const awsTimeoutMs = Number(values['aws-timeout']) * 1000;
  const coldTimeoutMs = Number(values['cold-timeout']) * 1000;
  const meshTimeoutMs = Number(values['mesh-timeout']) * 1000;
  const seed = Number(values.seed);
  // `--skip 5000:gql-tsx-d3,5000:gql-js-d3`: leave out single cases (e.g. to fit a time budget).
  const skipped = new Set(list(values.skip));
  if (!existsSync(BIN))
    throw new Error(`${path.relative(REPO, BIN)} is missing: run \`pnpm build\` first`);

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'uibuilder-bench-'));
  const log = (/** @type {string} */ message) => process.stderr.write(`[bench] ${message}\n`);
  const benchStarted = performance.now();
  const results = {
    machine: await machine(),
    command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
    seed,
    /** @type {any[]} */ cases: [],
    /** @type {any[]} */ aws: [],
    /** @type {any[]} */ mesh: [],
    /** @type {any[]} */ checkDrift: [],
    /** @type {any} */ blog: undefined,
    /** @type {any} */ startup: undefined,
    /** @type {any} */ totalSeconds: undefined,
    partial: true,
  };

  if (!values['no-cold'] && existsSync(path.join(REPO, 'examples/blog/codegen-job.json'))) {
    log('blog example, cold x5');
    const blogRuns = [];
    for (let i = 0; i < 5; i += 1) {
      blogRuns.push(await coldRun(path.join(REPO, 'examples/blog/codegen-job.json'), 3, tmp));
    }
    const ok = blogRuns.filter((r) => r.ok);
    results.blog = {
      runs: blogRuns.length,
      ok: ok.length === blogRuns.length,
      medianMs: ok.length ? median(ok.map((r) => r.ms)) : undefined,
      rssMB: ok.length ? Math.max(...ok.map((r) => r.rssMB ?? 0)) : undefined,
      files: ok[0]?.files,
      bytes: ok[0]?.bytes,
      error: blogRuns.find((r) => !r.ok)?.error,
    };
  }

  if (!values['no-startup'] && existsSync(path.join(REPO, 'examples/blog/codegen-job.json'))) {
    log(`start-up: blog example and node -e 0, x${values['startup-runs']} each`);
    results.startup = measureStartup({ bin: BIN, runs: Number(values['startup-runs']), tmp });
  }

  for (const size of sizes) {
    /** @type {Record<string, string>} */
    const jobFiles = {};
    for (const api of new Set(
      configs.map((config) => config.api).concat(awsSizes.includes(size) ? ['graphQL'] : []),
    )) {
      const started = performance.now();
      const job = syntheticJob({ models: size, api: /** @type {any} */ (api), seed });
      jobFiles[api] = path.join(tmp, `job-${api}-${size}.json`);
      writeFileSync(jobFiles[api], JSON.stringify(job));
      log(`job ${api} ${size} models: ${Math.round(performance.now() - started)} ms`);
    }
    let appSyncSchemaFile;
    /** @type {string | undefined} */
    let deployedSchemaFile;
    for (const config of configs) {
      if (config.apiSchema && deployedSchemaFile === undefined)
        deployedSchemaFile = await writeDeployedSchema(jobFiles[config.api], tmp, size);
      if (skipped.has(`${size}:${config.id}`)) continue;
      const caseResult = {
        size,
        config: config.id,
        label: config.label,
        maxDepth: config.maxDepth,
      };
      if (!values['no-cold']) {
        const count = size >= 5000 ? 1 : runs;
        log(`cold ${config.id} ${size} x${count}`);
        const coldRuns = [];
        for (let i = 0; i < count; i += 1)
          coldRuns.push(
            await coldRun(
              jobFiles[config.api],
              config.maxDepth,
              tmp,
              coldTimeoutMs,
              config.format ?? true,
              config.apiSchema ? deployedSchemaFile : undefined,
            ),
          );
        const ok = coldRuns.filter((r) => r.ok);
        Object.assign(caseResult, {
          cold: {
            runs: coldRuns.length,
            ok: ok.length,
            medianMs: ok.length ? median(ok.map((r) => r.ms)) : undefined,
            allMs: coldRuns.map((r) => r.ms),
            rssMB: ok.length ? Math.max(...ok.map((r) => r.rssMB ?? 0)) : undefined,
            timings: medianTimings(ok.map((r) => r.timings).filter(Boolean)),
            files: ok[0]?.files,
            bytes: ok[0]?.bytes,
            error: coldRuns.find((r) => !r.ok)?.error,
          },
        });
      }
      // The library path: generate() in a process without --expose-gc (library-rss.mjs).
      if (!values['no-library'] && list(values['library-sizes']).map(Number).includes(size)) {
        log(`library ${config.id} ${size}`);
        Object.assign(caseResult, {
          library: measureLibraryRss({
            job: jobFiles[config.api],
            maxDepth: config.maxDepth,
            tmp,
            timeoutMs: coldTimeoutMs,
            format: config.format ?? true,
            ...(config.apiSchema ? { apiSchema: deployedSchemaFile } : {}),
          }),
        });
      }
      // --no-format changes nothing in the library stages: gql-tsx-d2 has them; stages.mjs
      // measures the job-only path, so the --api-schema run has its cold timings only.
      if (!values['no-stages'] && config.format !== false && !config.apiSchema) {
        log(`stages ${config.id} ${size}`);
        const isReference = config.id === 'gql-tsx-d2';
        const args = [path.join(BENCH_DIR, 'stages.mjs'), '--job', jobFiles[config.api]];
        // The cold run already gives the stages of a whole generate(); here only the library.
        if (!values['no-cold']) args.push('--emit-only');
        args.push(
          '--root',
          mkdtempSync(path.join(tmp, 'stages-')),
          '--max-depth',
          String(config.maxDepth),
        );
        if (isReference && size <= 1000) args.push('--per-kind');
        if (isReference && awsSizes.includes(size)) {
          appSyncSchemaFile = path.join(tmp, `appsync-${size}.graphql`);
          args.push('--appsync-out', appSyncSchemaFile);
        }
        Object.assign(caseResult, { stages: await jsonChild(args, coldTimeoutMs) });
      }
      results.cases.push(caseResult);
    }

    if (awsSizes.includes(size)) {
      let schemaArgs;
      let schemaSource;
      if (
        appSyncSchemaFile &&
        existsSync(appSyncSchemaFile) &&
        statSync(appSyncSchemaFile).size > 0
      ) {
        schemaArgs = ['--schema', appSyncSchemaFile];
        const via = results.cases.find((c) => c.size === size && c.config === 'gql-tsx-d2')?.stages
          ?.appSyncSchemaVia;
        schemaSource = `ours, same synthetic models (${via ?? 'emitFiles'})`;
      } else {
        const copies = Math.max(1, Math.round(size / 8));
        schemaArgs = [
          '--schema',
          path.join(REPO, 'fixtures/recipes/appsync.graphql'),
          '--copies',
          String(copies),
        ];
        schemaSource = `fallback: recipes appsync.graphql x${copies} (our emitter's schema was not available)`;
      }
      log(`aws ${size} (${schemaSource})`);
      const aws = await jsonChild(
        [path.join(BENCH_DIR, 'aws-peer.mjs'), ...schemaArgs, '--max-depth', '2'],
        awsTimeoutMs,
      );
      results.aws.push({ size, schemaSource, ...aws });
    }
    rmSync(path.join(tmp, `job-graphQL-${size}.json`), { force: true });
    // Partial results after each size, so a long run that is stopped still leaves something.
    if (!values['no-write']) save(results, benchStarted, true);
  }

  if (!values['no-mesh']) {
    const meshFile = path.join(tmp, 'job-mesh.json');
    writeFileSync(meshFile, JSON.stringify(syntheticJob({ shape: 'mesh', api: 'graphQL', seed })));
    for (const maxDepth of [3, 4, 5, 6]) {
      for (const pruneCycles of [false, true]) {
        log(`mesh maxDepth ${maxDepth} pruneCycles ${pruneCycles}`);
        const args = [
          path.join(BENCH_DIR, 'stages.mjs'),
          '--job',
          meshFile,
          '--root',
          tmp,
          '--emit-only',
        ];
        args.push('--max-depth', String(maxDepth));
        if (pruneCycles) args.push('--prune-cycles');
        results.mesh.push({ maxDepth, pruneCycles, ...(await jsonChild(args, meshTimeoutMs)) });
      }
    }
  }

  if (!values['no-check-drift']) {
    results.checkDrift = await measureCheckDrift({
      sizes: list(values['check-drift-sizes']).map(Number),
      tmp,
      bin: BIN,
      seed,
      timeoutMs: coldTimeoutMs,
      log,
      run,
    });
  }

  rmSync(tmp, { recursive: true, force: true });
  if (!values['no-write']) {
    save(results, benchStarted, false);
    log(`wrote ${path.relative(REPO, RESULTS)} and ${path.relative(REPO, MARKDOWN)}`);
  } else {
    results.totalSeconds = Math.round((performance.now() - benchStarted) / 1000);
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  }
  log(`done in ${results.totalSeconds} s`);
}

/**
 * Writes the JSON and the markdown section.
 * @param {any} results
 * @param {number} started
 * @param {boolean} partial
 */
function save(results, started, partial) {
  results.totalSeconds = Math.round((performance.now() - started) / 1000);
  results.partial = partial;
  mkdirSync(path.dirname(RESULTS), { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  writeMarkdown(results);
}

/**
 * The results section of BENCHMARKS.md, between the marks; text outside them is kept.
 * @param {any} results
 */
function writeMarkdown(results) {
  const lines = [START_MARK, ''];
  const m = results.machine;
  lines.push(
    `Run ${m.date} with \`${results.command}\` (synthetic seed ${results.seed}) at commit ${m.commit ?? '?'}, ${results.totalSeconds} s in all${results.partial ? ' so far (**partial: the run had not finished**)' : ''}.`,
  );
  lines.push(
    `Machine: ${m.nproc} cores (${m.cpu}), memory \`${m.memory}\`, Node ${m.node}, ${m.platform}; load average at start ${m.loadAverage.join(' / ')}.`,
  );
  lines.push('');

  if (results.blog) {
    const b = results.blog;
    lines.push(
      `**Blog example, cold end to end** (\`generate --job-file examples/blog/codegen-job.json\`, median of ${b.runs}): ${b.ok ? `${seconds(b.medianMs)} s, peak RSS ${b.rssMB} MB, ${b.files} files` : `failed: ${b.error}`}.`,
    );
    lines.push('');
  }

  if (results.startup) lines.push(...startupLines(results.startup), '');

  lines.push('### Cold, whole process, and per stage');
  lines.push('');
  lines.push(
    'Cold: `node packages/cli/dist/bin.js generate --job-file <job> --root <fresh tmp> --out src/ui-components --max-depth <d> --json`, formatted, median of the runs shown; peak RSS of the child (`/usr/bin/time`). load … plan+write: the `timings` that cold process reports (median per stage). import: loading transform + emit in a fresh process; emit warm: `emitFiles` again after a first call (`bench/stages.mjs`).',
  );
  lines.push('');
  lines.push(
    '| models | config | cold (s) | runs | ms/model | peak RSS (MB) | files | KB | import | load | transform | emit | format | plan+write | emit warm |',
  );
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const c of results.cases) {
    const cold = c.cold ?? {};
    const st = c.stages ?? {};
    const t = cold.timings ?? st.generate?.timings ?? {};
    const ms = (/** @type {number | undefined} */ v) =>
      v === undefined ? '–' : String(Math.round(v));
    const coldCell =
      cold.medianMs !== undefined ? seconds(cold.medianMs) : cold.error ? 'failed' : '–';
    const perModel = cold.medianMs !== undefined ? (cold.medianMs / c.size).toFixed(2) : '–';
    lines.push(
      `| ${c.size} | ${c.config} | ${coldCell} | ${cold.runs ?? '–'} | ${perModel} | ${cold.rssMB ?? '–'} | ${cold.files ?? st.generate?.files ?? '–'} | ${kb(cold.bytes ?? st.generate?.bytes)} | ${ms(st.importMs)} | ${ms(t.load)} | ${ms(t.transform)} | ${ms(t.emit)} | ${ms(t.format)} | ${t.plan === undefined && t.write === undefined ? '–' : ms((t.plan ?? 0) + (t.write ?? 0))} | ${ms(st.emitMs)} |`,
    );
  }
  const failures = results.cases.filter((c) => c.cold?.error || c.stages?.error);
  if (failures.length) {
    lines.push('');
    lines.push('Failures:');
    for (const c of failures) {
      const error = (c.cold?.error ?? c.stages?.error ?? '')
        .split('\n')
        .slice(-2)
        .join(' ')
        .slice(0, 300);
      lines.push(`- ${c.size} ${c.config}: ${error}`);
    }
  }
  const library = libraryLines(results.cases);
  if (library.length) lines.push('', ...library.slice(0, -1));
  const perKind = results.cases.filter((c) => c.stages?.perKindEmitMs);
  if (perKind.length) {
    lines.push('');
    lines.push(
      'Emit per GraphQL file kind (ms, `emitFiles` with only that file in the render config, gql-tsx-d2):',
    );
    lines.push('');
    lines.push('| models | types | queries | mutations | subscriptions | fragments |');
    lines.push('|---:|---:|---:|---:|---:|---:|');
    for (const c of perKind) {
      const k = c.stages.perKindEmitMs;
      lines.push(
        `| ${c.size} | ${k.types ?? '–'} | ${k.queries ?? '–'} | ${k.mutations ?? '–'} | ${k.subscriptions ?? '–'} | ${k.fragments ?? '–'} |`,
      );
    }
  }

  lines.push('');
  lines.push("### AWS's generators on the same schema");
  lines.push('');
  lines.push(
    "`@aws-amplify/graphql-generator` 0.5.4 in a fresh process: `generateStatements` (typescript, `relativeTypesPath: '../API'`, maxDepth 2), then `generateTypes` (typescript) on the documents of those statements, as `amplify codegen` does. Time excludes Node start-up and module loading. Ratio = AWS time / our cold whole-process time for gql-tsx-d2 (ours includes start-up, transform, emit, prettier and writing; so the ratio is conservative).",
  );
  lines.push('');
  lines.push(
    '| models | AppSync schema | AWS statements (s) | AWS types (s) | AWS total (s) | AWS peak RSS (MB) | AWS output KB | ours cold gql-tsx-d2 (s) | ratio |',
  );
  lines.push('|---:|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const a of results.aws) {
    const ours = results.cases.find((c) => c.size === a.size && c.config === 'gql-tsx-d2')?.cold
      ?.medianMs;
    const ratio = a.ok && ours ? `${(a.totalMs / ours).toFixed(1)}x` : '–';
    if (a.ok) {
      lines.push(
        `| ${a.size} | ${a.schemaSource} | ${seconds(a.statementsMs)} | ${seconds(a.typesMs)} | ${seconds(a.totalMs)} | ${Math.round(a.maxRssMB)} | ${kb(a.bytes)} | ${seconds(ours)} | ${ratio} |`,
      );
    } else {
      lines.push(
        `| ${a.size} | ${a.schemaSource} | – | – | ${a.error} | – | – | ${seconds(ours)} | – |`,
      );
    }
  }

  if (results.mesh.length) {
    lines.push('');
    lines.push('### 12-model mesh (every model related to every other), emit only');
    lines.push('');
    lines.push(
      '| maxDepth | pruneCycles | emit (ms) | output KB (unformatted) | peak RSS (MB) | |',
    );
    lines.push('|---:|---|---:|---:|---:|---|');
    for (const r of results.mesh) {
      lines.push(
        r.ok
          ? `| ${r.maxDepth} | ${r.pruneCycles} | ${Math.round(r.emitMs)} | ${kb(r.emitBytes)} | ${r.maxRssMB} | |`
          : `| ${r.maxDepth} | ${r.pruneCycles} | – | – | – | ${r.error.split('\n').at(-1)} |`,
      );
    }
  }

  if (results.checkDrift?.length) {
    lines.push('');
    lines.push(...checkDriftLines(results.checkDrift));
  }

  lines.push('');
  lines.push('### Targets (issue 9)');
  lines.push('');
  for (const line of targetLines(results)) lines.push(`- ${line}`);
  lines.push('');
  lines.push(END_MARK);

  const block = lines.join('\n');
  const existing = existsSync(MARKDOWN)
    ? readFileSync(MARKDOWN, 'utf8')
    : `# Benchmarks\n\n${START_MARK}\n${END_MARK}\n`;
  const start = existing.indexOf(START_MARK);
  const end = existing.indexOf(END_MARK);
  const next =
    start >= 0 && end > start
      ? `${existing.slice(0, start)}${block}${existing.slice(end + END_MARK.length)}`
      : `${existing.trimEnd()}\n\n${block}\n`;
  writeFileSync(MARKDOWN, next);
}

/**
 * The issue's targets, checked against this run.
 * @param {any} results
 */
function targetLines(results) {
  const find = (/** @type {number} */ size, /** @type {string} */ config) =>
    results.cases.find((c) => c.size === size && c.config === config);
  const out = [];
  const verdict = (/** @type {boolean | undefined} */ ok) =>
    ok === undefined ? 'not measured' : ok ? 'met' : '**not met**';
  const c1000 = find(1000, 'gql-tsx-d2')?.cold?.medianMs;
  const c1000d3 = find(1000, 'gql-tsx-d3')?.cold?.medianMs;
  const aws1000 = results.aws.find((/** @type {any} */ a) => a.size === 1000 && a.ok);
  const ratio = aws1000 && c1000 ? aws1000.totalMs / c1000 : undefined;
  out.push(
    `1,000 models, graphQLConfig tsx, formatted, ≥10x faster than AWS (maxDepth 2): ${ratio === undefined ? 'not measured' : `${ratio.toFixed(1)}x`} → ${verdict(ratio === undefined ? undefined : ratio >= 10)}.`,
  );
  const noFormat = find(1000, 'gql-tsx-d2-nofmt')?.cold?.medianMs;
  if (aws1000 && noFormat) {
    out.push(
      `(Without prettier, \`--no-format\`: ${seconds(noFormat)} s cold, ${(aws1000.totalMs / noFormat).toFixed(1)}x faster than AWS: what skipping the formatting of preformatted files would buy.)`,
    );
  }
  out.push(
    `1,000 models, graphQLConfig tsx, under 5 s cold: maxDepth 2 ${seconds(c1000)} s, maxDepth 3 ${seconds(c1000d3)} s → ${verdict(c1000 === undefined ? undefined : c1000 < 5000 && (c1000d3 === undefined || c1000d3 < 5000))}.`,
  );
  for (const config of CONFIGS) {
    const small = find(1000, config.id)?.cold;
    const big = find(5000, config.id)?.cold;
    if (!big) continue;
    const perModelRatio =
      small?.medianMs && big.medianMs ? big.medianMs / 5000 / (small.medianMs / 1000) : undefined;
    out.push(
      `5,000 models, ${config.id}: ${big.medianMs === undefined ? `failed (${(big.error ?? '').split('\n').at(-1)})` : `${seconds(big.medianMs)} s (1 run), cost per model ${perModelRatio === undefined ? '–' : `${perModelRatio.toFixed(2)}x`} that at 1,000 (≤1.5x: ${verdict(perModelRatio === undefined ? undefined : perModelRatio <= 1.5)}), peak RSS ${big.rssMB} MB (<1 GB: ${verdict(big.rssMB === undefined ? undefined : big.rssMB < 1024)})`}.`,
    );
  }
  const mesh = (/** @type {number} */ d, /** @type {boolean} */ p) =>
    results.mesh.find((/** @type {any} */ r) => r.maxDepth === d && r.pruneCycles === p);
  const d6p = mesh(6, true);
  const d3 = mesh(3, false);
  if (results.mesh.length) {
    out.push(
      `Mesh at maxDepth 6 does not run out of memory: unpruned ${mesh(6, false)?.ok ? `ok (${kb(mesh(6, false).emitBytes)} KB)` : `failed (${mesh(6, false)?.error?.split('\n').at(-1)})`}, pruned ${d6p?.ok ? 'ok' : 'failed'}.`,
    );
    const growth = d6p?.ok && d3?.ok ? d6p.emitBytes / d3.emitBytes : undefined;
    out.push(
      `Mesh, pruned maxDepth 6 within 2x of maxDepth 3: ${growth === undefined ? 'not measured' : `${growth.toFixed(2)}x`} → ${verdict(growth === undefined ? undefined : growth <= 2)}.`,
    );
  }
  if (results.blog) {
    out.push(
      `Blog example cold under 1 s: ${seconds(results.blog.medianMs)} s → ${verdict(results.blog.medianMs === undefined ? undefined : results.blog.medianMs < 1000)}.`,
    );
  }
  if (results.startup?.ok) {
    out.push(
      `Blog example's start-up CPU at most ${STARTUP_TARGET_RATIO}x that of \`node -e 0\`: ${results.startup.ratio.toFixed(2)}x → ${verdict(results.startup.ratio <= STARTUP_TARGET_RATIO)}.`,
    );
  }
  return out;
}

main().catch((error) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.stack : error}\n`);
  process.exitCode = 1;
});
