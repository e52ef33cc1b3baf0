import { readFileSync } from 'node:fs';
import { ServiceError, UsageError } from '@uibuilder-codegen/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FAKE_SECRET_ACCESS_KEY, localAws, rejectionOf, visibleText } from '../../test/helpers.js';
import { startLocalServer, type LocalServer } from '../local-server/index.js';
import { fetchAppSyncSchema } from './fetch-appsync-schema.js';

const SDL = readFileSync(
  new URL('../../../../fixtures/custom-operations/appsync.graphql', import.meta.url),
  'utf8',
);
const API = 'api1234567890';

describe('fetchAppSyncSchema with the real AppSync SDK against the local server', () => {
  let server: LocalServer;
  beforeEach(async () => {
    server = await startLocalServer({ jobs: [], appSyncSchemas: { [API]: SDL } });
  });
  afterEach(() => server.close());

  it("returns the API's SDL, asking for SDL with directives", async () => {
    const schema = await fetchAppSyncSchema({ apiId: API, ...localAws(server) });
    expect(schema).toEqual({ sdl: SDL, source: `appsync:${API}` });
    expect(server.requests).toMatchObject([
      {
        operation: 'GetIntrospectionSchema',
        method: 'GET',
        path: `/v1/apis/${API}/schema`,
        query: { format: 'SDL', includeDirectives: 'true' },
        signed: true,
        status: 200,
      },
    ]);
  });

  it('maps an unknown API to NotFoundException (exit 4), naming the id and how to list them', async () => {
    const error = await rejectionOf(fetchAppSyncSchema({ apiId: 'nope', ...localAws(server) }));
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ exitCode: 4, errorName: 'NotFoundException', statusCode: 404 });
    expect((error as ServiceError).message).toContain(
      'AppSync API "nope" was not found in us-east-1',
    );
    expect((error as ServiceError).hint).toContain('aws appsync list-graphql-apis');
  });

  it('maps access denied to a message naming the permission, without secrets', async () => {
    server.inject({
      kind: 'error',
      status: 403,
      errorType: 'AccessDeniedException',
      message: `denied for ${FAKE_SECRET_ACCESS_KEY}`,
    });
    const error = await rejectionOf(fetchAppSyncSchema({ apiId: API, ...localAws(server) }));
    expect(error).toMatchObject({ exitCode: 4, errorName: 'AccessDeniedException' });
    expect((error as ServiceError).message).toContain(
      'Not authorized to call appsync:GetIntrospectionSchema',
    );
    expect(visibleText(error)).not.toContain(FAKE_SECRET_ACCESS_KEY);
  });

  it('retries throttling and succeeds, or says it was throttled after every attempt', async () => {
    server.inject({ kind: 'throttle', times: 2 });
    const schema = await fetchAppSyncSchema({
      apiId: API,
      ...localAws(server, { maxAttempts: 3 }),
    });
    expect(schema.source).toBe(`appsync:${API}`);
    expect(server.requests.map((r) => r.status)).toEqual([429, 429, 200]);

    server.inject({ kind: 'throttle', times: 2 });
    const error = await rejectionOf(
      fetchAppSyncSchema({ apiId: API, ...localAws(server, { maxAttempts: 2 }) }),
    );
    expect(error).toMatchObject({ exitCode: 4, errorName: 'ThrottlingException' });
    expect((error as ServiceError).message).toContain(
      'AppSync throttled the request after 2 attempts',
    );
  });

  it('reports a truncated body as an incomplete response (exit 4), never a partial schema', async () => {
    server.inject({ kind: 'truncated-body' });
    const error = await rejectionOf(fetchAppSyncSchema({ apiId: API, ...localAws(server) }));
    expect(error).toMatchObject({ exitCode: 4, errorName: 'InvalidResponse' });
    expect((error as ServiceError).message).toContain(
      `The answer about AppSync API "${API}" arrived incomplete`,
    );
  });

  it('needs an API id (exit 2)', async () => {
    const error = await rejectionOf(fetchAppSyncSchema({ apiId: ' ', ...localAws(server) }));
    expect(error).toBeInstanceOf(UsageError);
    expect(server.requests).toEqual([]);
  });
});
