import { ServiceError } from '@uibuilder-codegen/core';
import { describeBytes } from './read-bounded.js';
import type { RequestLimitError } from './request-policy.js';
import { describeEndpoint, type RequestContext } from './request-context.js';

const where = describeEndpoint;

const checkEndpoint = (context: RequestContext) =>
  context.endpoint
    ? `check that --endpoint ${context.endpoint} is AmplifyUIBuilder and not a proxy or another server`
    : 'check for a proxy between you and AWS (HTTPS_PROXY)';

/**
 * The exit-4 error for a request that broke a `RequestPolicy` limit: it names the limit, its value
 * and the flag or option that sets it.
 */
export function requestLimitServiceError(
  limit: RequestLimitError,
  context: RequestContext,
): ServiceError {
  const operation = context.operation;
  switch (limit.limit) {
    case 'timeout':
      return new ServiceError(
        `${operation} to ${where(context)} broke the request timeout: no complete response within ${limit.value / 1000}s`,
        {
          errorName: 'RequestTimeout',
          hint: `Raise the limit with --request-timeout <seconds> (config requestTimeout) if the network is slow; otherwise ${checkEndpoint(context)}.`,
        },
      );
    case 'response-size':
      return new ServiceError(
        `The ${operation} response from ${where(context)} is larger than the maximum response size (${describeBytes(limit.value)})`,
        {
          errorName: 'ResponseTooLarge',
          hint: `No codegen job is this large: ${checkEndpoint(context)}. From code, the limit is the maxResponseBytes option.`,
        },
      );
    case 'pages':
      return new ServiceError(
        `${operation} at ${where(context)} returned more than the maximum page count (${limit.value} pages)`,
        {
          errorName: 'TooManyPages',
          hint: `An environment does not hold this many jobs: ${checkEndpoint(context)}. From code, the limit is the maxPages option.`,
        },
      );
  }
}
