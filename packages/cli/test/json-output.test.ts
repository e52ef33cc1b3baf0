import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalServer, type LocalServer } from '@uibuilder-codegen/fetch/local-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorResult } from '../src/commands/error-result.js';
import {
  generateInProcess,
  runCli,
  tempProject,
  writeBlogJob,
  type CliRun,
} from './cli-harness.js';

// `--json` prints exactly one JSON object on stdout for every exit code, so a script can always
// parse it: the result (`ok: true`), or `{ ok: false, exitCode, error }`.

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));
function project(): string {
  const work = tempProject('uibuilder-json-');
  cleanups.push(work.cleanup);
  return work.dir;
}

/** stdout parsed as one JSON value (JSON.parse rejects anything before or after it). */
function onlyJson(run: CliRun): Record<string, unknown> {
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

/** Checks the failure object's shape and returns its `error`. */
function failure(run: CliRun, exitCode: number): Record<string, unknown> {
  expect(run.code).toBe(exitCode);
  const json = onlyJson(run);
  expect(Object.keys(json)).toEqual(['ok', 'exitCode', 'error']);
  expect(json).toMatchObject({ ok: false, exitCode });
  const error = json['error'] as Record<string, unknown>;
  expect(Object.keys(error)).toEqual(['name', 'message', 'resolution', 'diagnostics']);
  expect(typeof error['message']).toBe('string');
  return error;
}

describe('generate --json', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({ jobs: [] });
  });
  afterAll(() => server.close());

  it('0: the result, with ok and exitCode', async () => {
    const dir = project();
    const run = await runCli(['generate', '--json', '--job-file', writeBlogJob(dir)], { cwd: dir });
    expect(run.code).toBe(0);
    const json = onlyJson(run);
    expect(json).toMatchObject({ ok: true, exitCode: 0, mode: 'write' });
    expect((json['files'] as unknown[]).length).toBeGreaterThan(0);
  });

  it('1: --check found drift, still the result', async () => {
    const dir = project();
    const run = await runCli(['generate', '--json', '--check', '--job-file', writeBlogJob(dir)], {
      cwd: dir,
    });
    expect(run.code).toBe(1);
    expect(onlyJson(run)).toMatchObject({ ok: true, exitCode: 1, mode: 'check', changed: true });
  });

  it('2: a usage error, from the flag parser too', async () => {
    const dir = project();
    const error = failure(await runCli(['generate', '--json', '--bogus'], { cwd: dir }), 2);
    expect(error).toMatchObject({ name: 'UsageError', diagnostics: [] });
    expect(error['message']).toContain('--bogus');
    expect(error['resolution']).toContain('--help');
    const missing = failure(await runCli(['generate', '--json'], { cwd: dir }), 2);
    expect(missing['name']).toBe('UsageError');
  });

  it('3: an invalid job, with every diagnostic', async () => {
    const dir = project();
    // A model named like a reserved word is refused, never renamed (docs/decisions.md).
    const job = writeBlogJob(dir, (blog) => {
      blog.genericDataSchema.models['class'] = blog.genericDataSchema.models['Tag']!;
    });
    const error = failure(await runCli(['generate', '--json', '--job-file', job], { cwd: dir }), 3);
    expect(error['name']).toBe('SchemaError');
    const diagnostics = error['diagnostics'] as { path: string; severity: string }[];
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => d.path)).toContain('/genericDataSchema/models/class');
    const malformed = path.join(dir, 'malformed.json');
    writeFileSync(malformed, '{"job": ');
    const source = failure(
      await runCli(['generate', '--json', '--job-file', malformed], { cwd: dir }),
      3,
    );
    expect(source['name']).toBe('JobSourceError');
  });

  it('4: AWS says the job does not exist', async () => {
    const dir = project();
    const run = await runCli(
      [
        'generate',
        '--json',
        '--endpoint',
        server.url,
        '--app-id',
        'a',
        '--environment',
        'e',
      ].concat(['--job-id', 'missing']),
      {
        cwd: dir,
        env: {
          AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'x',
          AWS_REGION: 'us-east-1',
        },
      },
    );
    expect(failure(run, 4)['name']).toBe('ServiceError');
  });

  it('5: a hand-edited file is refused', async () => {
    const dir = project();
    const job = writeBlogJob(dir);
    // The generation to edit comes from the library in this process; the refusal is the CLI's.
    expect((await generateInProcess({ job: { file: job }, cwd: dir })).code).toBe(0);
    const api = path.join(dir, 'src/API.ts');
    writeFileSync(api, readFileSync(api, 'utf8') + '// mine\n');
    const error = failure(await runCli(['generate', '--json', '--job-file', job], { cwd: dir }), 5);
    expect(error['name']).toBe('OutputError');
    expect(error['resolution']).toContain('--force');
  });
});

describe('errorResult', () => {
  // 70 cannot be reached from outside without a bug to trigger; the object is built the same way.
  it('70: an unexpected error is an InternalError that asks for a report', () => {
    expect(errorResult(new TypeError('x is undefined'), 70)).toEqual({
      ok: false,
      exitCode: 70,
      error: {
        name: 'InternalError',
        message: 'x is undefined',
        resolution: expect.stringContaining('bug'),
        diagnostics: [],
      },
    });
  });
});
