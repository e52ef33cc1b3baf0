import type { AwsConnectionOptions } from './aws-options.js';
import { endpointSecrets, rememberSecrets } from './redact-secrets.js';

/** What a request was about, so that an error can name what was asked for. */
export interface RequestContext {
  /** `GetCodegenJob`, `ListCodegenJobs` or `StartCodegenJob`. */
  operation: string;
  appId: string;
  environmentName: string;
  jobId?: string;
  region?: string;
  profile?: string;
  endpoint?: string;
  /** Literal secrets (static credentials passed in code) to keep out of messages. */
  secrets: readonly string[];
}

/**
 * Builds the {@link RequestContext} of an operation from its options, and remembers the secrets
 * in them (credentials, an endpoint's user info) so that no later output shows them.
 */
export function requestContext(
  operation: string,
  ids: { appId: string; environmentName: string; jobId?: string },
  options: AwsConnectionOptions,
): RequestContext {
  const credentials = typeof options.credentials === 'object' ? options.credentials : undefined;
  const secrets = [
    credentials?.accessKeyId,
    credentials?.secretAccessKey,
    credentials?.sessionToken,
    ...(options.endpoint === undefined ? [] : endpointSecrets(options.endpoint)),
  ].filter((value): value is string => typeof value === 'string');
  rememberSecrets(secrets);
  return {
    operation,
    ...ids,
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    secrets,
  };
}

/** `app "a", environment "e"` (and `job "j"` when there is one). */
export function describeTarget(context: RequestContext): string {
  const job = context.jobId === undefined ? '' : `, job "${context.jobId}"`;
  return `app "${context.appId}", environment "${context.environmentName}"${job}`;
}

/** The endpoint a request went to: `--endpoint`, else AmplifyUIBuilder in the region. */
export function describeEndpoint(context: RequestContext): string {
  return context.endpoint ?? `AmplifyUIBuilder (${context.region ?? 'default region'})`;
}
