import type * as AmplifyUIBuilderModule from '@aws-sdk/client-amplifyuibuilder';
import type { AmplifyUIBuilderClient } from '@aws-sdk/client-amplifyuibuilder';
import type { AwsConnectionOptions } from './aws-options.js';
import { checkConnectionOptions } from './check-connection-options.js';
import { serviceClientConfig, withoutNodeVersionWarning } from './service-client.js';

/** The SDK module, loaded on first use so that jobs read from files never pay for it. */
export type AmplifyUIBuilderSdk = typeof AmplifyUIBuilderModule;

let sdkPromise: Promise<AmplifyUIBuilderSdk> | undefined;

/** Loads `@aws-sdk/client-amplifyuibuilder` once. */
export function loadSdk(): Promise<AmplifyUIBuilderSdk> {
  sdkPromise ??= import('@aws-sdk/client-amplifyuibuilder');
  return sdkPromise;
}

/**
 * Runs `use` with the injected client, or with a client created from the options and destroyed
 * afterwards (its keep-alive sockets would otherwise hold the process open). Timeouts are
 * enforced: the SDK only warns about an exceeded `requestTimeout` unless `throwOnRequestTimeout`.
 */
export async function withClient<T>(
  options: AwsConnectionOptions,
  use: (sdk: AmplifyUIBuilderSdk, client: AmplifyUIBuilderClient) => Promise<T>,
): Promise<T> {
  if (!options.client) checkConnectionOptions(options);
  const sdk = await loadSdk();
  if (options.client) return use(sdk, options.client);
  const client = withoutNodeVersionWarning(
    () => new sdk.AmplifyUIBuilderClient(serviceClientConfig(options)),
  );
  try {
    return await use(sdk, client);
  } finally {
    client.destroy();
  }
}
