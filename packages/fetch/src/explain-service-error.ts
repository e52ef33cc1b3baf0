/**
 * What a failure of an AWS service other than AmplifyUIBuilder means for the user (AppSync's
 * `GetIntrospectionSchema`, AmplifyBackend's `GetBackendAPIModels`). The AmplifyUIBuilder
 * explanations (`explain-aws-error.ts`) name that service and the job's ids; these name the
 * service and the resource asked for. Errors they do not recognise (credentials, region,
 * network, cancellation) fall back to those, which are about the connection, not the service.
 */
import type { AwsErrorFacts } from './aws-error-facts.js';
import type { Explanation } from './explain-aws-error.js';

/** Who was asked for what. */
export interface ServiceTarget {
  /** `AppSync`, `AmplifyBackend`. */
  readonly service: string;
  /** The resource, for messages: `AppSync API "abc"`. */
  readonly subject: string;
  /** The IAM action: `appsync:GetIntrospectionSchema`. */
  readonly permission: string;
  /** What to check when it is not found. */
  readonly notFoundHint: string;
  readonly region?: string;
  readonly profile?: string;
  readonly endpoint?: string;
}

const afterAttempts = (facts: AwsErrorFacts) =>
  facts.attempts !== undefined && facts.attempts > 1 ? ` after ${facts.attempts} attempts` : '';
const AUTH = /^(UnauthorizedException|AccessDeniedException|AccessDenied)$/;

/** The explanation of a service error, or `undefined` for the connection-level ones. */
export function explainServiceError(
  facts: AwsErrorFacts,
  target: ServiceTarget,
): Explanation | undefined {
  const { service, subject } = target;
  const said = facts.message ? ` (${service} said: "${facts.message}")` : '';
  if (
    facts.deserializationFailed ||
    /aborted|unexpected end|premature close/i.test(facts.message)
  ) {
    return {
      errorName: 'InvalidResponse',
      message: `The answer about ${subject} arrived incomplete${afterAttempts(facts)}`,
      hint: target.endpoint
        ? `Check that --endpoint ${target.endpoint} is an ${service} endpoint and not a proxy.`
        : 'Run again; if it persists, check for a proxy between you and AWS (HTTPS_PROXY).',
    };
  }
  if (facts.name === 'NotFoundException' || facts.statusCode === 404) {
    return {
      errorName: 'NotFoundException',
      message: `${subject} was not found${target.region ? ` in ${target.region}` : ''}${said}`,
      hint: target.notFoundHint,
    };
  }
  if (AUTH.test(facts.name) || facts.statusCode === 401 || facts.statusCode === 403) {
    return {
      errorName: facts.name,
      message: `Not authorized to call ${target.permission} for ${subject}${said}`,
      hint: `Check that the credentials${target.profile ? ` of --profile ${target.profile}` : ''} belong to the right account and allow ${target.permission}, and that --region is right.`,
    };
  }
  if (/Throttling|TooManyRequests|LimitExceeded/.test(facts.name) || facts.statusCode === 429) {
    return {
      errorName: facts.name,
      message: `${service} throttled the request${afterAttempts(facts)}${said}`,
      hint: 'Wait a minute and run again; avoid running many fetches at once.',
    };
  }
  if (facts.statusCode !== undefined && facts.statusCode >= 500) {
    return {
      errorName: facts.name === 'Error' ? 'InternalFailureException' : facts.name,
      message: `${service} failed with an internal error (HTTP ${facts.statusCode})${afterAttempts(facts)}${said}`,
      hint: 'This is on the AWS side: run again in a few minutes.',
    };
  }
  if (facts.name === 'BadRequestException' || facts.name === 'GraphQLSchemaException') {
    return {
      errorName: facts.name,
      message: `${service} could not answer for ${subject}${said}`,
      hint: `Check ${subject} in the AWS console: it may not be deployed yet.`,
    };
  }
  return undefined;
}
