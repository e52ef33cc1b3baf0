import type * as AppSyncModule from '@aws-sdk/client-appsync';
import type { AppSyncClient } from '@aws-sdk/client-appsync';
import { AWS_DEFAULTS, type AwsConnectionOptions } from '../aws-options.js';
import { checkConnectionOptions } from '../check-connection-options.js';
import { withoutNodeVersionWarning } from '../create-client.js';

/** The AppSync SDK module, loaded on first use (only `--appsync-api-id` needs it). */
export type AppSyncSdk = typeof AppSyncModule;

let sdkPromise: Promise<AppSyncSdk> | undefined;

/**
 * Runs `use` with the injected client, or with an `AppSyncClient` made from the same connection
 * options as the AmplifyUIBuilder client (`create-client.ts`): region, profile, endpoint,
 * credentials, attempts and enforced timeouts; destroyed afterwards.
 */
export async function withAppSyncClient<T>(
  options: Omit<AwsConnectionOptions, 'client'> & { client?: AppSyncClient },
  use: (sdk: AppSyncSdk, client: AppSyncClient) => Promise<T>,
): Promise<T> {
  const { client: given, ...connection } = options;
  if (!given) checkConnectionOptions(connection);
  sdkPromise ??= import('@aws-sdk/client-appsync');
  const sdk = await sdkPromise;
  if (given) return use(sdk, given);
  const client = withoutNodeVersionWarning(
    () =>
      new sdk.AppSyncClient({
        ...(options.region === undefined ? {} : { region: options.region }),
        ...(options.profile === undefined ? {} : { profile: options.profile }),
        ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
        ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
        maxAttempts: options.maxAttempts ?? AWS_DEFAULTS.maxAttempts,
        requestHandler: {
          requestTimeout: options.requestTimeoutMs ?? AWS_DEFAULTS.requestTimeoutMs,
          connectionTimeout: options.connectionTimeoutMs ?? AWS_DEFAULTS.connectionTimeoutMs,
          throwOnRequestTimeout: true,
        },
      }),
  );
  try {
    return await use(sdk, client);
  } finally {
    client.destroy();
  }
}
