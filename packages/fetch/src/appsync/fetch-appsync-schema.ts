import type * as AppSyncModule from '@aws-sdk/client-appsync';
import type { AppSyncClient } from '@aws-sdk/client-appsync';
import { ServiceError, UsageError } from '@uibuilder-codegen/core';
import type { ApiSchemaInput } from '../api-schema/api-schema-text.js';
import type { AwsConnectionOptions } from '../aws-options.js';
import { requestContext } from '../request-context.js';
import type { ServiceTarget } from '../explain-service-error.js';
import { connectionTarget, toOtherServiceError } from '../service-error.js';
import { withServiceClient, type ServiceClientConfig } from '../service-client.js';

/** Which API's schema to fetch, and how (the same connection options as the job fetch). */
export interface FetchAppSyncSchemaOptions extends Omit<AwsConnectionOptions, 'client'> {
  /** The AppSync GraphQL API id (`abcdefghijklmnopqrstuvwxyz`), in the AppSync console's settings. */
  apiId: string;
  /**
   * An `AppSyncClient` to use instead of creating one; the connection options are then ignored.
   * @default a new `AppSyncClient`
   */
  client?: AppSyncClient;
}

/**
 * Fetches the deployed schema of an AppSync API with `GetIntrospectionSchema` (SDL, directives
 * included), through the SDK's credential chain, retries and timeouts, as `fetchCodegenJob` does.
 *
 * @throws {@link UsageError} without an API id; {@link ServiceError} (exit 4) for every AWS or
 *   network problem, secrets removed.
 */
export async function fetchAppSyncSchema(
  options: FetchAppSyncSchemaOptions,
): Promise<ApiSchemaInput> {
  const apiId = options.apiId;
  if (typeof apiId !== 'string' || apiId.trim() === '') {
    throw new UsageError('Missing --appsync-api-id', {
      hint: "Pass the AppSync API id (AppSync console, the API's Settings), or --api-schema <file>.",
    });
  }
  const { client: _client, ...connection } = options;
  const context = requestContext(
    'GetIntrospectionSchema',
    { appId: apiId, environmentName: '' },
    connection,
  );
  try {
    const service = {
      load: () => import('@aws-sdk/client-appsync'),
      construct: (sdk: typeof AppSyncModule, config: ServiceClientConfig) =>
        new sdk.AppSyncClient(config),
      given: options.client,
    };
    const bytes = await withServiceClient(connection, service, async (sdk, client) => {
      const output = await client.send(
        new sdk.GetIntrospectionSchemaCommand({ apiId, format: 'SDL', includeDirectives: true }),
        options.signal === undefined ? {} : { abortSignal: options.signal },
      );
      return output.schema;
    });
    const sdl = bytes === undefined ? '' : new TextDecoder().decode(bytes);
    if (sdl.trim() === '') {
      throw new ServiceError(`AppSync returned an empty schema for API "${apiId}"`, {
        errorName: 'InvalidResponse',
        hint: 'Check that the API has a schema deployed, and that --endpoint points at AppSync.',
      });
    }
    return { sdl, source: `appsync:${apiId}` };
  } catch (error) {
    throw toOtherServiceError(error, appSyncTarget(apiId, connection), context);
  }
}

function appSyncTarget(
  apiId: string,
  options: Omit<AwsConnectionOptions, 'client'>,
): ServiceTarget {
  const region = options.region === undefined ? '' : ` --region ${options.region}`;
  return {
    service: 'AppSync',
    subject: `AppSync API "${apiId}"`,
    permission: 'appsync:GetIntrospectionSchema',
    notFoundHint: `Check --appsync-api-id and --region; list the APIs with: aws appsync list-graphql-apis${region}`,
    ...connectionTarget(options),
  };
}
