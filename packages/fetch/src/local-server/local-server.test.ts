import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BLOG_JOB_FILE, localAws, sampleJob } from '../../test/helpers.js';
import { fetchCodegenJob } from '../fetch-codegen-job.js';
import { readJobFile } from '../read-job-file.js';
import { startLocalServer, type LocalServer } from './index.js';

/** Raw HTTP, to pin the wire format itself (the SDK tests prove the SDK agrees with it). */
async function raw(server: LocalServer, path: string, init?: RequestInit) {
  const response = await fetch(`${server.url}${path}`, init);
  const text = await response.text();
  return {
    status: response.status,
    errorType: response.headers.get('x-amzn-errortype'),
    text,
    body: safeJson(text),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

describe('local AmplifyUIBuilder server', () => {
  let server: LocalServer;
  let closed = false;
  afterEach(async () => {
    if (!closed) await server.close();
    closed = false;
  });

  it('listens on 127.0.0.1 on a free port', async () => {
    server = await startLocalServer({ jobs: [] });
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves GetCodegenJob: the body is the job, with union members unwrapped', async () => {
    server = await startLocalServer({
      jobs: [sampleJob({ renderConfig: { $unknown: ['vue', { a: 1 }] } })],
    });
    const { status, body } = await raw(server, '/app/app1/environment/dev/codegen-jobs/job-1');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'job-1',
      status: 'succeeded',
      renderConfig: { vue: { a: 1 } },
      createdAt: '2024-05-01T12:00:00.000Z',
    });
  });

  it('serves a job saved without a status as succeeded', async () => {
    const { status: _status, ...withoutStatus } = sampleJob();
    server = await startLocalServer({ jobs: [withoutStatus] });
    expect((await raw(server, '/app/app1/environment/dev/codegen-jobs/job-1')).body).toMatchObject({
      status: 'succeeded',
    });
  });

  it('decodes path segments', async () => {
    server = await startLocalServer({ jobs: [sampleJob({ id: 'job/with space' })] });
    expect(
      (await raw(server, '/app/app1/environment/dev/codegen-jobs/job%2Fwith%20space')).status,
    ).toBe(200);
  });

  it.each([
    ['app', '/app/nope/environment/dev/codegen-jobs/job-1', 'App nope not found.'],
    [
      'environment',
      '/app/app1/environment/nope/codegen-jobs/job-1',
      'Environment nope not found for app app1.',
    ],
    ['job', '/app/app1/environment/dev/codegen-jobs/nope', 'Codegen job nope not found.'],
  ])('answers a missing %s with a modelled 404', async (_kind, path, message) => {
    server = await startLocalServer({ jobs: [sampleJob()] });
    expect(await raw(server, path)).toMatchObject({
      status: 404,
      errorType: 'ResourceNotFoundException',
      body: { message },
    });
  });

  it('paginates ListCodegenJobs with opaque tokens and summaries', async () => {
    server = await startLocalServer({
      jobs: [1, 2, 3].map((n) => sampleJob({ id: `j${n}` })),
      pageSize: 2,
    });
    const first = await raw(server, '/app/app1/environment/dev/codegen-jobs');
    const page = first.body as { entities: unknown[]; nextToken?: string };
    expect(page.entities).toEqual([
      {
        id: 'j1',
        appId: 'app1',
        environmentName: 'dev',
        createdAt: '2024-05-01T12:00:00.000Z',
        modifiedAt: '2024-05-01T12:05:00.000Z',
      },
      expect.objectContaining({ id: 'j2' }),
    ]);
    const second = await raw(
      server,
      `/app/app1/environment/dev/codegen-jobs?nextToken=${page.nextToken ?? ''}`,
    );
    expect(second.body).toEqual({ entities: [expect.objectContaining({ id: 'j3' })] });
    const small = await raw(server, '/app/app1/environment/dev/codegen-jobs?maxResults=1');
    expect((small.body as { entities: unknown[] }).entities).toHaveLength(1);
  });

  it.each([
    ['a bad nextToken', '?nextToken=garbage'],
    ['maxResults 0', '?maxResults=0'],
    ['maxResults 101', '?maxResults=101'],
  ])('answers %s with InvalidParameterException', async (_name, query) => {
    server = await startLocalServer({ jobs: [sampleJob()] });
    expect(await raw(server, `/app/app1/environment/dev/codegen-jobs${query}`)).toMatchObject({
      status: 400,
      errorType: 'InvalidParameterException',
    });
  });

  it('starts jobs from a POSTed spec, in_progress for the configured polls', async () => {
    server = await startLocalServer({
      jobs: [],
      environments: [{ appId: 'a', environmentName: 'e' }],
      startedJobs: { pollsInProgress: 1 },
    });
    const started = await raw(server, '/app/a/environment/e/codegen-jobs?clientToken=t', {
      method: 'POST',
      body: JSON.stringify({ renderConfig: { react: {} } }),
      headers: { 'content-type': 'application/json' },
    });
    expect(started.body).toMatchObject({
      id: 'local-job-1',
      appId: 'a',
      environmentName: 'e',
      status: 'in_progress',
    });
    const polls = [];
    for (let i = 0; i < 3; i += 1)
      polls.push(
        (
          (await raw(server, '/app/a/environment/e/codegen-jobs/local-job-1')).body as {
            status: string;
          }
        ).status,
      );
    expect(polls).toEqual(['in_progress', 'succeeded', 'succeeded']);
  });

  it.each([
    ['no renderConfig', JSON.stringify({ genericDataSchema: {} })],
    ['a body that is not JSON', '{'],
  ])('refuses a start with %s', async (_name, body) => {
    server = await startLocalServer({ jobs: [sampleJob()] });
    expect(
      await raw(server, '/app/app1/environment/dev/codegen-jobs', { method: 'POST', body }),
    ).toMatchObject({
      status: 400,
      errorType: 'InvalidParameterException',
    });
  });

  it('answers an unknown route with 404 UnknownOperationException', async () => {
    server = await startLocalServer({ jobs: [] });
    expect(await raw(server, '/components')).toMatchObject({
      status: 404,
      errorType: 'UnknownOperationException',
    });
  });

  it('applies a fault to as many matching requests as asked, then answers normally', async () => {
    server = await startLocalServer({ jobs: [sampleJob(), sampleJob({ id: 'job-2' })] });
    server.inject({ kind: 'throttle', jobId: 'job-2', times: 2 });
    const statuses = [];
    for (const id of ['job-1', 'job-2', 'job-2', 'job-2'])
      statuses.push((await raw(server, `/app/app1/environment/dev/codegen-jobs/${id}`)).status);
    expect(statuses).toEqual([200, 429, 429, 200]);
    expect(server.requests.map((request) => request.fault)).toEqual([
      undefined,
      'throttle',
      'throttle',
      undefined,
    ]);
  });

  it('serves a truncated body: the promised length, half the bytes, then a closed connection', async () => {
    server = await startLocalServer({ jobs: [sampleJob()] });
    server.inject({ kind: 'truncated-body' });
    await expect(raw(server, '/app/app1/environment/dev/codegen-jobs/job-1')).rejects.toThrow();
  });

  it('serves a non-JSON body', async () => {
    server = await startLocalServer({ jobs: [sampleJob()] });
    server.inject({ kind: 'non-json-body', status: 502 });
    const response = await raw(server, '/app/app1/environment/dev/codegen-jobs/job-1');
    expect(response).toMatchObject({ status: 502, body: undefined });
    expect(response.text).toContain('Bad Gateway');
  });

  it('loads a directory of job files, {"job": ...} or bare', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'fetch-local-server-'));
    try {
      await writeFile(
        join(directory, 'a.json'),
        JSON.stringify({ job: sampleJob({ id: 'from-a' }) }),
      );
      await writeFile(join(directory, 'b.json'), JSON.stringify(sampleJob({ id: 'from-b' })));
      await writeFile(join(directory, 'notes.txt'), 'not a job');
      server = await startLocalServer({ jobs: directory });
      const job = await fetchCodegenJob({
        appId: 'app1',
        environmentName: 'dev',
        id: 'from-b',
        ...localAws(server),
      });
      expect(job.id).toBe('from-b');
      expect((await raw(server, '/app/app1/environment/dev/codegen-jobs')).body).toMatchObject({
        entities: [{ id: 'from-a' }, { id: 'from-b' }],
      });
    } finally {
      await rm(directory, { recursive: true, force: true });
    }
  });

  it('refuses a job that cannot be routed', async () => {
    await expect(startLocalServer({ jobs: [{ id: 'x' }] })).rejects.toThrow(
      /needs an id, appId and environmentName/,
    );
    server = await startLocalServer({ jobs: [] });
  });

  it('closes promptly with a slow response pending', async () => {
    server = await startLocalServer({ jobs: [sampleJob()] });
    server.inject({ kind: 'slow', delayMs: 60_000 });
    const pending = raw(server, '/app/app1/environment/dev/codegen-jobs/job-1').catch(
      (error: unknown) => error,
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    await server.close();
    closed = true;
    expect(await pending).toBeInstanceOf(Error);
  });

  it('serves the real example job unchanged through the SDK', async () => {
    server = await startLocalServer({ jobs: [] });
    const job = await readJobFile(BLOG_JOB_FILE);
    server.addJob(job);
    const fetched = await fetchCodegenJob({
      appId: job.appId ?? '',
      environmentName: job.environmentName ?? '',
      id: job.id ?? '',
      ...localAws(server),
    });
    expect(fetched).toStrictEqual(job);
  });
});
