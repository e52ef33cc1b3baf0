/**
 * The library path's memory: `generate()` imported in a plain `node` process (no flags, so no
 * global `gc`), as a build tool that embeds it runs it, writing into a fresh root. The child
 * prints one JSON line: wall time of the call, the process's peak RSS and the files written.
 *
 *   node bench/library-rss.mjs --job <job.json> --max-depth 3 --root <fresh dir>
 *
 * `run.mjs` runs it for every case from 1,000 models on (`--no-library` leaves it out) and
 * `libraryLines` prints the table in BENCHMARKS.md.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LIBRARY = path.join(REPO, 'packages/cli/dist/index.js');

/**
 * Runs the child for one job; `{ ok, ms, rssMB, files }` or `{ ok: false, error }`.
 * @param {{ job: string, maxDepth: number, tmp: string, format?: boolean, apiSchema?: string, timeoutMs?: number }} input
 */
export function measureLibraryRss(input) {
  const root = mkdtempSync(path.join(input.tmp, 'library-'));
  const args = [fileURLToPath(import.meta.url), '--job', input.job, '--root', root];
  args.push('--max-depth', String(input.maxDepth));
  if (input.format === false) args.push('--no-format');
  if (input.apiSchema !== undefined) args.push('--api-schema', input.apiSchema);
  // No execArgv: the child must not inherit a flag (`--expose-gc`) from the bench's own process.
  const child = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    timeout: input.timeoutMs ?? 600_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  rmSync(root, { recursive: true, force: true });
  if (child.status !== 0) {
    const why = child.error?.message ?? child.stderr.trim().split('\n').slice(-3).join(' ');
    return { ok: false, error: why || `exit ${child.status ?? child.signal}` };
  }
  return { ok: true, ...JSON.parse(child.stdout.trim().split('\n').at(-1) ?? '{}') };
}

/**
 * The BENCHMARKS.md lines for the cases that have a library measurement.
 * @param {any[]} cases run.mjs's cases
 */
export function libraryLines(cases) {
  const measured = cases.filter((c) => c.library !== undefined);
  if (measured.length === 0) return [];
  const lines = [
    '### The library path: `generate()` in a plain `node` process',
    '',
    '`node bench/library-rss.mjs --job <job> --max-depth <d> --root <fresh tmp>`: `generate()` imported from `packages/cli/dist/index.js` in a process started without flags (no `--expose-gc`, so no collection is forced), as a build tool embeds it; one run each. Peak RSS of that process (`process.resourceUsage().maxRSS`); the cold CLI figure of the same case beside it.',
    '',
    '| models | config | library (s) | library peak RSS (MB) | CLI peak RSS (MB) | under 1 GB |',
    '|---:|---|---:|---:|---:|---|',
  ];
  for (const c of measured) {
    const library = c.library;
    const rss = library.ok ? library.rssMB : undefined;
    lines.push(
      `| ${c.size} | ${c.config} | ${library.ok ? (library.ms / 1000).toFixed(2) : `failed: ${library.error}`} | ${rss ?? '–'} | ${c.cold?.rssMB ?? '–'} | ${rss === undefined ? '–' : rss < 1024 ? 'met' : '**not met**'} |`,
    );
  }
  lines.push('');
  return lines;
}

async function child() {
  const { values } = parseArgs({
    options: {
      job: { type: 'string' },
      root: { type: 'string' },
      'max-depth': { type: 'string', default: '2' },
      'no-format': { type: 'boolean', default: false },
      'api-schema': { type: 'string' },
    },
  });
  if (values.job === undefined || values.root === undefined)
    throw new Error('library-rss: --job and --root are required');
  const { generate } = await import(pathToFileURL(LIBRARY).href);
  const started = performance.now();
  const result = await generate({
    job: { file: path.resolve(values.job) },
    cwd: values.root,
    root: values.root,
    outDir: 'src/ui-components',
    maxDepth: Number(values['max-depth']),
    format: !values['no-format'],
    ...(values['api-schema'] === undefined
      ? {}
      : { apiSchema: path.resolve(values['api-schema']) }),
  });
  const ms = Math.round(performance.now() - started);
  const rssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(
    `${JSON.stringify({ ms, rssMB, files: result.files.length, gc: typeof globalThis.gc === 'function' })}\n`,
  );
}

if (
  process.argv[1] !== undefined &&
  path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
) {
  await child();
}
