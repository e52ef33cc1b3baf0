import { CodegenError, ServiceError } from '@uibuilder-codegen/core';
import { awsErrorFacts } from './aws-error-facts.js';
import { explainServiceError, type ServiceTarget } from './explain-service-error.js';
import { redactSecrets } from './redact-secrets.js';
import { findRequestLimitError } from './request-policy.js';
import type { AwsConnectionOptions } from './aws-options.js';
import type { RequestContext } from './request-context.js';
import { toServiceError } from './to-service-error.js';

/**
 * {@link toServiceError} for a service other than AmplifyUIBuilder: its own errors explained for
 * `target`, connection errors as the job fetch explains them; secrets removed, exit code 4.
 */
export function toOtherServiceError(
  error: unknown,
  target: ServiceTarget,
  context: RequestContext,
): CodegenError {
  if (error instanceof CodegenError) return error;
  const mapped = toServiceError(error, context);
  // A broken request limit (deadline, size) is named as the job fetch names it.
  if (findRequestLimitError(error) !== undefined) return mapped;
  const explanation = explainServiceError(awsErrorFacts(error), target);
  if (explanation === undefined) return mapped;
  const clean = (text: string) => redactSecrets(text, context.secrets);
  // The connection-level facts (status, attempts, request id) come from the shared mapping.
  return new ServiceError(clean(explanation.message), {
    errorName: explanation.errorName,
    hint: clean(explanation.hint),
    cause: mapped.cause,
    ...(mapped instanceof ServiceError && mapped.statusCode !== undefined
      ? { statusCode: mapped.statusCode }
      : {}),
  });
}

/** The connection options a {@link ServiceTarget} names in messages (never the credentials). */
export function connectionTarget(
  options: AwsConnectionOptions | Omit<AwsConnectionOptions, 'client'>,
): Pick<ServiceTarget, 'region' | 'profile' | 'endpoint'> {
  return {
    ...(options.region === undefined ? {} : { region: options.region }),
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
  };
}
