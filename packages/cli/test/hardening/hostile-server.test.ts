import { startLocalServer, type HostileFault } from '@uibuilder-codegen/fetch/local-server';
import type { CodegenJob } from '@uibuilder-codegen/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunLimits } from '../cli-harness.js';
import {
  awsIdFlags,
  blogJob,
  configure,
  runHardened,
  scratchDir,
  snapshotTree,
} from './hardening-support.js';

/**
 * Generous bounds the harness enforces by killing the run: a CLI without limits waits on a
 * trickle or pages forever, and buffers a gigabyte body past a 256 MB heap.
 */
const LIMITS: RunLimits = { timeoutMs: 60_000, maxOldSpaceMb: 256 };

const cleanups: (() => void)[] = [];

function jobWithId(id: string): CodegenJob {
  const job = configure(blogJob(), 'noApi', 'tsx');
  job.id = id;
  return job as unknown as CodegenJob;
}

/** [case, fault, command, what the message must name]; each case has its own job (and app). */
const CASES: [string, HostileFault, 'generate' | 'list-jobs', RegExp][] = [
  [
    'a 1 GiB body without a length',
    { kind: 'huge-body', bytes: 2 ** 30 },
    'generate',
    /maximum response size \(64 MiB\)/,
  ],
  [
    'a 1 GiB body with its length',
    { kind: 'huge-body', bytes: 2 ** 30, declareLength: true },
    'generate',
    /maximum response size \(64 MiB\)/,
  ],
  [
    'a body trickled forever',
    { kind: 'trickle', intervalMs: 50 },
    'generate',
    /request timeout: no complete response within 1s[\s\S]*--request-timeout/,
  ],
  [
    'a new nextToken on every page',
    { kind: 'endless-pages' },
    'list-jobs',
    /maximum page count \(1000 pages\)/,
  ],
  [
    'the same nextToken again',
    { kind: 'repeated-token' },
    'list-jobs',
    /nextToken on page 2 that it had returned before/,
  ],
  ['a redirect to itself', { kind: 'redirect-loop' }, 'generate', /redirect \(HTTP 302\)/],
  [
    'an error that echoes the credentials',
    { kind: 'echo-secrets' },
    'generate',
    /AmplifyUIBuilder rejected the request/,
  ],
];

afterAll(() => cleanups.forEach((c) => c()));

describe('a hostile AmplifyUIBuilder server', () => {
  it.concurrent.each(CASES.map((c, i) => [...c, `hostile-${i}`] as const))(
    '%s: exit 4 naming the limit, within the harness bounds, nothing written, no secrets',
    async (_name, fault, command, names, jobId) => {
      // A server of its own: faults for ListCodegenJobs match every request.
      const job = jobWithId(jobId);
      const server = await startLocalServer({ jobs: [job] });
      cleanups.push(() => void server.close());
      server.inject({ ...fault, times: Infinity });
      const dir = scratchDir(cleanups);
      const before = snapshotTree(dir);
      const args = [
        command,
        ...awsIdFlags(job, server.url),
        // A short deadline for the trickle; the default (30 s) everywhere else.
        ...(fault.kind === 'trickle' ? ['--request-timeout', '1'] : []),
        ...(command === 'generate' ? ['--job-id', jobId, '--verbose'] : []),
      ];
      const run = await runHardened(args, { cwd: dir, limits: LIMITS });
      expect(run.killed, 'the harness had to kill the run').toBe(false);
      expect(run.code, run.stderr).toBe(4);
      expect(run.stderr).toMatch(names);
      expect(run.stderr).toContain('Resolution:');
      expect(run.stdout).toBe('');
      expect(snapshotTree(dir)).toEqual(before);
      // The echoed query string's password is no AWS credential, and is redacted all the same.
      expect(run.stderr).not.toContain('hunter2');
    },
    LIMITS.timeoutMs + 10_000,
  );
});
