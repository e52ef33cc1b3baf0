import { performance } from 'node:perf_hooks';
import {
  startLocalServer,
  type Fault,
  type LocalServer,
} from '@uibuilder-codegen/fetch/local-server';
import type { CodegenJob } from '@uibuilder-codegen/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  awsIdFlags,
  blogJob,
  configure,
  FAKE_CREDENTIALS,
  runHardened,
  scratchDir,
  snapshotTree,
} from './hardening-support.js';

/** The SDK's attempts per request (`AWS_DEFAULTS.maxAttempts`): no more requests than this. */
const MAX_ATTEMPTS = 3;
/**
 * The slow case runs with `--request-timeout 2` (the default deadline is 30 s): three slow
 * attempts and back-off stay well under this.
 */
const SLOW_BOUND_MS = 60_000;
/** The deadline the slow case asks for, in seconds. */
const SLOW_REQUEST_TIMEOUT = '2';
/** Every other fault is answered at once; the bound only allows for a loaded machine. */
const FAST_BOUND_MS = 60_000;

const cleanups: (() => void)[] = [];
let server: LocalServer;

/** Each case fetches its own job, so faults (matched by job id) apply to that case only. */
const CASES: [string, Fault, number][] = [
  ['a response slower than the request timeout', { kind: 'slow', delayMs: 10_000 }, SLOW_BOUND_MS],
  ['connection resets', { kind: 'connection-reset' }, FAST_BOUND_MS],
  ['truncated bodies', { kind: 'truncated-body' }, FAST_BOUND_MS],
  ['non-JSON bodies with 200', { kind: 'non-json-body' }, FAST_BOUND_MS],
  ['non-JSON bodies with 502', { kind: 'non-json-body', status: 502 }, FAST_BOUND_MS],
  ['a storm of 500s', { kind: 'server-error' }, FAST_BOUND_MS],
  ['a storm of 503s', { kind: 'server-error', status: 503 }, FAST_BOUND_MS],
  ['throttling (429)', { kind: 'throttle' }, FAST_BOUND_MS],
  [
    'access denied (403)',
    { kind: 'error', status: 403, errorType: 'AccessDeniedException' },
    FAST_BOUND_MS,
  ],
];

function jobWithId(id: string): CodegenJob {
  const job = configure(blogJob(), 'noApi', 'tsx');
  job.id = id;
  return job as unknown as CodegenJob;
}

beforeAll(async () => {
  const jobs = [...CASES.map((_c, i) => jobWithId(`fault-${i}`)), jobWithId('transient')];
  server = await startLocalServer({ jobs });
});
afterAll(async () => {
  await server.close();
  cleanups.forEach((c) => c());
});

function awsArgs(jobId: string): string[] {
  const job = jobWithId(jobId);
  return [...awsIdFlags(job, server.url), '--job-id', jobId];
}

describe('network faults against the local AmplifyUIBuilder server', () => {
  it.concurrent.each(
    CASES.map(([name, fault, bound], i) => [name, fault, bound, `fault-${i}`] as const),
  )(
    '%s: exit 4 in bounded time, at most 3 requests, nothing written, no secrets',
    async (_name, fault, boundMs, jobId) => {
      server.inject({ ...fault, jobId, times: Infinity });
      const dir = scratchDir(cleanups);
      const before = snapshotTree(dir);
      const started = performance.now();
      const deadline = boundMs === SLOW_BOUND_MS ? ['--request-timeout', SLOW_REQUEST_TIMEOUT] : [];
      // One run for the text and the JSON: with --json, stderr still gets the error as text
      // (and --verbose's stages), stdout one JSON object; runHardened checks both for secrets.
      const run = await runHardened(
        ['generate', ...awsArgs(jobId), ...deadline, '--json', '--verbose'],
        { cwd: dir },
      );
      const elapsed = performance.now() - started;
      expect(run.code, run.stderr).toBe(4);
      expect(run.stderr).toContain('[ServiceError]');
      expect(run.stderr).toContain('Resolution:');
      expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, exitCode: 4 });
      expect(elapsed).toBeLessThan(boundMs);
      const requests = server.requests.filter((r) => r.jobId === jobId);
      expect(requests.length).toBeGreaterThanOrEqual(1);
      expect(requests.length).toBeLessThanOrEqual(MAX_ATTEMPTS);
      expect(snapshotTree(dir)).toEqual(before);
      console.info(
        `${jobId} ${fault.kind}: ${requests.length} request(s), ${Math.round(elapsed)} ms`,
      );
    },
    SLOW_BOUND_MS + 30_000,
  );

  it('a transient fault (two 503s) is retried and the run succeeds', async () => {
    server.inject({ kind: 'server-error', status: 503, jobId: 'transient', times: 2 });
    const dir = scratchDir(cleanups);
    const run = await runHardened(['generate', ...awsArgs('transient')], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(server.requests.filter((r) => r.jobId === 'transient')).toHaveLength(3);
  });

  it('credentials written into the --endpoint URL are redacted from every message, even with --verbose', async () => {
    const dir = scratchDir(cleanups);
    const {
      AWS_ACCESS_KEY_ID: key,
      AWS_SECRET_ACCESS_KEY: secret,
      AWS_SESSION_TOKEN: token,
    } = FAKE_CREDENTIALS;
    const endpoint = `http://${key}:${encodeURIComponent(secret)}@127.0.0.1:9/?token=${token}`;
    const args = [
      'generate',
      '--endpoint',
      endpoint,
      '--app-id',
      'a',
      '--environment',
      'e',
      '--job-id',
      'j',
    ];
    const run = await runHardened([...args, '--verbose', '--json'], { cwd: dir });
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('[redacted]');
    expect(run.stderr + run.stdout).not.toContain(encodeURIComponent(secret));
  });
});
