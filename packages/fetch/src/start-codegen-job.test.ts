import { JobSourceError } from '@uibuilder-codegen/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG_JOB_FILE, localAws, rejectionOf, sampleJob } from '../test/helpers.js';
import { startLocalServer, type LocalServer } from './local-server/index.js';
import { readJobFile } from './read-job-file.js';
import { startCodegenJob } from './start-codegen-job.js';
import type { WaitProgress } from './wait-options.js';

const where = { appId: 'app1', environmentName: 'dev' };
const fastWait = { timeoutSeconds: 30, initialDelayMs: 5, maxDelayMs: 10 };

describe('startCodegenJob', () => {
  let server: LocalServer;
  beforeEach(async () => {
    server = await startLocalServer({
      jobs: [],
      environments: [where],
      startedJobs: { pollsInProgress: 2 },
      now: () => new Date('2024-06-01T00:00:00Z'),
    });
  });
  afterEach(() => server.close());

  it('starts a job from a spec and returns it as started', async () => {
    const spec = await readJobFile(BLOG_JOB_FILE);
    const job = await startCodegenJob({
      ...where,
      spec,
      clientToken: 'token-1',
      ...localAws(server),
    });
    expect(job).toMatchObject({
      id: 'local-job-1',
      status: 'in_progress',
      createdAt: '2024-06-01T00:00:00.000Z',
    });
    expect(job.genericDataSchema).toStrictEqual(spec.genericDataSchema);
    expect(job.renderConfig).toStrictEqual(spec.renderConfig);
    expect(server.requests).toMatchObject([
      {
        operation: 'StartCodegenJob',
        method: 'POST',
        query: { clientToken: 'token-1' },
        status: 200,
      },
    ]);
  });

  it('waits for the started job to succeed, reporting progress', async () => {
    const progress: WaitProgress[] = [];
    const job = await startCodegenJob({
      ...where,
      spec: sampleJob(),
      ...localAws(server),
      wait: { ...fastWait, onProgress: (p) => progress.push(p) },
    });
    expect(job).toMatchObject({ id: 'local-job-1', status: 'succeeded' });
    expect(server.requests.map((request) => request.operation)).toEqual([
      'StartCodegenJob',
      'GetCodegenJob',
      'GetCodegenJob',
      'GetCodegenJob',
    ]);
    expect(progress.map((p) => p.jobId)).toEqual(['local-job-1', 'local-job-1', 'local-job-1']);
  });

  it('fails with JobFailed when the started job fails', async () => {
    await server.close();
    server = await startLocalServer({
      jobs: [],
      environments: [where],
      startedJobs: {
        pollsInProgress: 0,
        status: 'failed',
        statusMessage: 'Unsupported render config',
      },
    });
    const error = await rejectionOf(
      startCodegenJob({ ...where, spec: sampleJob(), ...localAws(server), wait: fastWait }),
    );
    expect(error).toMatchObject({ errorName: 'JobFailed', exitCode: 4 });
    expect((error as Error).message).toContain('Unsupported render config');
  });

  it('starts one job for one client token, even when asked twice', async () => {
    const first = await startCodegenJob({
      ...where,
      spec: sampleJob(),
      clientToken: 'same',
      ...localAws(server),
    });
    const second = await startCodegenJob({
      ...where,
      spec: sampleJob(),
      clientToken: 'same',
      ...localAws(server),
    });
    expect(second.id).toBe(first.id);
  });

  it('sends a generated client token that survives retries', async () => {
    server.inject({ kind: 'server-error', operation: 'StartCodegenJob' });
    const job = await startCodegenJob({
      ...where,
      spec: sampleJob(),
      ...localAws(server, { maxAttempts: 2 }),
    });
    const [failed, retried] = server.requests;
    expect(failed?.query['clientToken']).toEqual(expect.any(String));
    expect(retried?.query['clientToken']).toBe(failed?.query['clientToken']);
    expect(job.id).toBe('local-job-1');
  });

  it('rejects a spec without renderConfig before any request', async () => {
    const error = await rejectionOf(
      startCodegenJob({ ...where, spec: { genericDataSchema: {} }, ...localAws(server) }),
    );
    expect(error).toBeInstanceOf(JobSourceError);
    expect(server.requests).toHaveLength(0);
  });

  it('maps a missing app', async () => {
    const error = await rejectionOf(
      startCodegenJob({ ...where, appId: 'nope', spec: sampleJob(), ...localAws(server) }),
    );
    expect(error).toMatchObject({ errorName: 'ResourceNotFoundException' });
    expect((error as Error).message).toContain('App "nope" was not found');
  });
});
