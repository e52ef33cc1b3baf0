import type * as AmplifyBackendModule from '@aws-sdk/client-amplifybackend';
import type { AmplifyBackendClient } from '@aws-sdk/client-amplifybackend';
import type { ModelSchemaFacts } from '@uibuilder-codegen/core';
import { ServiceError, UsageError } from '@uibuilder-codegen/core';
import type { AwsConnectionOptions } from '../aws-options.js';
import { requestContext } from '../request-context.js';
import { withServiceClient, type ServiceClientConfig } from '../service-client.js';
import { connectionTarget, toOtherServiceError } from '../service-error.js';
import { parseModelSdl } from './read-model-schema-files.js';
import { modelSchemaFactsOf } from './model-schema-facts-of.js';

/** Whose model SDL to fetch: the job's app and environment, and the API's name. */
export interface FetchBackendModelsOptions extends Omit<AwsConnectionOptions, 'client'> {
  appId: string;
  environmentName: string;
  /** The API's resource name (`amplify/backend/api/<name>`). */
  apiName: string;
  /** An `AmplifyBackendClient` to use instead of creating one. @default a new client */
  client?: AmplifyBackendClient;
}

/**
 * Fetches an API's model SDL with AmplifyBackend `GetBackendAPIModels` (as Amplify CLI does for
 * UI Builder) and reads its facts like `readModelSchemaFiles`.
 *
 * @throws {@link UsageError} for a missing id; {@link ServiceError} (exit 4) for AWS or network
 *   problems, secrets removed; `JobSourceError` (exit 3) for SDL that does not parse.
 */
export async function fetchBackendModels(
  options: FetchBackendModelsOptions,
): Promise<ModelSchemaFacts> {
  const missing = (['appId', 'environmentName', 'apiName'] as const).filter(
    (key) => typeof options[key] !== 'string' || options[key].trim() === '',
  );
  if (missing.length > 0) {
    throw new UsageError(`--model-schema aws:<apiName> needs ${missing.join(' and ')}`, {
      hint: "The app and environment are the job's (appId, environmentName); the API name is amplify/backend/api/<name>.",
    });
  }
  const { client: given, apiName, appId, environmentName, ...connection } = options;
  const context = requestContext('GetBackendAPIModels', { appId, environmentName }, connection);
  const source = `aws:${apiName}`;
  let sdl: string | undefined;
  try {
    const service = {
      load: () => import('@aws-sdk/client-amplifybackend'),
      construct: (sdk: typeof AmplifyBackendModule, config: ServiceClientConfig) =>
        new sdk.AmplifyBackendClient(config),
      given,
    };
    sdl = await withServiceClient(connection, service, async (sdk, client) => {
      const output = await client.send(
        new sdk.GetBackendAPIModelsCommand({
          AppId: appId,
          BackendEnvironmentName: environmentName,
          ResourceName: apiName,
        }),
        options.signal === undefined ? {} : { abortSignal: options.signal },
      );
      return output.Models;
    });
  } catch (error) {
    const target = {
      service: 'AmplifyBackend',
      subject: `API "${apiName}" of app "${appId}", environment "${environmentName}"`,
      permission: 'amplifybackend:GetBackendAPIModels',
      notFoundHint: `Check the API name (amplify/backend/api/<name>) and the job's app and environment; list them with: aws amplifybackend get-backend --app-id ${appId} --backend-environment-name ${environmentName}`,
      ...connectionTarget(connection),
    };
    throw toOtherServiceError(error, target, context);
  }
  if (sdl === undefined || sdl.trim() === '') {
    throw new ServiceError(`AmplifyBackend returned no models for API "${apiName}"`, {
      errorName: 'InvalidResponse',
      hint: 'Check that the API has a schema (amplify push), and that --endpoint points at AmplifyBackend.',
    });
  }
  return modelSchemaFactsOf([parseModelSdl(sdl, source)], source);
}
