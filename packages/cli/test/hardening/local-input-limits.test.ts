import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunLimits } from '../cli-harness.js';
import { blogJob, configure, runHardened, scratchDir, writeJob } from './hardening-support.js';

/** Far above what a bounded read costs; an unbounded one reaches it (or the heap limit) first. */
const LIMITS: RunLimits = { timeoutMs: 60_000, maxOldSpaceMb: 256 };
const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

describe('local inputs are read bounded', () => {
  it.concurrent.each([
    ['generate', ['generate', '--dry-run']],
    ['inspect', ['inspect']],
    ['doctor', ['doctor']],
  ])('%s --job-file /dev/zero stops at the input limit (exit 3)', async (_name, args) => {
    const dir = scratchDir(cleanups);
    writeFileSync(path.join(dir, 'package.json'), '{}');
    const run = await runHardened([...args, '--job-file', '/dev/zero'], {
      cwd: dir,
      limits: LIMITS,
    });
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain('larger than the maximum input size (64 MiB)');
  });

  it('a job on standard input past the limit is exit 3, not a crash', async () => {
    const dir = scratchDir(cleanups);
    const stdin = `{"job": {"id": "${'x'.repeat(65 * 1024 * 1024)}"}}`;
    const run = await runHardened(['generate', '--dry-run', '--job-file', '-'], {
      cwd: dir,
      stdin,
      limits: LIMITS,
    });
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stderr).toContain('The job in standard input is larger than the maximum input size');
  });
});

describe('config loading is bounded and never crashes', () => {
  const CASES: [string, string, string, RegExp][] = [
    [
      'a top-level await that never settles',
      'uibuilder-codegen.config.mjs',
      'await new Promise(() => {});\nexport default {};\n',
      /did not finish loading within 10s \(the config load timeout\)/,
    ],
    [
      'a module that throws',
      'uibuilder-codegen.config.mjs',
      'throw new Error("config exploded");\n',
      /Could not load uibuilder-codegen\.config\.mjs: config exploded/,
    ],
    [
      'an export whose getter throws',
      'uibuilder-codegen.config.mjs',
      'export default { get outDir() { throw new Error("trap"); } };\n',
      /exports a value that cannot be read/,
    ],
    [
      'an export that is not a config',
      'uibuilder-codegen.config.mjs',
      'export default () => ({});\n',
      /must export an object/,
    ],
    [
      'a config file past the config size limit',
      'uibuilder-codegen.config.json',
      `{"outDir": "${'x'.repeat(2 * 1024 * 1024)}"}`,
      /larger than the maximum config size \(1 MiB\)/,
    ],
  ];

  it.concurrent.each(CASES)('%s is exit 2 with a message', async (_name, file, text, message) => {
    const dir = scratchDir(cleanups);
    writeFileSync(path.join(dir, file), text);
    const job = writeJob(dir, configure(blogJob(), 'noApi', 'tsx'));
    const run = await runHardened(['generate', '--dry-run', '--job-file', job], {
      cwd: dir,
      limits: LIMITS,
    });
    expect(run.killed).toBe(false);
    expect(run.code, run.stderr).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Resolution:');
  });
});
