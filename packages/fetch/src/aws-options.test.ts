import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '@uibuilder-codegen/core';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { rejectionOf, sampleJob, visibleText } from '../test/helpers.js';
import { fetchCodegenJob } from './fetch-codegen-job.js';
import { startLocalServer, type LocalServer } from './local-server/index.js';

const ids = { appId: 'app1', environmentName: 'dev', id: 'job-1' };
const PROFILE_SECRET = 'profileSecretValue0123456789abcdefghijklmn';

describe('AWS settings from a shared-config profile', () => {
  let server: LocalServer;
  let directory: string;
  beforeAll(async () => {
    server = await startLocalServer({ jobs: [sampleJob()] });
    directory = await mkdtemp(join(tmpdir(), 'fetch-profile-'));
    await writeFile(
      join(directory, 'credentials'),
      `[work]\naws_access_key_id = AKIAPROFILEKEY0001\naws_secret_access_key = ${PROFILE_SECRET}\n`,
    );
    await writeFile(join(directory, 'config'), '[profile work]\nregion = eu-west-1\n');
  });
  afterAll(async () => {
    await server.close();
    await rm(directory, { recursive: true, force: true });
  });
  afterEach(() => vi.unstubAllEnvs());

  function isolateEnvironment(): void {
    for (const name of [
      'AWS_ACCESS_KEY_ID',
      'AWS_SECRET_ACCESS_KEY',
      'AWS_SESSION_TOKEN',
      'AWS_PROFILE',
      'AWS_REGION',
      'AWS_DEFAULT_REGION',
    ]) {
      vi.stubEnv(name, undefined);
    }
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', join(directory, 'credentials'));
    vi.stubEnv('AWS_CONFIG_FILE', join(directory, 'config'));
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
  }

  it('takes credentials and region from --profile', async () => {
    isolateEnvironment();
    const job = await fetchCodegenJob({
      ...ids,
      profile: 'work',
      endpoint: server.url,
      maxAttempts: 1,
    });
    expect(job.id).toBe('job-1');
    expect(server.requests.at(-1)).toMatchObject({ signed: true, status: 200 });
  });

  it("reports a profile that does not exist, without its neighbours' secrets", async () => {
    isolateEnvironment();
    const error = await rejectionOf(
      fetchCodegenJob({
        ...ids,
        profile: 'nope',
        region: 'us-east-1',
        endpoint: server.url,
        maxAttempts: 1,
      }),
    );
    expect(error).toMatchObject({ errorName: 'CredentialsProviderError', exitCode: 4 });
    expect((error as Error).message).toContain('for profile "nope"');
    expect(visibleText(error)).not.toContain(PROFILE_SECRET);
    expect(visibleText(error)).not.toContain('AKIAPROFILEKEY0001');
  });
});

describe('connection options are checked before any request', () => {
  it.each([
    [
      'an endpoint without a scheme',
      { endpoint: 'localhost:4010' },
      '--endpoint "localhost:4010" is not an http(s) URL',
    ],
    ['an endpoint that is not a URL', { endpoint: 'not a url' }, 'is not an http(s) URL'],
    ['an ftp endpoint', { endpoint: 'ftp://example.com' }, 'is not an http(s) URL'],
    ['zero attempts', { maxAttempts: 0 }, 'maxAttempts must be a positive whole number'],
    ['a fractional attempt', { maxAttempts: 1.5 }, 'maxAttempts must be a positive whole number'],
    ['a negative timeout', { requestTimeoutMs: -1 }, 'requestTimeoutMs must be a positive number'],
  ])('rejects %s as a usage error', async (_name, override, message) => {
    const error = await rejectionOf(
      fetchCodegenJob({
        ...ids,
        region: 'us-east-1',
        credentials: { accessKeyId: 'A', secretAccessKey: 'B' },
        ...override,
      }),
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toContain(message);
  });
});
