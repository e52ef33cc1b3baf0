import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startLocalServer, type LocalServer } from '@uibuilder-codegen/fetch/local-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runCli, tempProject } from './cli-harness.js';

const credentials = {
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLEKEY123456',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY',
  AWS_REGION: 'us-east-1',
};
const fixture = path.join(repoRoot, 'fixtures/custom-operations');

describe('generate --appsync-api-id and --model-schema aws:<apiName> (local AWS routes)', () => {
  let server: LocalServer;
  const cleanups: (() => void)[] = [];
  beforeAll(async () => {
    const sdl = readFileSync(path.join(fixture, 'appsync.graphql'), 'utf8');
    const models = readFileSync(path.join(fixture, 'model.graphql'), 'utf8');
    server = await startLocalServer({
      jobs: [],
      appSyncSchemas: { shopapi: sdl },
      backendModels: { 'd1example/dev/shop': models },
    });
  });
  afterAll(async () => {
    await server.close();
    cleanups.forEach((c) => c());
  });
  const project = () => {
    const p = tempProject();
    cleanups.push(p.cleanup);
    writeFileSync(
      path.join(p.dir, 'job.json'),
      readFileSync(path.join(fixture, 'codegen-job.json'), 'utf8'),
    );
    return p.dir;
  };

  it('writes the same files as --api-schema with the file the API serves', async () => {
    const fromApi = project();
    const fromFile = project();
    const api = await runCli(
      [
        'generate',
        '--job-file',
        'job.json',
        '--appsync-api-id',
        'shopapi',
        '--endpoint',
        server.url,
      ],
      { cwd: fromApi, env: credentials },
    );
    expect(api.code).toBe(0);
    const file = await runCli(
      ['generate', '--job-file', 'job.json', '--api-schema', path.join(fixture, 'appsync.graphql')],
      { cwd: fromFile },
    );
    expect(file.code).toBe(0);
    const read = (dir: string) => readFileSync(path.join(dir, 'src/graphql/queries.ts'), 'utf8');
    expect(read(fromApi)).toBe(read(fromFile));
    expect(read(fromApi)).toContain('query SearchShops(');
    expect(server.requests.some((r) => r.operation === 'GetIntrospectionSchema' && r.signed)).toBe(
      true,
    );
  });

  it('reads { appSyncApiId, endpoint } from config "apiSchema"', async () => {
    const dir = project();
    writeFileSync(
      path.join(dir, 'uibuilder-codegen.config.json'),
      JSON.stringify({
        job: { file: 'job.json' },
        apiSchema: { appSyncApiId: 'shopapi', endpoint: server.url, region: 'us-east-1' },
      }),
    );
    const run = await runCli(['generate'], { cwd: dir, env: credentials });
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(dir, 'src/graphql/mutations.ts'), 'utf8')).toContain(
      'mutation CloseShop(',
    );
  });

  it('exits 4 for an API that does not exist, and writes nothing', async () => {
    const dir = project();
    const run = await runCli(
      ['generate', '--job-file', 'job.json', '--appsync-api-id', 'other', '--endpoint', server.url],
      { cwd: dir, env: credentials },
    );
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('AppSync API "other" was not found');
    expect(run.stderr).not.toContain(credentials.AWS_SECRET_ACCESS_KEY);
    expect(existsSync(path.join(dir, 'src'))).toBe(false);
  });

  it("--model-schema aws:<apiName> reads the model SDL of the job's app and environment", async () => {
    const dir = project();
    const run = await runCli(
      [
        'generate',
        '--job-file',
        'job.json',
        '--model-schema',
        'aws:shop',
        '--endpoint',
        server.url,
      ],
      { cwd: dir, env: credentials },
    );
    expect(run.code).toBe(0);
    // The SDL's @index queryField and sort key, which the job cannot give.
    expect(readFileSync(path.join(dir, 'src/graphql/queries.ts'), 'utf8')).toContain(
      'query ProductsByShopAndPrice(',
    );
    expect(
      server.requests.some(
        (r) =>
          r.operation === 'GetBackendAPIModels' &&
          r.path === '/backend/d1example/api/dev/getModels',
      ),
    ).toBe(true);
    const missing = await runCli(
      [
        'generate',
        '--job-file',
        'job.json',
        '--model-schema',
        'aws:nope',
        '--endpoint',
        server.url,
      ],
      { cwd: project(), env: credentials },
    );
    expect(missing.code).toBe(4);
    expect(missing.stderr).toContain(
      'API "nope" of app "d1example", environment "dev" was not found',
    );
  });

  it('inspect takes the same schema inputs, from AWS, and lists what each changes', async () => {
    const dir = project();
    const args = ['inspect', '--job-file', 'job.json', '--endpoint', server.url, '--json'];
    const run = await runCli(
      [...args, '--appsync-api-id', 'shopapi', '--model-schema', 'aws:shop'],
      {
        cwd: dir,
        env: credentials,
      },
    );
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as {
      apiSchemaDifferences: { location: string }[];
      modelSchemaDifferences: { location: string }[];
    };
    // The custom operations only the deployed API has; the index query the SDL renames.
    expect(result.apiSchemaDifferences.map((d) => d.location)).toContain('Query.echo');
    expect(result.modelSchemaDifferences.map((d) => d.location)).toContain(
      'Query.productsByShopID',
    );
    const missing = await runCli([...args, '--appsync-api-id', 'nope'], {
      cwd: dir,
      env: credentials,
    });
    expect(missing.code).toBe(4);
  });
});
