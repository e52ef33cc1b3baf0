import { ServiceError } from '@uibuilder-codegen/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localAws, rejectionOf, sampleJob } from '../test/helpers.js';
import { fetchCodegenJob } from './fetch-codegen-job.js';
import { listCodegenJobs } from './list-codegen-jobs.js';
import { startLocalServer, type HostileFault, type LocalServer } from './local-server/index.js';
import { REQUEST_POLICY_DEFAULTS, requestPolicy } from './request-policy.js';

const ids = { appId: 'app1', environmentName: 'dev', id: 'job-1' };

describe('the request policy', () => {
  let server: LocalServer;
  beforeEach(async () => {
    server = await startLocalServer({ jobs: [sampleJob()] });
  });
  afterEach(() => server.close());

  it('fills the documented defaults', () => {
    expect(requestPolicy({})).toEqual({
      timeoutMs: 30_000,
      connectionTimeoutMs: 5_000,
      maxResponseBytes: 64 * 1024 * 1024,
      maxPages: 1_000,
      maxAttempts: 3,
    });
    expect(requestPolicy({ requestTimeoutMs: 5, maxPages: 2 })).toMatchObject({
      timeoutMs: 5,
      maxPages: 2,
      maxResponseBytes: REQUEST_POLICY_DEFAULTS.maxResponseBytes,
    });
  });

  const fetchCases: [string, HostileFault, Parameters<typeof localAws>[1], string, RegExp][] = [
    [
      'a trickled body meets the deadline',
      { kind: 'trickle', intervalMs: 10 },
      { requestTimeoutMs: 200, maxAttempts: 1 },
      'RequestTimeout',
      /no complete response within 0.2s/,
    ],
    [
      'a streamed body over the size limit',
      { kind: 'huge-body', bytes: 10_000_000 },
      { maxResponseBytes: 100_000 },
      'ResponseTooLarge',
      /maximum response size \(100000 bytes\)/,
    ],
    [
      'a declared length over the size limit',
      { kind: 'huge-body', bytes: 10_000_000, declareLength: true },
      { maxResponseBytes: 100_000 },
      'ResponseTooLarge',
      /maximum response size/,
    ],
    ['a redirect', { kind: 'redirect-loop' }, {}, 'UnexpectedRedirect', /redirect \(HTTP 302\)/],
  ];

  it.each(fetchCases)('%s: ServiceError %s', async (_name, fault, options, name, message) => {
    server.inject({ ...fault, times: Infinity });
    const error = await rejectionOf(fetchCodegenJob({ ...ids, ...localAws(server, options) }));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ errorName: name, exitCode: 4 });
    expect((error as Error).message).toMatch(message);
  });

  it('a size breach is not retried', async () => {
    server.inject({ kind: 'huge-body', bytes: 10_000_000, times: Infinity });
    await rejectionOf(
      fetchCodegenJob({ ...ids, ...localAws(server, { maxResponseBytes: 1_000 }) }),
    );
    expect(server.requests).toHaveLength(1);
  });

  it('stops ListCodegenJobs at the page limit', async () => {
    server.inject({ kind: 'endless-pages', times: Infinity });
    const error = await rejectionOf(
      listCodegenJobs({
        appId: 'app1',
        environmentName: 'dev',
        ...localAws(server, { maxPages: 5 }),
      }),
    );
    expect(error).toMatchObject({ errorName: 'TooManyPages', exitCode: 4 });
    expect((error as Error).message).toContain('maximum page count (5 pages)');
    expect(server.requests).toHaveLength(5);
  });

  it('stops ListCodegenJobs at a repeated token', async () => {
    server.inject({ kind: 'repeated-token', times: Infinity });
    const error = await rejectionOf(
      listCodegenJobs({ appId: 'app1', environmentName: 'dev', ...localAws(server) }),
    );
    expect(error).toMatchObject({ errorName: 'RepeatedPageToken', exitCode: 4 });
    expect(server.requests).toHaveLength(2);
  });

  it('a body within the limits is read whole', async () => {
    const job = await fetchCodegenJob({
      ...ids,
      ...localAws(server, { maxResponseBytes: 1_000_000 }),
    });
    expect(job.id).toBe('job-1');
  });
});
