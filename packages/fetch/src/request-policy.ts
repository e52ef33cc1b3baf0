import type { AwsConnectionOptions } from './aws-options.js';

/**
 * The limits every AWS request runs under (GetCodegenJob, ListCodegenJobs, StartCodegenJob, and
 * any later HTTP call to AWS). A server that is slow, huge or endless meets one of them and the
 * command ends with exit 4 and a message naming the limit, instead of waiting or buffering forever.
 */
export interface RequestPolicy {
  /**
   * The whole of one request, from sending it to the last byte of the response body, in
   * milliseconds (`--request-timeout <s>`, config `requestTimeout`). A body that trickles in byte
   * by byte still ends here: the SDK's own timeout only measures silence between bytes.
   * @default 30000
   */
  readonly timeoutMs: number;
  /**
   * How long connecting may take, in milliseconds.
   * @default 5000
   */
  readonly connectionTimeoutMs: number;
  /**
   * The largest response body read, in bytes, counted as it streams in (a `content-length` above
   * it fails before reading). Real codegen jobs are far smaller: a 5,000-model job is about 9 MB.
   * @default 67108864 (64 MiB)
   */
  readonly maxResponseBytes: number;
  /**
   * The most `ListCodegenJobs` pages followed; a `nextToken` seen before also stops the listing.
   * @default 1000
   */
  readonly maxPages: number;
  /**
   * Attempts per request, including the first. The SDK retries throttling, 5xx, resets and
   * timeouts with exponential backoff and jitter; a response over the size limit is not retried.
   * @default 3
   */
  readonly maxAttempts: number;
}

/** The defaults {@link RequestPolicy} documents. */
export const REQUEST_POLICY_DEFAULTS: RequestPolicy = Object.freeze({
  timeoutMs: 30_000,
  connectionTimeoutMs: 5_000,
  maxResponseBytes: 64 * 1024 * 1024,
  maxPages: 1_000,
  maxAttempts: 3,
});

/** The policy that connection options ask for, defaults filled in. */
export function requestPolicy(options: AwsConnectionOptions): RequestPolicy {
  return {
    timeoutMs: options.requestTimeoutMs ?? REQUEST_POLICY_DEFAULTS.timeoutMs,
    connectionTimeoutMs: options.connectionTimeoutMs ?? REQUEST_POLICY_DEFAULTS.connectionTimeoutMs,
    maxResponseBytes: options.maxResponseBytes ?? REQUEST_POLICY_DEFAULTS.maxResponseBytes,
    maxPages: options.maxPages ?? REQUEST_POLICY_DEFAULTS.maxPages,
    maxAttempts: options.maxAttempts ?? REQUEST_POLICY_DEFAULTS.maxAttempts,
  };
}

/** Which limit a request broke. */
export type RequestLimit = 'timeout' | 'response-size' | 'pages';

/**
 * A request that broke a {@link RequestPolicy} limit. It travels through the SDK (which keeps the
 * object, and retries it only when it is a timeout) and becomes an exit-4 `ServiceError` naming
 * the limit and its flag in `toServiceError`.
 */
export class RequestLimitError extends Error {
  /** Which limit. */
  readonly limit: RequestLimit;
  /** The limit's value (milliseconds, bytes or pages). */
  readonly value: number;

  constructor(limit: RequestLimit, value: number, message: string) {
    super(message);
    // `TimeoutError` is the name the SDK's retry strategy treats as transient.
    this.name = limit === 'timeout' ? 'TimeoutError' : 'RequestLimitError';
    this.limit = limit;
    this.value = value;
  }
}

/** Finds a {@link RequestLimitError} in an error or its `cause` chain. */
export function findRequestLimitError(error: unknown): RequestLimitError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 8 && current !== null && typeof current === 'object'; depth += 1) {
    if (current instanceof RequestLimitError) return current;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
