/**
 * The `--check` entry of `pnpm bench` (issue 16): a drift report where CI runs it. A project holds
 * the generation of a synthetic graphQL job at maxDepth 3; `generate --check --max-depth 2` then
 * reports every file as out of date (a depth change rewrites most of every file), and is timed
 * against `generate --max-depth 2`, the write of the same change. Target: the check within 3x of
 * the write. Each size is measured once, each command in its own cold process.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { syntheticJob } from './synthetic-job.mjs';

/** The check may take this many times the write (issue 16). */
const TARGET_RATIO = 3;

/**
 * @param {{
 *   sizes: number[],
 *   tmp: string,
 *   bin: string,
 *   seed: number,
 *   timeoutMs: number,
 *   log: (message: string) => void,
 *   run: (command: string, args: string[], options: { cwd?: string, timeoutMs?: number }) => Promise<{ code: number | null, ms: number, stdout: string, stderr: string, timedOut: boolean }>,
 * }} options
 */
export async function measureCheckDrift({ sizes, tmp, bin, seed, timeoutMs, log, run }) {
  const results = [];
  for (const size of sizes) {
    const jobFile = path.join(tmp, `check-drift-${size}.json`);
    writeFileSync(jobFile, JSON.stringify(syntheticJob({ models: size, api: 'graphQL', seed })));
    const root = mkdtempSync(path.join(tmp, 'check-drift-'));
    const generate = (/** @type {string} */ cwd, /** @type {string[]} */ extra) =>
      run(process.execPath, [bin, 'generate', '--job-file', jobFile, '--root', cwd, ...extra], {
        cwd,
        timeoutMs,
      });
    log(`check with drift ${size}: setup (maxDepth 3)`);
    const setup = await generate(root, ['--max-depth', '3', '--silent']);
    if (setup.code !== 0) {
      results.push({ size, ok: false, error: setup.stderr.trim().split('\n').at(-1) });
      continue;
    }
    const copy = mkdtempSync(path.join(tmp, 'check-drift-copy-'));
    cpSync(root, copy, { recursive: true });
    log(`check with drift ${size}: --check --max-depth 2`);
    const check = await generate(copy, ['--check', '--max-depth', '2']);
    log(`check with drift ${size}: write --max-depth 2`);
    const write = await generate(root, ['--max-depth', '2']);
    rmSync(root, { recursive: true, force: true });
    rmSync(copy, { recursive: true, force: true });
    rmSync(jobFile, { force: true });
    const ok = check.code === 1 && write.code === 0;
    results.push({
      size,
      ok,
      checkMs: Math.round(check.ms),
      checkExit: check.timedOut ? 'timed out' : check.code,
      reportKB: Math.round(Buffer.byteLength(check.stderr) / 1024),
      writeMs: Math.round(write.ms),
      ratio: Math.round((check.ms / write.ms) * 100) / 100,
      ...(ok ? {} : { error: (check.code === 1 ? write : check).stderr.trim().split('\n').at(-1) }),
    });
  }
  return results;
}

/**
 * The markdown of the entry, for BENCHMARKS.md.
 * @param {any[]} results
 */
export function checkDriftLines(results) {
  const lines = [
    '### `--check` with drift (a depth change)',
    '',
    '`generate --check --max-depth 2` over a project generated at maxDepth 3 (graphQLConfig tsx; every file drifts), against `generate --max-depth 2` writing the same change; cold processes, one run each.',
    '',
    `| models | check (s) | exit | drift report (KB) | write (s) | check / write | within ${TARGET_RATIO}x |`,
    '|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of results) {
    lines.push(
      r.ok
        ? `| ${r.size} | ${(r.checkMs / 1000).toFixed(2)} | ${r.checkExit} | ${r.reportKB} | ${(r.writeMs / 1000).toFixed(2)} | ${r.ratio.toFixed(2)}x | ${r.ratio <= TARGET_RATIO ? 'met' : '**not met**'} |`
        : `| ${r.size} | failed: ${r.error} | | | | | |`,
    );
  }
  return lines;
}
