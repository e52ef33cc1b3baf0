import { spawn } from 'node:child_process';
import { closeSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generate, UsageError } from '../../src/index.js';
import { binPath } from '../cli-harness.js';
import {
  blogJob,
  configure,
  FAKE_CREDENTIALS,
  runHardened,
  scratchDir,
  snapshotTree,
  syntheticJob,
  writeJob,
} from './hardening-support.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** Runs the CLI with stdout on `stdout` (a file descriptor, or a pipe that we close after `closeAfter` bytes). */
function runWithStdout(
  args: readonly string[],
  cwd: string,
  stdout: number | { closeAfter: number },
) {
  return new Promise<{ code: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, [binPath, ...args], {
      cwd,
      env: { ...process.env, ...FAKE_CREDENTIALS, NO_COLOR: '1' },
      stdio: ['ignore', typeof stdout === 'number' ? stdout : 'pipe', 'pipe'],
    });
    let stderr = '';
    let read = 0;
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    if (typeof stdout !== 'number') {
      // Like `| head -c N`: read a little, then close the pipe while the CLI is still writing.
      child.stdout?.on('data', (chunk: Buffer) => {
        read += chunk.length;
        if (read >= stdout.closeAfter) child.stdout?.destroy();
      });
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('every error a user can cause has its documented exit code (70 is for bugs)', () => {
  it('--print into a reader that stops early (| head) stops quietly: exit 0, nothing on stderr', async () => {
    const root = scratchDir(cleanups);
    // Megabytes of output: more than a pipe (or socket) buffer holds, so writes meet the closed end.
    const job = writeJob(root, (await syntheticJob(60, 'graphQL')).job);
    const run = await runWithStdout(['generate', '--job-file', job, '--print'], root, {
      closeAfter: 1,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });

  it('--json into a full disk (/dev/full) is an output error: exit 5', async () => {
    const root = scratchDir(cleanups);
    const job = writeJob(root, configure(blogJob(), 'noApi', 'tsx'));
    const full = openSync('/dev/full', 'w');
    cleanups.push(() => closeSync(full));
    const run = await runWithStdout(
      ['generate', '--job-file', job, '--json', '--dry-run'],
      root,
      full,
    );
    expect(run.stderr).toContain('[OutputError] Could not write to standard output');
    expect(run.code).toBe(5);
  });

  it.each([
    ['job.file a number', { job: { file: 42 } }, '"job.file" must be a non-empty string'],
    ['job.file null', { job: { file: null } }, '"job.file" must be a non-empty string'],
    ['job an array', { job: ['job.json'] }, '"job" must be an object'],
    ['maxDepth 0', { maxDepth: 0 }, '"maxDepth" must be a whole number from 1 to 99'],
    ['waitSeconds a string', { waitSeconds: '10' }, '"waitSeconds" must be a whole number'],
    ['outDir empty', { outDir: '' }, '"outDir" must be a non-empty string'],
  ])('a config with %s: exit 2 naming the key', async (_name, config, message) => {
    const root = scratchDir(cleanups);
    writeJob(root, configure(blogJob(), 'noApi', 'tsx'));
    writeFileSync(path.join(root, 'uibuilder-codegen.config.json'), JSON.stringify(config));
    const run = await runHardened(
      ['generate', ...('job' in config ? [] : ['--job-file', 'codegen-job.json'])],
      { cwd: root },
    );
    expect(run.stderr).toContain(message);
    expect(run.code).toBe(2);
  });

  it('a JSON config with a UTF-8 byte order mark is read', async () => {
    const root = scratchDir(cleanups);
    writeJob(root, configure(blogJob(), 'noApi', 'tsx'));
    writeFileSync(
      path.join(root, 'uibuilder-codegen.config.json'),
      '\uFEFF{ "job": { "file": "codegen-job.json" } }\n',
    );
    const run = await runHardened(['generate', '--dry-run'], { cwd: root });
    expect(run.code, run.stderr).toBe(0);
  });

  it('a saved job whose status is failed stops with exit 4, as when it is fetched', async () => {
    const root = scratchDir(cleanups);
    const job = configure(blogJob(), 'noApi', 'tsx');
    job['status'] = 'failed';
    job['statusMessage'] = 'Schema invalid';
    const file = writeJob(root, job);
    const before = snapshotTree(root);
    const run = await runHardened(['generate', '--job-file', file], { cwd: root });
    expect(run.stderr).toContain('[ServiceError]');
    expect(run.stderr).toContain('Schema invalid');
    expect(run.code).toBe(4);
    expect(snapshotTree(root)).toEqual(before);
  });
});

describe('generate() validates its options like the config file', () => {
  it.each([
    ['mode "bogus"', { mode: 'bogus' }, '"mode" must be one of "write", "check", "dry-run"'],
    [
      'maxDepth a string',
      { maxDepth: '3' },
      '"maxDepth" must be a whole number from 1 to 99, not "3"',
    ],
    ['outDir a number', { outDir: 5 }, '"outDir" must be a non-empty string, not 5'],
    ['force a string', { force: 'yes' }, '"force" must be a boolean'],
    ['job.file a number', { job: { file: 42 } }, '"job.file" must be a non-empty string, not 42'],
    [
      'job with no source',
      { job: { region: 'us-east-1' } },
      '"job" must name exactly one job source',
    ],
    ['job.value a string', { job: { value: 'job.json' } }, '"job.value" must be a job object'],
    ['an unknown option', { outdir: 'x' }, 'unknown key "outdir"'],
    ['signal not an AbortSignal', { signal: {} }, '"signal" must be an AbortSignal'],
    [
      'logger without functions',
      { logger: {} },
      '"logger" must be an object with info, warn and debug functions',
    ],
    ['options null', null, 'generate() takes an options object'],
  ])('%s: a UsageError (exit 2), nothing written', async (_name, options, message) => {
    const root = scratchDir(cleanups);
    const job = writeJob(root, configure(blogJob(), 'noApi', 'tsx'));
    const given = options === null ? null : { job: { file: job }, cwd: root, ...options };
    const error = await generate(given as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).exitCode).toBe(2);
    expect((error as Error).message).toContain(message);
    expect(snapshotTree(root)).toEqual({ 'codegen-job.json': expect.any(String) as string });
  });
});
