import { ServiceError, JobSourceError } from '@uibuilder-codegen/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadAsset } from './download-asset.js';
import { buildZip, startLocalServer, type LocalServer } from './local-server/index.js';

const zip = buildZip([{ name: 'index.js', contents: 'export {};\n'.repeat(2_000) }]);
const job = { id: 'j1', appId: 'a', environmentName: 'e', renderConfig: { react: {} } };
let server: LocalServer;
let url: string;

beforeAll(async () => {
  server = await startLocalServer({ jobs: [job], assets: () => zip });
  const response = await fetch(`${server.url}/app/a/environment/e/codegen-jobs/j1`);
  url = ((await response.json()) as { asset: { downloadUrl: string } }).asset.downloadUrl;
});
afterAll(() => server.close());

describe('downloadAsset', () => {
  it('gets the bytes with one unsigned GET', async () => {
    expect(await downloadAsset(url)).toEqual(zip);
    expect(server.requests.at(-1)).toMatchObject({ operation: 'GetAsset', signed: false });
  });

  it('holds the deadline across a slow body', async () => {
    server.inject({ kind: 'slow-body', delayMs: 200, operation: 'GetAsset' });
    const started = Date.now();
    const error = await downloadAsset(url, { timeoutMs: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceError);
    expect((error as Error).message).toContain('did not arrive within 0.3 s');
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('counts bytes while streaming and stops at the cap', async () => {
    const error = await downloadAsset(url, { maxBytes: 100 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ errorName: 'AssetTooLarge', exitCode: 4 });
  });

  it('tries a 5xx again, up to maxAttempts', async () => {
    server.inject({ kind: 'server-error', operation: 'GetAsset', times: 2 });
    expect(await downloadAsset(url, { maxAttempts: 3 })).toEqual(zip);
    server.inject({ kind: 'server-error', operation: 'GetAsset', times: 2 });
    const error = await downloadAsset(url, { maxAttempts: 2 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ exitCode: 4, message: expect.stringContaining('HTTP 500') });
    server.clearFaults();
  });

  it('names an expired URL and never prints its query', async () => {
    server.inject({ kind: 'asset-expired', operation: 'GetAsset' });
    const error = (await downloadAsset(url).catch((e: unknown) => e)) as ServiceError;
    expect(error).toMatchObject({ errorName: 'AccessDenied', statusCode: 403, exitCode: 4 });
    expect(error.message).toContain('expired');
    expect(error.hint).toContain('start --wait');
    expect(`${error.message} ${error.hint}`).not.toContain('X-Amz');
  });

  it.each(['ftp://host/x.zip', 'http://example.com/x.zip', 'not a url'])(
    'refuses %s (HTTPS only, plain HTTP to this machine)',
    async (bad) => {
      await expect(downloadAsset(bad)).rejects.toBeInstanceOf(JobSourceError);
    },
  );
});
