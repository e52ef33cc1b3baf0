/**
 * What an AppSync `GetIntrospectionSchema` failure means for the user. The AmplifyUIBuilder
 * explanations (`explain-aws-error.ts`) name that service and the job's ids; these name the API.
 * Errors they do not recognise (credentials, region, network, cancellation) fall back to those,
 * which are about the connection rather than the service.
 */
import type { AwsErrorFacts } from '../aws-error-facts.js';
import type { Explanation } from '../explain-aws-error.js';

/** Who was asked what: the API id and where. */
export interface AppSyncTarget {
  readonly apiId: string;
  readonly region?: string;
  readonly profile?: string;
  readonly endpoint?: string;
}

const said = (facts: AwsErrorFacts) => (facts.message ? ` (AppSync said: "${facts.message}")` : '');
const afterAttempts = (facts: AwsErrorFacts) =>
  facts.attempts !== undefined && facts.attempts > 1 ? ` after ${facts.attempts} attempts` : '';
const AUTH = /^(UnauthorizedException|AccessDeniedException|AccessDenied)$/;
const LIST_APIS = 'aws appsync list-graphql-apis';

/** The explanation of an AppSync error, or `undefined` for the connection-level ones. */
export function explainAppSyncError(
  facts: AwsErrorFacts,
  target: AppSyncTarget,
): Explanation | undefined {
  const api = `AppSync API "${target.apiId}"`;
  if (
    facts.deserializationFailed ||
    /aborted|unexpected end|premature close/i.test(facts.message)
  ) {
    return {
      errorName: 'InvalidResponse',
      message: `The schema of ${api} arrived incomplete${afterAttempts(facts)}`,
      hint: target.endpoint
        ? `Check that --endpoint ${target.endpoint} is an AppSync endpoint and not a proxy.`
        : 'Run again; if it persists, check for a proxy between you and AWS (HTTPS_PROXY).',
    };
  }
  if (facts.name === 'NotFoundException' || facts.statusCode === 404) {
    return {
      errorName: 'NotFoundException',
      message: `${api} was not found${target.region ? ` in ${target.region}` : ''}${said(facts)}`,
      hint: `Check --appsync-api-id and --region; list the APIs with: ${LIST_APIS}${target.region ? ` --region ${target.region}` : ''}`,
    };
  }
  if (AUTH.test(facts.name) || facts.statusCode === 401 || facts.statusCode === 403) {
    return {
      errorName: facts.name,
      message: `Not authorized to read the schema of ${api}${said(facts)}`,
      hint: `Check that the credentials${target.profile ? ` of --profile ${target.profile}` : ''} belong to the API's account and allow appsync:GetIntrospectionSchema, and that --region is the API's region.`,
    };
  }
  if (/Throttling|TooManyRequests|LimitExceeded/.test(facts.name) || facts.statusCode === 429) {
    return {
      errorName: facts.name,
      message: `AppSync throttled the request${afterAttempts(facts)}${said(facts)}`,
      hint: 'Wait a minute and run again; avoid running many fetches at once.',
    };
  }
  if (facts.statusCode !== undefined && facts.statusCode >= 500) {
    return {
      errorName: facts.name === 'Error' ? 'InternalFailureException' : facts.name,
      message: `AppSync failed with an internal error (HTTP ${facts.statusCode})${afterAttempts(facts)}${said(facts)}`,
      hint: 'This is on the AWS side: run again in a few minutes.',
    };
  }
  if (facts.name === 'BadRequestException' || facts.name === 'GraphQLSchemaException') {
    return {
      errorName: facts.name,
      message: `AppSync could not give the schema of ${api}${said(facts)}`,
      hint: 'Check the API in the AppSync console: its schema may not be deployed yet.',
    };
  }
  return undefined;
}
