import { createServer } from 'node:net';
import { ServiceError } from '@uibuilder-codegen/core';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { localAws, rejectionOf, sampleJob } from '../test/helpers.js';
import { fetchCodegenJob } from './fetch-codegen-job.js';
import { startLocalServer, type Fault, type LocalServer } from './local-server/index.js';

const ids = { appId: 'app1', environmentName: 'dev', id: 'job-1' };

describe('AWS errors become ServiceErrors (exit 4) with actionable messages', () => {
  let server: LocalServer;
  beforeEach(async () => {
    server = await startLocalServer({ jobs: [sampleJob()] });
  });
  afterEach(() => server.close());

  const fetchWith = (
    fault: Fault | undefined,
    extra: Parameters<typeof localAws>[1] = {},
    override = {},
  ) => {
    if (fault) server.inject(fault);
    return rejectionOf(fetchCodegenJob({ ...ids, ...localAws(server, extra), ...override }));
  };

  it.each([
    ['app', { appId: 'nope' }, /App "nope" was not found in us-east-1/, '--app-id'],
    [
      'environment',
      { environmentName: 'prod' },
      /Environment "prod" was not found in app "app1"/,
      '--environment',
    ],
    [
      'job',
      { id: 'missing' },
      /Codegen job "missing" was not found in app "app1", environment "dev"/,
      'list-jobs',
    ],
  ])('says which resource is missing: %s', async (_kind, override, message, hint) => {
    const error = await fetchWith(undefined, {}, override);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({
      errorName: 'ResourceNotFoundException',
      statusCode: 404,
      exitCode: 4,
    });
    expect((error as Error).message).toMatch(message);
    expect((error as ServiceError).hint).toContain(hint);
    expect(server.requests).toHaveLength(1);
  });

  it.each([
    ['app', /App "app1" was not found/],
    ['environment', /Environment "dev" was not found/],
    ['job', /Codegen job "job-1" was not found/],
  ] as const)('maps an injected 404 for the %s', async (resource, message) => {
    const error = await fetchWith({ kind: 'not-found', resource });
    expect((error as Error).message).toMatch(message);
  });

  it.each([
    [
      401,
      'UnauthorizedException',
      /Not authorized to call GetCodegenJob for app "app1"/,
      'amplifyuibuilder:GetCodegenJob',
    ],
    [
      403,
      'AccessDeniedException',
      /Not authorized to call GetCodegenJob/,
      'amplifyuibuilder:GetCodegenJob',
    ],
    [403, 'ExpiredTokenException', /credentials have expired/, 'aws sso login'],
    [403, 'UnrecognizedClientException', /Not authorized/, 'belong to the app'],
  ])('maps %i %s', async (status, errorType, message, hint) => {
    const error = await fetchWith({
      kind: 'error',
      status,
      errorType,
      message: 'The security token included in the request is invalid',
    });
    expect(error).toMatchObject({ errorName: errorType, statusCode: status, exitCode: 4 });
    expect((error as Error).message).toMatch(message);
    expect((error as ServiceError).hint).toContain(hint);
  });

  it('maps a 400 InvalidParameterException', async () => {
    const error = await fetchWith({
      kind: 'error',
      status: 400,
      errorType: 'InvalidParameterException',
      message: 'bad id',
    });
    expect(error).toMatchObject({ errorName: 'InvalidParameterException', statusCode: 400 });
    expect((error as Error).message).toContain('bad id');
  });

  it('retries throttling, then reports ThrottlingException with the attempts', async () => {
    const error = await fetchWith({ kind: 'throttle', times: Infinity }, { maxAttempts: 3 });
    expect(error).toMatchObject({ errorName: 'ThrottlingException', statusCode: 429 });
    expect((error as Error).message).toContain('after 3 attempts');
    expect(server.requests.map((request) => request.status)).toEqual([429, 429, 429]);
  });

  it('recovers when throttling stops within the retries', async () => {
    server.inject({ kind: 'throttle', times: 2 });
    const job = await fetchCodegenJob({ ...ids, ...localAws(server, { maxAttempts: 3 }) });
    expect(job.id).toBe('job-1');
    expect(server.requests.map((request) => request.status)).toEqual([429, 429, 200]);
  });

  it('retries a 500, then reports InternalServerException', async () => {
    const error = await fetchWith({ kind: 'server-error', times: Infinity }, { maxAttempts: 2 });
    expect(error).toMatchObject({ errorName: 'InternalServerException', statusCode: 500 });
    expect((error as Error).message).toMatch(/internal error \(HTTP 500\) after 2 attempts/);
    expect(server.requests).toHaveLength(2);
  });

  it('makes one request when maxAttempts is 1', async () => {
    const error = await fetchWith(
      { kind: 'server-error', status: 503, times: Infinity },
      { maxAttempts: 1 },
    );
    expect(error).toMatchObject({ errorName: 'InternalServerException', statusCode: 503 });
    expect(server.requests).toHaveLength(1);
  });

  it('reports a truncated body', async () => {
    const error = await fetchWith({ kind: 'truncated-body', times: Infinity });
    expect(error).toMatchObject({ errorName: 'InvalidResponse' });
    expect((error as Error).message).toMatch(/ended before it was complete/);
  });

  it.each([200, 403, 404, 502])('reports a non-JSON body (HTTP %i)', async (status) => {
    const error = await fetchWith({ kind: 'non-json-body', status, times: Infinity });
    expect(error).toMatchObject({ errorName: 'InvalidResponse', statusCode: status });
    expect((error as Error).message).toMatch(new RegExp(`not valid JSON \\(HTTP ${status}\\)`));
    expect((error as ServiceError).hint).toContain('--endpoint');
  });

  it('reports a connection reset, after retrying it', async () => {
    const error = await fetchWith(
      { kind: 'connection-reset', times: Infinity },
      { maxAttempts: 2 },
    );
    expect(error).toMatchObject({ errorName: 'NetworkError' });
    expect((error as Error).message).toMatch(/connection was reset after 2 attempts/);
    expect(server.requests).toHaveLength(2);
  });

  it('reports a refused connection', async () => {
    const port = await closedPort();
    const error = await rejectionOf(
      fetchCodegenJob({ ...ids, ...localAws(server), endpoint: `http://127.0.0.1:${port}` }),
    );
    expect(error).toMatchObject({ errorName: 'NetworkError', exitCode: 4 });
    expect((error as Error).message).toContain('connection was refused');
    expect((error as ServiceError).hint).toContain(`http://127.0.0.1:${port}`);
  });

  it('bounds a slow response with the request timeout', async () => {
    const error = await fetchWith({ kind: 'slow', delayMs: 30_000 }, { requestTimeoutMs: 150 });
    expect(error).toMatchObject({ errorName: 'RequestTimeout', exitCode: 4 });
    expect((error as Error).message).toMatch(
      /broke the request timeout: no complete response within 0.15s/,
    );
    expect((error as ServiceError).hint).toContain('--request-timeout');
  });

  it('succeeds when a slow response is within the request timeout', async () => {
    server.inject({ kind: 'slow', delayMs: 50 });
    const job = await fetchCodegenJob({ ...ids, ...localAws(server, { requestTimeoutMs: 5_000 }) });
    expect(job.id).toBe('job-1');
    expect(server.requests[0]).toMatchObject({ fault: 'slow', status: 200 });
  });

  it('reports a missing region', async () => {
    vi.stubEnv('AWS_REGION', undefined);
    vi.stubEnv('AWS_DEFAULT_REGION', undefined);
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/config');
    vi.stubEnv('AWS_PROFILE', undefined);
    try {
      const { region: _region, ...withoutRegion } = localAws(server);
      const error = await rejectionOf(fetchCodegenJob({ ...ids, ...withoutRegion }));
      expect(error).toMatchObject({ errorName: 'MissingRegion', exitCode: 4 });
      expect((error as ServiceError).hint).toContain('--region');
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('reports missing credentials', async () => {
    for (const name of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_PROFILE',
      'AWS_WEB_IDENTITY_TOKEN_FILE',
      'AWS_CONTAINER_CREDENTIALS_FULL_URI',
      'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI',
    ]) {
      vi.stubEnv(name, undefined);
    }
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/credentials');
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/config');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
    try {
      const { credentials: _credentials, ...withoutCredentials } = localAws(server);
      const error = await rejectionOf(fetchCodegenJob({ ...ids, ...withoutCredentials }));
      expect(error).toMatchObject({ errorName: 'CredentialsProviderError', exitCode: 4 });
      expect((error as Error).message).toMatch(/^No AWS credentials found/);
      expect((error as ServiceError).hint).toContain('--profile');
      expect(server.requests).toHaveLength(0);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it('reports an invalid region', async () => {
    const error = await rejectionOf(
      fetchCodegenJob({ ...ids, ...localAws(server), region: 'not a region!' }),
    );
    expect(error).toMatchObject({ errorName: 'InvalidRegion', exitCode: 4 });
    expect((error as Error).message).toContain('"not a region!"');
  });

  it('keeps a clean cause: name, code and status, no $response', async () => {
    const error = (await fetchWith({ kind: 'throttle', times: Infinity })) as ServiceError;
    const cause = error.cause as Record<string, unknown>;
    expect(cause).toBeInstanceOf(Error);
    expect(cause).toMatchObject({ name: 'ThrottlingException', statusCode: 429, attempts: 1 });
    expect(cause['$response']).toBeUndefined();
    expect(String(cause.stack)).not.toContain('    at ');
  });
});

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
