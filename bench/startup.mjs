#!/usr/bin/env node
/**
 * The start-up entry of `pnpm bench` (issue 18): the blog example generated cold, beside an empty
 * `node -e 0`, alternating, `runs` times each. What is compared is CPU (user + system), not wall
 * time, so that other work on the machine counts less. Each child reports its own CPU through a
 * preload (`report-cpu.mjs`, microseconds, start-up included); the empty process carries the same
 * preload. The blog example is generated into a fresh directory outside the repository, as a first
 * run in a project with no prettier config. Target: at most 3x the empty process (medians). The
 * default bin is the one the tarball ships: `pnpm build` bundles it (scripts/bundle.mjs).
 *
 *   node bench/startup.mjs [--runs 10] [--bin <another build's bin.js>]   (prints JSON; build first)
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(BENCH_DIR, '..');
const PRELOAD = pathToFileURL(path.join(BENCH_DIR, 'report-cpu.mjs')).href;
const BLOG_JOB = path.join(REPO, 'examples/blog/codegen-job.json');

/** The blog example may take this many times the CPU of `node -e 0` (issue 18). */
export const STARTUP_TARGET_RATIO = 3;

/**
 * One child's CPU in milliseconds, as its preload reports it.
 * @param {string[]} args
 * @param {string} cwd
 */
function cpuMs(args, cwd) {
  const result = spawnSync(process.execPath, ['--import', PRELOAD, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  const match = /__bench_cpu_us=(\d+)/.exec(result.stderr ?? '');
  if (result.status !== 0 || !match) {
    const last = (result.stderr ?? '').trim().split('\n').at(-1);
    throw new Error(`${args.join(' ')} failed (exit ${result.status}): ${last}`);
  }
  return Number(match[1]) / 1000;
}

/** @param {number[]} values */
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * @param {{ bin: string, runs: number, tmp?: string }} options
 * @returns {{ ok: true, runs: number, emptyMs: number[], blogMs: number[], emptyMedianMs: number, blogMedianMs: number, ratio: number } | { ok: false, error: string }}
 */
export function measureStartup({ bin, runs, tmp = os.tmpdir() }) {
  const emptyMs = [];
  const blogMs = [];
  try {
    for (let i = 0; i < runs; i += 1) {
      emptyMs.push(cpuMs(['-e', '0'], tmp));
      const root = mkdtempSync(path.join(tmp, 'startup-'));
      copyFileSync(BLOG_JOB, path.join(root, 'codegen-job.json'));
      const args = ['generate', '--job-file', 'codegen-job.json', '--root', '.', '--silent'];
      blogMs.push(cpuMs([bin, ...args, '--out', 'src/ui-components'], root));
      rmSync(root, { recursive: true, force: true });
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  const emptyMedianMs = median(emptyMs);
  const blogMedianMs = median(blogMs);
  const round = (/** @type {number} */ ms) => Math.round(ms);
  return {
    ok: true,
    runs,
    emptyMs: emptyMs.map(round),
    blogMs: blogMs.map(round),
    emptyMedianMs: round(emptyMedianMs),
    blogMedianMs: round(blogMedianMs),
    ratio: Math.round((blogMedianMs / emptyMedianMs) * 100) / 100,
  };
}

/**
 * The markdown of the entry, for BENCHMARKS.md.
 * @param {ReturnType<typeof measureStartup>} result
 */
export function startupLines(result) {
  if (!result.ok)
    return [`**Start-up** (blog example against \`node -e 0\`): failed: ${result.error}.`];
  const verdict = result.ratio <= STARTUP_TARGET_RATIO ? 'met' : '**not met**';
  return [
    `**Start-up, CPU** (\`node bench/startup.mjs --runs ${result.runs}\`: the blog example generated cold into a fresh directory, user + system CPU of the whole process, beside \`node -e 0\`, alternating, median of ${result.runs} each): blog ${result.blogMedianMs} ms, \`node -e 0\` ${result.emptyMedianMs} ms, ratio ${result.ratio.toFixed(2)}x (at most ${STARTUP_TARGET_RATIO}x: ${verdict}).`,
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '10' },
      bin: { type: 'string', default: path.join(REPO, 'packages/cli/dist/bin.js') },
    },
  });
  const result = measureStartup({ bin: path.resolve(values.bin), runs: Number(values.runs) });
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  if (!result.ok) process.exitCode = 1;
}
