import type { AmplifyUIBuilderClient } from '@aws-sdk/client-amplifyuibuilder';
import { REQUEST_POLICY_DEFAULTS } from './request-policy.js';

/** Static AWS credentials, or a provider of them (the SDK's `AwsCredentialIdentityProvider`). */
export type AwsCredentials =
  | { accessKeyId: string; secretAccessKey: string; sessionToken?: string; expiration?: Date }
  | (() => Promise<{
      accessKeyId: string;
      secretAccessKey: string;
      sessionToken?: string;
      expiration?: Date;
    }>);

/** How to reach AmplifyUIBuilder. Every option falls back to the SDK's default chain. */
export interface AwsConnectionOptions {
  /**
   * The AWS region.
   * @default the SDK's chain: `AWS_REGION`, then the profile's `region`
   */
  region?: string;
  /**
   * The shared-config profile to take credentials and region from.
   * @default `AWS_PROFILE`, then `default`
   */
  profile?: string;
  /**
   * A custom endpoint URL (a local AmplifyUIBuilder server, a proxy).
   * @default the regional AWS endpoint
   */
  endpoint?: string;
  /**
   * Credentials to sign with.
   * @default the SDK's default credential provider chain
   */
  credentials?: AwsCredentials;
  /**
   * A client to use instead of creating one; `region`, `profile`, `endpoint`, `credentials`,
   * `maxAttempts` and the timeouts are then ignored.
   * @default a new `AmplifyUIBuilderClient`
   */
  client?: AmplifyUIBuilderClient;
  /**
   * Attempts per request, including the first; the SDK retries throttling, 5xx and network errors.
   * @default 3
   */
  maxAttempts?: number;
  /**
   * How long one request may take, from sending to the last byte of the response, in milliseconds
   * (`--request-timeout`, config `requestTimeout`, in seconds there).
   * @default 30000
   */
  requestTimeoutMs?: number;
  /**
   * The largest response body read, in bytes (see `RequestPolicy`).
   * @default 67108864 (64 MiB)
   */
  maxResponseBytes?: number;
  /**
   * The most `ListCodegenJobs` pages followed.
   * @default 1000
   */
  maxPages?: number;
  /**
   * How long connecting may take, in milliseconds.
   * @default 5000
   */
  connectionTimeoutMs?: number;
  /**
   * Cancels the operation (requests in flight and waits between polls).
   * @default none
   */
  signal?: AbortSignal;
}

/** The defaults that {@link AwsConnectionOptions} documents. */
export const AWS_DEFAULTS = {
  maxAttempts: REQUEST_POLICY_DEFAULTS.maxAttempts,
  requestTimeoutMs: REQUEST_POLICY_DEFAULTS.timeoutMs,
  connectionTimeoutMs: REQUEST_POLICY_DEFAULTS.connectionTimeoutMs,
  maxResponseBytes: REQUEST_POLICY_DEFAULTS.maxResponseBytes,
  maxPages: REQUEST_POLICY_DEFAULTS.maxPages,
} as const;
