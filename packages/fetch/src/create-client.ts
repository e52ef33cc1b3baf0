import type * as AmplifyUIBuilderModule from '@aws-sdk/client-amplifyuibuilder';
import type { AmplifyUIBuilderClient } from '@aws-sdk/client-amplifyuibuilder';
import type { AwsConnectionOptions } from './aws-options.js';
import { checkConnectionOptions } from './check-connection-options.js';
import type { PolicyHttpHandler } from './policy-http-handler.js';
import { requestPolicy, type RequestPolicy } from './request-policy.js';

/** The SDK module, loaded on first use so that jobs read from files never pay for it. */
export type AmplifyUIBuilderSdk = typeof AmplifyUIBuilderModule;

let sdkPromise: Promise<AmplifyUIBuilderSdk> | undefined;

/** Loads `@aws-sdk/client-amplifyuibuilder` once. */
export function loadSdk(): Promise<AmplifyUIBuilderSdk> {
  sdkPromise ??= import('@aws-sdk/client-amplifyuibuilder');
  return sdkPromise;
}

/**
 * An HTTP handler for any AWS SDK client (`requestHandler`) that enforces a {@link RequestPolicy}:
 * a deadline over the whole request and body, and a response size limit. Loaded on first use,
 * like the SDK.
 */
export async function createPolicyHttpHandler(policy: RequestPolicy): Promise<PolicyHttpHandler> {
  const { PolicyHttpHandler } = await import('./policy-http-handler.js');
  return new PolicyHttpHandler(policy);
}

/**
 * Runs `use` with the injected client, or with a client created from the options and destroyed
 * afterwards (its keep-alive sockets would otherwise hold the process open). Every request runs
 * under the options' `RequestPolicy` (a deadline over the whole body, a size limit, bounded retries).
 */
export async function withClient<T>(
  options: AwsConnectionOptions,
  use: (sdk: AmplifyUIBuilderSdk, client: AmplifyUIBuilderClient) => Promise<T>,
): Promise<T> {
  if (!options.client) checkConnectionOptions(options);
  const sdk = await loadSdk();
  if (options.client) return use(sdk, options.client);
  const policy = requestPolicy(options);
  const requestHandler = await createPolicyHttpHandler(policy);
  const client = withoutNodeVersionWarning(
    () =>
      new sdk.AmplifyUIBuilderClient({
        ...(options.region === undefined ? {} : { region: options.region }),
        ...(options.profile === undefined ? {} : { profile: options.profile }),
        ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
        ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
        maxAttempts: policy.maxAttempts,
        requestHandler,
      }),
  );
  try {
    return await use(sdk, client);
  } finally {
    client.destroy();
  }
}

const WARNING_SWITCH = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

/**
 * The SDK warns once per process, on the first client, that *future* SDK releases will need
 * Node 22. The SDK here is pinned and supports the Node 20.19+ this package declares, so the
 * warning is noise on the CLI's stderr that users cannot act on. The switch is set only while the
 * client is constructed (the SDK reads it then and remembers), so the environment is left as found.
 */
export function withoutNodeVersionWarning<T>(construct: () => T): T {
  if (process.env[WARNING_SWITCH] !== undefined) return construct();
  process.env[WARNING_SWITCH] = 'true';
  try {
    return construct();
  } finally {
    delete process.env[WARNING_SWITCH];
  }
}
