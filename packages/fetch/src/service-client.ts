import { AWS_DEFAULTS, type AwsConnectionOptions } from './aws-options.js';
import { checkConnectionOptions } from './check-connection-options.js';

/** The client configuration every service client of this package is built with. */
export type ServiceClientConfig = ReturnType<typeof serviceClientConfig>;

/** What a service client needs to be: something to destroy once used. */
interface DestroyableClient {
  destroy(): void;
}

/**
 * Runs `use` with `given`, or with a client that `construct` makes from the same connection
 * options as the AmplifyUIBuilder client (`create-client.ts`): region, profile, endpoint,
 * credentials, attempts and enforced timeouts; destroyed afterwards. For the AppSync and
 * AmplifyBackend clients, each loaded on first use by `load`.
 */
export async function withServiceClient<Sdk, Client extends DestroyableClient, T>(
  options: Omit<AwsConnectionOptions, 'client'>,
  service: {
    readonly load: () => Promise<Sdk>;
    readonly construct: (sdk: Sdk, config: ServiceClientConfig) => Client;
    readonly given: Client | undefined;
  },
  use: (sdk: Sdk, client: Client) => Promise<T>,
): Promise<T> {
  if (!service.given) checkConnectionOptions(options);
  const sdk = await service.load();
  if (service.given) return use(sdk, service.given);
  const config = serviceClientConfig(options);
  const client = withoutNodeVersionWarning(() => service.construct(sdk, config));
  try {
    return await use(sdk, client);
  } finally {
    client.destroy();
  }
}

/**
 * The configuration every client of this package is built with, AmplifyUIBuilder's included:
 * region, profile, endpoint, credentials, attempts, and timeouts the SDK enforces.
 */
export function serviceClientConfig(options: Omit<AwsConnectionOptions, 'client'>) {
  return {
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
  };
}

const WARNING_SWITCH = 'AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED';

/**
 * The SDK warns once per process, on the first client, that *future* SDK releases will need
 * Node 22. The SDK here is pinned and supports the Node 20.19+ this package declares, so the
 * warning is noise on the CLI's stderr that users cannot act on. The switch is set only while the
 * client is constructed (the SDK reads it then and remembers), so the environment is left as found.
 * Every client of this package (AmplifyUIBuilder, AppSync) is constructed through it.
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
