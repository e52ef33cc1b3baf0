/** What can be read safely from an error the SDK threw; nothing else of it is kept. */
export interface AwsErrorFacts {
  /** The error's name (`ThrottlingException`, `CredentialsProviderError`, `TimeoutError`, `Error`). */
  name: string;
  /** The error's own message, without the SDK's "Deserialization error" advice. */
  message: string;
  /** A Node system error code (`ECONNREFUSED`, `ECONNRESET`, `ETIMEDOUT`), when there is one. */
  code: string | undefined;
  /** The HTTP status of the last response, when there was one. */
  statusCode: number | undefined;
  /** How many attempts the SDK made. */
  attempts: number | undefined;
  requestId: string | undefined;
  /** `client` or `server`, for modelled service errors. */
  fault: string | undefined;
  /** Whether the SDK failed to read the response body (truncated, not JSON). */
  deserializationFailed: boolean;
}

const DESERIALIZATION_ADVICE = /\s*Deserialization error: to see the raw response.*$/s;

/** Reads the facts of an SDK (or Node) error without touching `$response` or request headers. */
export function awsErrorFacts(error: unknown): AwsErrorFacts {
  const record = (error !== null && typeof error === 'object' ? error : {}) as Record<
    string,
    unknown
  >;
  const metadata = (record['$metadata'] ?? {}) as Record<string, unknown>;
  const rawMessage = typeof record['message'] === 'string' ? record['message'] : String(error);
  return {
    name: typeof record['name'] === 'string' ? record['name'] : 'Error',
    message: rawMessage.replace(DESERIALIZATION_ADVICE, '').trim(),
    code: typeof record['code'] === 'string' ? record['code'] : undefined,
    statusCode: numberOrUndefined(metadata['httpStatusCode']),
    attempts: numberOrUndefined(metadata['attempts']),
    requestId: typeof metadata['requestId'] === 'string' ? metadata['requestId'] : undefined,
    fault: typeof record['$fault'] === 'string' ? record['$fault'] : undefined,
    deserializationFailed: DESERIALIZATION_ADVICE.test(rawMessage),
  };
}

function numberOrUndefined(value: unknown): number | undefined {
  return typeof value === 'number' ? value : undefined;
}
