import { ServiceError, UsageError } from '@uibuilder-codegen/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BLOG_JOB_FILE, localAws, rejectionOf, sampleJob } from '../test/helpers.js';
import { fetchCodegenJob } from './fetch-codegen-job.js';
import { startLocalServer, type LocalServer } from './local-server/index.js';
import { readJobFile } from './read-job-file.js';
import type { WaitProgress } from './wait-options.js';

const ids = { appId: 'app1', environmentName: 'dev', id: 'job-1' };

describe('fetchCodegenJob against the local server', () => {
  let server: LocalServer;
  beforeEach(async () => {
    server = await startLocalServer({
      jobs: [
        sampleJob(),
        sampleJob({
          id: 'failed-job',
          status: 'failed',
          statusMessage: 'Model "Post" has no primary key',
        }),
        sampleJob({ id: 'vue-job', renderConfig: { $unknown: ['vue', { script: 'ts' }] } }),
        sampleJob({
          id: 'api-job',
          renderConfig: {
            react: { script: 'tsx', apiConfiguration: { $unknown: ['restConfig', { url: 'x' }] } },
          },
        }),
      ],
    });
  });
  afterEach(() => server.close());

  it('returns a succeeded job as plain data with RFC 3339 timestamps', async () => {
    const job = await fetchCodegenJob({ ...ids, ...localAws(server) });
    expect(job).toEqual(sampleJob());
    expect(Object.getPrototypeOf(job)).toBe(Object.prototype);
    expect(job.createdAt).toBe('2024-05-01T12:00:00.000Z');
    expect(server.requests).toMatchObject([
      {
        operation: 'GetCodegenJob',
        method: 'GET',
        path: '/app/app1/environment/dev/codegen-jobs/job-1',
        signed: true,
        status: 200,
      },
    ]);
  });

  it('fetches the same value that reading the job file gives', async () => {
    const fromFile = await readJobFile(BLOG_JOB_FILE);
    server.addJob(fromFile);
    const fetched = await fetchCodegenJob({
      appId: fromFile.appId ?? '',
      environmentName: fromFile.environmentName ?? '',
      id: fromFile.id ?? '',
      ...localAws(server),
    });
    expect(fetched).toStrictEqual(fromFile);
    // Struct keys come back in the SDK's schema order, but map entries keep the job's order.
    const modelNames = (job: typeof fetched) => Object.keys(job.genericDataSchema?.models ?? {});
    expect(modelNames(fetched)).toEqual(modelNames(fromFile));
    const postFields = (job: typeof fetched) =>
      Object.keys(job.genericDataSchema?.models?.['Post']?.fields ?? {});
    expect(postFields(fetched)).toEqual(postFields(fromFile));
  });

  it('passes an unknown renderConfig member on as $unknown, as the SDK deserialises it', async () => {
    const job = await fetchCodegenJob({ ...ids, id: 'vue-job', ...localAws(server) });
    expect(job.renderConfig).toEqual({ $unknown: ['vue', { script: 'ts' }] });
  });

  it('passes an unknown apiConfiguration member on as $unknown', async () => {
    const job = await fetchCodegenJob({ ...ids, id: 'api-job', ...localAws(server) });
    expect(job.renderConfig?.react?.apiConfiguration).toEqual({
      $unknown: ['restConfig', { url: 'x' }],
    });
  });

  it('stops on a failed job with its status message', async () => {
    const error = await rejectionOf(
      fetchCodegenJob({ ...ids, id: 'failed-job', ...localAws(server) }),
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ errorName: 'JobFailed', exitCode: 4 });
    expect((error as Error).message).toContain('Model "Post" has no primary key');
  });

  it('fails at once on an in_progress job when not asked to wait', async () => {
    server.inject({ kind: 'in-progress', times: 5 });
    const error = await rejectionOf(fetchCodegenJob({ ...ids, ...localAws(server) }));
    expect(error).toMatchObject({ errorName: 'JobInProgress', exitCode: 4 });
    expect((error as ServiceError).hint).toContain('--wait');
    expect(server.requests).toHaveLength(1);
  });

  it('waits with backoff while the job is in_progress, reporting progress', async () => {
    server.inject({ kind: 'in-progress', times: 3 });
    const progress: WaitProgress[] = [];
    const job = await fetchCodegenJob({
      ...ids,
      ...localAws(server),
      wait: {
        timeoutSeconds: 30,
        initialDelayMs: 10,
        maxDelayMs: 25,
        onProgress: (p) => progress.push(p),
      },
    });
    expect(job.status).toBe('succeeded');
    expect(server.requests).toHaveLength(4);
    expect(progress.map((p) => [p.polls, p.nextPollInMs, p.status])).toEqual([
      [1, 10, 'in_progress'],
      [2, 20, 'in_progress'],
      [3, 25, 'in_progress'],
    ]);
    expect(progress[0]?.message).toMatch(
      /^Codegen job job-1 is in_progress \(.*elapsed\); checking again in 0\.0s$/,
    );
  });

  it('gives up with JobWaitTimeout when the job stays in_progress', async () => {
    server.inject({ kind: 'in-progress', times: Infinity });
    const error = await rejectionOf(
      fetchCodegenJob({
        ...ids,
        ...localAws(server),
        wait: { timeoutSeconds: 0.2, initialDelayMs: 20, maxDelayMs: 40 },
      }),
    );
    expect(error).toMatchObject({ errorName: 'JobWaitTimeout', exitCode: 4 });
    expect((error as ServiceError).hint).toContain('--wait');
    expect(server.requests.length).toBeGreaterThan(2);
  });

  it('stops waiting when the job fails', async () => {
    server.inject({ kind: 'in-progress', jobId: 'failed-job', times: 2 });
    const error = await rejectionOf(
      fetchCodegenJob({
        ...ids,
        id: 'failed-job',
        ...localAws(server),
        wait: { timeoutSeconds: 30, initialDelayMs: 5 },
      }),
    );
    expect(error).toMatchObject({ errorName: 'JobFailed' });
    expect(server.requests).toHaveLength(3);
  });

  it('is cancelled by an abort signal while waiting', async () => {
    server.inject({ kind: 'in-progress', times: Infinity });
    const controller = new AbortController();
    const promise = fetchCodegenJob({
      ...ids,
      ...localAws(server),
      signal: controller.signal,
      wait: { timeoutSeconds: 60, initialDelayMs: 10_000, onProgress: () => controller.abort() },
    });
    expect(await rejectionOf(promise)).toMatchObject({ errorName: 'Aborted', exitCode: 4 });
  });

  it.each([
    ['appId', { appId: '' }, '--app-id'],
    ['environmentName', { environmentName: ' ' }, '--environment'],
    ['id', { id: '' }, '--job-id'],
  ])('rejects a missing %s as a usage error before any request', async (_name, override, flag) => {
    const error = await rejectionOf(fetchCodegenJob({ ...ids, ...override, ...localAws(server) }));
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(flag);
    expect(server.requests).toHaveLength(0);
  });

  it('uses an injected client', async () => {
    const { AmplifyUIBuilderClient } = await import('@aws-sdk/client-amplifyuibuilder');
    const { endpoint, region, credentials } = localAws(server);
    const client = new AmplifyUIBuilderClient({ endpoint, region, credentials });
    try {
      const job = await fetchCodegenJob({ ...ids, client, endpoint: 'http://127.0.0.1:1' });
      expect(job.id).toBe('job-1');
    } finally {
      client.destroy();
    }
  });
});
