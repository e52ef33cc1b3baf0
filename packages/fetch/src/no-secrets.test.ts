import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { FAKE_SECRETS, localAws, rejectionOf, sampleJob, visibleText } from '../test/helpers.js';
import { fetchCodegenJob } from './fetch-codegen-job.js';
import { listCodegenJobs } from './list-codegen-jobs.js';
import { startLocalServer, type Fault, type LocalServer } from './local-server/index.js';
import { startCodegenJob } from './start-codegen-job.js';

const ids = { appId: 'app1', environmentName: 'dev', id: 'job-1' };

/** Credentials from the environment, shaped so that no generic pattern would catch them. */
const ENV_SECRETS = {
  AWS_ACCESS_KEY_ID: 'env-key-id-7f3a',
  AWS_SECRET_ACCESS_KEY: 'env-secret-9b2c-value',
  AWS_SESSION_TOKEN: 'env-session-4d1e-token',
};

/** A proxy or misbehaving service that echoes the signed request back in its error message. */
function echoingMessage(secrets: readonly string[]): string {
  const [keyId = '', secret = '', token = ''] = secrets;
  return [
    `Authorization: AWS4-HMAC-SHA256 Credential=${keyId}/20240501/us-east-1/amplifyuibuilder/aws4_request,`,
    'SignedHeaders=host;x-amz-date, Signature=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef',
    `x-amz-security-token: ${token}`,
    `aws_secret_access_key = ${secret}`,
    `raw: ${keyId} ${secret} ${token}`,
  ].join('\n');
}

const FAULTS: readonly Fault[] = [
  { kind: 'not-found', resource: 'job' },
  { kind: 'throttle', times: Infinity },
  { kind: 'server-error', times: Infinity },
  { kind: 'truncated-body', times: Infinity },
  { kind: 'non-json-body', times: Infinity },
  { kind: 'connection-reset', times: Infinity },
  { kind: 'slow', delayMs: 10_000, times: Infinity },
];

describe('no credential ever appears in an error', () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer({
      jobs: [
        sampleJob(),
        sampleJob({ id: 'bad', status: 'failed', statusMessage: `leaked ${FAKE_SECRETS[1]}` }),
      ],
    });
  });
  afterAll(() => server.close());
  afterEach(() => {
    server.clearFaults();
    vi.unstubAllEnvs();
  });

  const explicit = () => ({ ...localAws(server, { maxAttempts: 2, requestTimeoutMs: 200 }) });

  it.each(FAULTS.map((fault) => [fault.kind, fault] as const))(
    'explicit credentials, fault %s',
    async (_kind, fault) => {
      server.inject(fault);
      const error = await rejectionOf(fetchCodegenJob({ ...ids, ...explicit() }));
      const text = visibleText(error);
      for (const secret of FAKE_SECRETS) expect(text).not.toContain(secret);
    },
  );

  it.each([
    ['UnauthorizedException', 401],
    ['AccessDeniedException', 403],
    ['ExpiredTokenException', 403],
    ['InternalServerException', 500],
    ['SomethingNew', 418],
  ] as const)('explicit credentials echoed back in a %s message', async (errorType, status) => {
    server.inject({
      kind: 'error',
      status,
      errorType,
      message: echoingMessage(FAKE_SECRETS),
      times: Infinity,
    });
    const error = await rejectionOf(fetchCodegenJob({ ...ids, ...explicit() }));
    const text = visibleText(error);
    expect(text).toContain('[redacted]');
    for (const secret of FAKE_SECRETS) expect(text).not.toContain(secret);
  });

  it.each([
    ['fetch', (aws: object) => fetchCodegenJob({ ...ids, ...aws })],
    ['list', (aws: object) => listCodegenJobs({ ...ids, ...aws })],
    ['start', (aws: object) => startCodegenJob({ ...ids, spec: sampleJob(), ...aws })],
  ] as const)('credentials from the environment echoed back (%s)', async (_operation, run) => {
    for (const [name, value] of Object.entries(ENV_SECRETS)) vi.stubEnv(name, value);
    server.inject({
      kind: 'error',
      status: 403,
      errorType: 'AccessDeniedException',
      message: echoingMessage(Object.values(ENV_SECRETS)),
    });
    const { credentials: _credentials, ...aws } = localAws(server);
    const error = await rejectionOf(run(aws));
    const text = visibleText(error);
    for (const secret of Object.values(ENV_SECRETS)) expect(text).not.toContain(secret);
    expect(server.requests.at(-1)).toMatchObject({ signed: true, status: 403 });
  });

  it('a failed job whose status message quotes a secret', async () => {
    const error = await rejectionOf(fetchCodegenJob({ ...ids, id: 'bad', ...explicit() }));
    expect(error).toMatchObject({ errorName: 'JobFailed' });
    expect(visibleText(error)).not.toContain(FAKE_SECRETS[1]);
  });
});
