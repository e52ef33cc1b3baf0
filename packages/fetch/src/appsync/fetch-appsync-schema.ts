import type { AppSyncClient } from '@aws-sdk/client-appsync';
import { CodegenError, ServiceError, UsageError } from '@uibuilder-codegen/transform';
import type { ApiSchemaInput } from '../api-schema/api-schema-text.js';
import { awsErrorFacts } from '../aws-error-facts.js';
import type { AwsConnectionOptions } from '../aws-options.js';
import { redactSecrets } from '../redact-secrets.js';
import { requestContext } from '../request-context.js';
import { toServiceError } from '../to-service-error.js';
import { withAppSyncClient } from './appsync-client.js';
import { explainAppSyncError } from './explain-appsync-error.js';

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
    const bytes = await withAppSyncClient(options, async (sdk, client) => {
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
    if (error instanceof CodegenError) throw error;
    const explanation = explainAppSyncError(awsErrorFacts(error), options);
    if (explanation === undefined) throw toServiceError(error, context);
    const clean = (text: string) => redactSecrets(text, context.secrets);
    // The connection-level facts (status, attempts, request id) come from the shared mapping.
    const mapped = toServiceError(error, context);
    throw new ServiceError(clean(explanation.message), {
      errorName: explanation.errorName,
      hint: clean(explanation.hint),
      cause: mapped.cause,
      ...(mapped instanceof ServiceError && mapped.statusCode !== undefined
        ? { statusCode: mapped.statusCode }
        : {}),
    });
  }
}
