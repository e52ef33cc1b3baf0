import { UsageError } from '@uibuilder-codegen/core';
import type { AwsConnectionOptions } from './aws-options.js';
import { endpointSecrets, redactSecrets } from './redact-secrets.js';

/**
 * Rejects connection options that would otherwise fail later with a misleading network error:
 * an endpoint that is not an http(s) URL (`localhost:4010` parses as a URL with the scheme
 * `localhost:`), or attempts and timeouts that are not positive.
 *
 * @throws {@link UsageError} naming the flag or option.
 */
export function checkConnectionOptions(options: AwsConnectionOptions): void {
  if (options.endpoint !== undefined) {
    let protocol: string | undefined;
    try {
      protocol = new URL(options.endpoint).protocol;
    } catch {
      protocol = undefined;
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      const shown = redactSecrets(options.endpoint, endpointSecrets(options.endpoint));
      throw new UsageError(`--endpoint ${JSON.stringify(shown)} is not an http(s) URL`, {
        hint: 'Pass a full URL, e.g. --endpoint http://127.0.0.1:4010',
      });
    }
  }
  const positive: [string, number | undefined, boolean][] = [
    ['maxAttempts', options.maxAttempts, true],
    ['requestTimeoutMs', options.requestTimeoutMs, false],
    ['connectionTimeoutMs', options.connectionTimeoutMs, false],
    ['maxResponseBytes', options.maxResponseBytes, true],
    ['maxPages', options.maxPages, true],
  ];
  for (const [name, value, whole] of positive) {
    if (value === undefined) continue;
    if (!Number.isFinite(value) || value <= 0 || (whole && !Number.isInteger(value))) {
      throw new UsageError(
        `${name} must be a positive ${whole ? 'whole ' : ''}number, not ${value}`,
      );
    }
  }
}
