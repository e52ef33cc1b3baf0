import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localAws, rejectionOf, sampleJob } from '../test/helpers.js';
import { listCodegenJobs } from './list-codegen-jobs.js';
import { startLocalServer, type LocalServer } from './local-server/index.js';

const jobs = Array.from({ length: 7 }, (_, index) =>
  sampleJob({
    id: `job-${index + 1}`,
    status: index === 2 ? 'failed' : 'succeeded',
    ...(index === 2 ? { statusMessage: 'Invalid schema' } : {}),
    createdAt: `2024-05-0${index + 1}T00:00:00Z`,
  }),
);

describe('listCodegenJobs', () => {
  let server: LocalServer;
  beforeEach(async () => {
    server = await startLocalServer({
      jobs: [...jobs, sampleJob({ id: 'other-env', environmentName: 'prod' })],
      pageSize: 3,
    });
  });
  afterEach(() => server.close());

  it('follows nextToken through every page and reads each status', async () => {
    const listed = await listCodegenJobs({
      appId: 'app1',
      environmentName: 'dev',
      ...localAws(server),
    });
    expect(listed.map(({ id, status }) => [id, status])).toEqual([
      ['job-1', 'succeeded'],
      ['job-2', 'succeeded'],
      ['job-3', 'failed'],
      ['job-4', 'succeeded'],
      ['job-5', 'succeeded'],
      ['job-6', 'succeeded'],
      ['job-7', 'succeeded'],
    ]);
    expect(listed[2]).toStrictEqual({
      id: 'job-3',
      status: 'failed',
      statusMessage: 'Invalid schema',
      createdAt: '2024-05-03T00:00:00.000Z',
      modifiedAt: '2024-05-01T12:05:00.000Z',
    });
    const listRequests = server.requests.filter(
      (request) => request.operation === 'ListCodegenJobs',
    );
    expect(listRequests).toHaveLength(3);
    expect(listRequests[0]?.query).toEqual({});
    expect(listRequests[1]?.query['nextToken']).toEqual(expect.any(String));
    expect(server.requests.filter((request) => request.operation === 'GetCodegenJob')).toHaveLength(
      7,
    );
  });

  it('asks for the page size it is given', async () => {
    await listCodegenJobs({
      appId: 'app1',
      environmentName: 'dev',
      pageSize: 2,
      ...localAws(server),
    });
    const listRequests = server.requests.filter(
      (request) => request.operation === 'ListCodegenJobs',
    );
    expect(listRequests).toHaveLength(4);
    expect(listRequests.every((request) => request.query['maxResults'] === '2')).toBe(true);
  });

  it('lists an empty environment', async () => {
    server.addJob(sampleJob({ id: 'x', environmentName: 'empty' }));
    expect(
      await listCodegenJobs({ appId: 'app1', environmentName: 'prod', ...localAws(server) }),
    ).toHaveLength(1);
  });

  it('maps a missing environment', async () => {
    const error = await rejectionOf(
      listCodegenJobs({ appId: 'app1', environmentName: 'nope', ...localAws(server) }),
    );
    expect(error).toMatchObject({ errorName: 'ResourceNotFoundException', exitCode: 4 });
    expect((error as Error).message).toContain('Environment "nope" was not found in app "app1"');
  });

  it('fails when reading a status fails, naming the job', async () => {
    server.inject({
      kind: 'server-error',
      operation: 'GetCodegenJob',
      jobId: 'job-5',
      times: Infinity,
    });
    const error = await rejectionOf(
      listCodegenJobs({ appId: 'app1', environmentName: 'dev', ...localAws(server) }),
    );
    expect(error).toMatchObject({ errorName: 'InternalServerException', statusCode: 500 });
  });

  it('retries a throttled page', async () => {
    server.inject({ kind: 'throttle', operation: 'ListCodegenJobs' });
    const listed = await listCodegenJobs({
      appId: 'app1',
      environmentName: 'dev',
      ...localAws(server, { maxAttempts: 2 }),
    });
    expect(listed).toHaveLength(7);
    expect(server.requests[0]).toMatchObject({
      operation: 'ListCodegenJobs',
      fault: 'throttle',
      status: 429,
    });
  });

  it('reads statuses at most four at a time', async () => {
    server.inject({ kind: 'slow', operation: 'GetCodegenJob', delayMs: 30, times: Infinity });
    await listCodegenJobs({ appId: 'app1', environmentName: 'dev', ...localAws(server) });
    const reads = server.requests.filter((request) => request.operation === 'GetCodegenJob');
    expect(Math.max(...reads.map((request) => request.inFlight))).toBe(4);
  });

  it('reads statuses with the concurrency it is given', async () => {
    server.inject({ kind: 'slow', operation: 'GetCodegenJob', delayMs: 10, times: Infinity });
    await listCodegenJobs({
      appId: 'app1',
      environmentName: 'dev',
      concurrency: 1,
      ...localAws(server),
    });
    const reads = server.requests.filter((request) => request.operation === 'GetCodegenJob');
    expect(Math.max(...reads.map((request) => request.inFlight))).toBe(1);
  });
});
