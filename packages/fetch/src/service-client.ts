import type { AwsConnectionOptions } from './aws-options.js';
import { checkConnectionOptions } from './check-connection-options.js';
import { createPolicyHttpHandler, withoutNodeVersionWarning } from './create-client.js';
import type { PolicyHttpHandler } from './policy-http-handler.js';
import { requestPolicy } from './request-policy.js';

/** The client configuration every service client of this package is built with. */
export interface ServiceClientConfig {
  region?: string;
  profile?: string;
  endpoint?: string;
  credentials?: AwsConnectionOptions['credentials'];
  maxAttempts: number;
  requestHandler: PolicyHttpHandler;
}

/** What a service client needs to be: something to destroy once used. */
interface DestroyableClient {
  destroy(): void;
}

/**
 * Runs `use` with `given`, or with a client that `construct` makes from the same connection
 * options and request policy as the AmplifyUIBuilder client (`create-client.ts`): region, profile,
 * endpoint, credentials, attempts, and the policy's deadline and size limit; destroyed afterwards.
 * For the AppSync and AmplifyBackend clients, each SDK loaded on first use by `load`.
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
  const policy = requestPolicy(options);
  const config: ServiceClientConfig = {
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    maxAttempts: policy.maxAttempts,
    requestHandler: await createPolicyHttpHandler(policy),
  };
  const client = withoutNodeVersionWarning(() => service.construct(sdk, config));
  try {
    return await use(sdk, client);
  } finally {
    client.destroy();
  }
}
