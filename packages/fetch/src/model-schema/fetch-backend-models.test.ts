import { readFileSync } from 'node:fs';
import { ServiceError, UsageError } from '@uibuilder-codegen/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localAws, rejectionOf } from '../../test/helpers.js';
import { startLocalServer, type LocalServer } from '../local-server/index.js';
import { fetchBackendModels } from './fetch-backend-models.js';
import { readModelSchemaFiles } from './read-model-schema-files.js';

const MODEL_FILE = new URL('../../../../fixtures/custom-operations/model.graphql', import.meta.url);
const ids = { appId: 'app1', environmentName: 'dev', apiName: 'shop' };

describe('fetchBackendModels with the real AmplifyBackend SDK against the local server', () => {
  let server: LocalServer;
  beforeEach(async () => {
    server = await startLocalServer({
      jobs: [],
      backendModels: { 'app1/dev/shop': readFileSync(MODEL_FILE, 'utf8') },
    });
  });
  afterEach(() => server.close());

  it('reads the same facts as the model SDL file, from the job’s app and environment', async () => {
    const facts = await fetchBackendModels({ ...ids, ...localAws(server) });
    const fromFile = await readModelSchemaFiles(MODEL_FILE.pathname, 'model.graphql');
    expect(facts).toEqual({ ...fromFile, source: 'aws:shop' });
    expect(facts.models['Product']?.indexes).toEqual([
      {
        name: 'byShop',
        partitionKey: 'shopID',
        sortKeys: ['price'],
        queryField: 'productsByShopAndPrice',
      },
    ]);
    expect(server.requests).toMatchObject([
      {
        operation: 'GetBackendAPIModels',
        method: 'POST',
        path: '/backend/app1/api/dev/getModels',
        signed: true,
        status: 200,
      },
    ]);
  });

  it('maps an unknown API to NotFoundException (exit 4)', async () => {
    const error = await rejectionOf(
      fetchBackendModels({ ...ids, apiName: 'other', ...localAws(server) }),
    );
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ exitCode: 4, errorName: 'NotFoundException' });
    expect((error as ServiceError).message).toContain(
      'API "other" of app "app1", environment "dev" was not found',
    );
  });

  it('maps access denied and throttling', async () => {
    server.inject({ kind: 'error', status: 403, errorType: 'AccessDeniedException' });
    const denied = await rejectionOf(fetchBackendModels({ ...ids, ...localAws(server) }));
    expect((denied as ServiceError).message).toContain('amplifybackend:GetBackendAPIModels');
    server.inject({ kind: 'throttle', times: 2 });
    const throttled = await rejectionOf(
      fetchBackendModels({ ...ids, ...localAws(server, { maxAttempts: 2 }) }),
    );
    expect(throttled).toMatchObject({ exitCode: 4 });
    expect((throttled as ServiceError).message).toContain(
      'AmplifyBackend throttled the request after 2 attempts',
    );
  });

  it('needs the job’s app and environment (exit 2)', async () => {
    const error = await rejectionOf(fetchBackendModels({ ...ids, appId: '', ...localAws(server) }));
    expect(error).toBeInstanceOf(UsageError);
    expect(server.requests).toEqual([]);
  });
});
