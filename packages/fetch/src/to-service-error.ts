import { CodegenError, ServiceError } from '@uibuilder-codegen/core';
import { awsErrorFacts } from './aws-error-facts.js';
import { explainAwsError } from './explain-aws-error.js';
import { requestLimitServiceError } from './explain-request-limit.js';
import { redactSecrets } from './redact-secrets.js';
import { findRequestLimitError } from './request-policy.js';
import type { RequestContext } from './request-context.js';

/**
 * Turns anything an AWS call threw into a {@link ServiceError} (exit code 4) that says what went
 * wrong, for which ids, and what to do. Messages and hints are passed through
 * {@link redactSecrets}; the `cause` is a clean copy (name, message, code, status, attempts,
 * request id), never the SDK error with its `$response`. A {@link CodegenError} passes through;
 * a broken request limit (timeout, size, pages) becomes the error that names it.
 */
export function toServiceError(error: unknown, context: RequestContext): CodegenError {
  if (error instanceof CodegenError) return error;
  const limit = findRequestLimitError(error);
  if (limit !== undefined) {
    const limitError = requestLimitServiceError(limit, context);
    return new ServiceError(redactSecrets(limitError.message, context.secrets), {
      errorName: limitError.errorName,
      hint: redactSecrets(limitError.hint ?? '', context.secrets),
    });
  }
  const facts = awsErrorFacts(error);
  const explanation = explainAwsError(facts, context);
  const clean = (text: string) => redactSecrets(text, context.secrets);
  const cause = Object.assign(new Error(clean(facts.message)), {
    name: facts.name,
    ...(facts.code === undefined ? {} : { code: facts.code }),
    ...(facts.statusCode === undefined ? {} : { statusCode: facts.statusCode }),
    ...(facts.attempts === undefined ? {} : { attempts: facts.attempts }),
    ...(facts.requestId === undefined ? {} : { requestId: facts.requestId }),
  });
  cause.stack = `${cause.name}: ${cause.message}`;
  return new ServiceError(clean(explanation.message), {
    errorName: explanation.errorName,
    hint: clean(explanation.hint),
    cause,
    ...(facts.statusCode === undefined ? {} : { statusCode: facts.statusCode }),
  });
}
