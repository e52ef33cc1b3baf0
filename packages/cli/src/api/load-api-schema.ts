import path from 'node:path';
import type { DeployedApiSchema } from '@uibuilder-codegen/emit';
import type { CodegenJob, ModelSchemaFacts } from '@uibuilder-codegen/core';
import type { ApiSchemaSource, ModelSchemaSource } from './options.js';

/**
 * Gets the deployed AppSync schema given with `--api-schema` (a file: SDL or introspection JSON)
 * or `--appsync-api-id` (fetched from AppSync), into the document emit reads. File errors are
 * `readApiSchemaFile`'s, AWS errors `fetchAppSyncSchema`'s (exit 4), parse errors exit 3.
 */
export async function loadApiSchema(
  source: ApiSchemaSource,
  options: { cwd: string; signal?: AbortSignal },
): Promise<DeployedApiSchema> {
  const [fetch, { readDeployedSchema }] = await Promise.all([
    import('@uibuilder-codegen/fetch'),
    import('@uibuilder-codegen/emit'),
  ]);
  if (typeof source !== 'string') {
    return readDeployedSchema(
      await fetch.fetchAppSyncSchema({
        apiId: source.appSyncApiId,
        ...(source.region === undefined ? {} : { region: source.region }),
        ...(source.profile === undefined ? {} : { profile: source.profile }),
        ...(source.endpoint === undefined ? {} : { endpoint: source.endpoint }),
        ...(source.client === undefined ? {} : { client: source.client as never }),
        ...(options.signal === undefined ? {} : { signal: options.signal }),
      }),
    );
  }
  const resolved = path.resolve(options.cwd, source);
  const name = path.relative(options.cwd, resolved) || resolved;
  return readDeployedSchema(await fetch.readApiSchemaFile(resolved, name));
}

/**
 * Reads the Amplify model SDL given with `--model-schema` / config `modelSchema`: a file or
 * folder, or (`aws:<apiName>`, `{ apiName }`) AmplifyBackend's `GetBackendAPIModels` for the
 * job's app and environment.
 */
export async function loadModelSchema(
  source: ModelSchemaSource,
  options: { cwd: string; job: CodegenJob; signal?: AbortSignal },
): Promise<ModelSchemaFacts> {
  const fetch = await import('@uibuilder-codegen/fetch');
  const remote =
    typeof source !== 'string'
      ? source
      : source.startsWith('aws:')
        ? { apiName: source.slice('aws:'.length) }
        : undefined;
  if (remote !== undefined) {
    return fetch.fetchBackendModels({
      ...remote,
      appId: options.job.appId ?? '',
      environmentName: options.job.environmentName ?? '',
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  }
  const resolved = path.resolve(options.cwd, source as string);
  return fetch.readModelSchemaFiles(resolved, path.relative(options.cwd, resolved) || resolved);
}
