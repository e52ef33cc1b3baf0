import type { AwsErrorFacts } from './aws-error-facts.js';
import { describeEndpoint, describeTarget, type RequestContext } from './request-context.js';

/** What an error means for the user: a name, what happened, and what to do. */
export interface Explanation {
  errorName: string;
  message: string;
  hint: string;
}

type Explain = (facts: AwsErrorFacts, context: RequestContext) => Explanation | undefined;

const AUTH_ERRORS = new Set([
  'UnauthorizedException',
  'AccessDeniedException',
  'AccessDenied',
  'UnrecognizedClientException',
  'InvalidClientTokenId',
  'InvalidSignatureException',
  'SignatureDoesNotMatch',
  'MissingAuthenticationTokenException',
]);
const EXPIRED_ERRORS = new Set([
  'ExpiredToken',
  'ExpiredTokenException',
  'TokenRefreshRequired',
  'RequestExpired',
]);
const RESET_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED']);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN']);

const said = (facts: AwsErrorFacts) =>
  facts.message ? ` (AmplifyUIBuilder said: "${facts.message}")` : '';
const afterAttempts = (facts: AwsErrorFacts) =>
  facts.attempts !== undefined && facts.attempts > 1 ? ` after ${facts.attempts} attempts` : '';
const where = describeEndpoint;
const profileFlag = (context: RequestContext) =>
  context.profile ? ` --profile ${context.profile}` : '';

const explainAbort: Explain = (facts) =>
  facts.name === 'AbortError'
    ? {
        errorName: 'Aborted',
        message: 'The request to AmplifyUIBuilder was cancelled',
        hint: 'Run the command again.',
      }
    : undefined;

const explainNotFound: Explain = (facts, context) => {
  if (facts.name !== 'ResourceNotFoundException' && facts.statusCode !== 404) return undefined;
  const text = facts.message.toLowerCase();
  const { appId, environmentName, jobId } = context;
  const listJobs = `uibuilder-codegen list-jobs --app-id ${appId} --environment ${environmentName}`;
  let message: string;
  let hint: string;
  if (jobId !== undefined && /\bjob\b|codegen/.test(text)) {
    message = `Codegen job "${jobId}" was not found in app "${appId}", environment "${environmentName}"`;
    hint = `Check --job-id; list the environment's jobs with: ${listJobs}`;
  } else if (/environment|backend/.test(text)) {
    message = `Environment "${environmentName}" was not found in app "${appId}"`;
    hint = `Check --environment; list the app's environments with: aws amplify list-backend-environments --app-id ${appId}`;
  } else if (/\bapp\b|application/.test(text)) {
    message = `App "${appId}" was not found${context.region ? ` in ${context.region}` : ''}`;
    hint =
      'Check --app-id and --region (the app id is in the Amplify console URL); list apps with: aws amplify list-apps';
  } else {
    message = `Not found: ${describeTarget(context)}`;
    hint = `Check --app-id, --environment${jobId === undefined ? '' : ' and --job-id'} and --region.`;
  }
  return { errorName: 'ResourceNotFoundException', message: `${message}${said(facts)}`, hint };
};

const explainCredentials: Explain = (facts, context) => {
  if (
    facts.name === 'CredentialsProviderError' ||
    /could not load credentials/i.test(facts.message)
  ) {
    return {
      errorName: 'CredentialsProviderError',
      message: `No AWS credentials found${context.profile ? ` for profile "${context.profile}"` : ''}: ${facts.message}`,
      hint: 'Sign in (aws sso login, aws configure) and pass --profile, or set AWS_PROFILE or AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
    };
  }
  if (EXPIRED_ERRORS.has(facts.name) || /expired/i.test(facts.message)) {
    return {
      errorName: facts.name,
      message: `The AWS credentials have expired${said(facts)}`,
      hint: `Refresh them (aws sso login${profileFlag(context)}, or a new session token) and run again.`,
    };
  }
  if (AUTH_ERRORS.has(facts.name) || facts.statusCode === 401 || facts.statusCode === 403) {
    return {
      errorName: facts.name,
      message: `Not authorized to call ${context.operation} for ${describeTarget(context)}${said(facts)}`,
      hint: `Check that the credentials${profileFlag(context)} belong to the app's account and allow amplifyuibuilder:${context.operation}, and that --region is the app's region.`,
    };
  }
  return undefined;
};

const explainRegion: Explain = (facts, context) => {
  if (/region is missing|expected `region`/i.test(facts.message)) {
    return {
      errorName: 'MissingRegion',
      message: 'No AWS region is configured',
      hint: "Pass --region (the app's region, e.g. us-east-1), or set AWS_REGION or a region in the profile.",
    };
  }
  if (/region not accepted|invalid region/i.test(facts.message)) {
    return {
      errorName: 'InvalidRegion',
      message: `The AWS region ${JSON.stringify(context.region ?? '')} is not valid: ${facts.message}`,
      hint: "Pass --region with the app's region, e.g. us-east-1 (check AWS_REGION too).",
    };
  }
  return undefined;
};

const explainThrottling: Explain = (facts) =>
  facts.name === 'ThrottlingException' || facts.statusCode === 429
    ? {
        errorName: 'ThrottlingException',
        message: `AmplifyUIBuilder throttled the request${afterAttempts(facts)}${said(facts)}`,
        hint: 'Wait a minute and run again; avoid running many fetches at once.',
      }
    : undefined;

const explainResponseBody: Explain = (facts, context) => {
  if (!facts.deserializationFailed && facts.name !== 'SyntaxError') return undefined;
  const truncated =
    (facts.code !== undefined && RESET_CODES.has(facts.code)) ||
    /aborted|unexpected end|unterminated/i.test(facts.message);
  const status = facts.statusCode === undefined ? '' : ` (HTTP ${facts.statusCode})`;
  return {
    errorName: 'InvalidResponse',
    message: truncated
      ? `The response from ${where(context)} ended before it was complete${status}${afterAttempts(facts)}`
      : `${where(context)} returned a response that is not valid JSON${status}${afterAttempts(facts)}`,
    hint: context.endpoint
      ? `Check that --endpoint ${context.endpoint} is an AmplifyUIBuilder endpoint and not a proxy or web page.`
      : 'Run again; if it persists, check for a proxy between you and AWS (HTTPS_PROXY).',
  };
};

const explainNetwork: Explain = (facts, context) => {
  const code = facts.code;
  const timedOut =
    code === 'ETIMEDOUT' ||
    (code === undefined && /timed? ?out|timeout/i.test(`${facts.name} ${facts.message}`));
  if (timedOut) {
    return {
      errorName: 'Timeout',
      message: `The request to ${where(context)} timed out${afterAttempts(facts)}: ${facts.message}`,
      hint: 'Check the network connection and --endpoint; run again later if AWS is slow.',
    };
  }
  if (code === undefined) return undefined;
  const reason =
    code === 'ECONNREFUSED'
      ? 'the connection was refused'
      : RESET_CODES.has(code)
        ? 'the connection was reset'
        : DNS_CODES.has(code)
          ? 'the host name could not be resolved'
          : `a network error occurred (${code})`;
  return {
    errorName: 'NetworkError',
    message: `Could not reach ${where(context)}: ${reason}${afterAttempts(facts)}`,
    hint: context.endpoint
      ? `Check that a server is listening at ${context.endpoint}.`
      : 'Check the network connection, proxy settings (HTTPS_PROXY) and --region.',
  };
};

const explainRedirect: Explain = (facts, context) =>
  facts.statusCode !== undefined && facts.statusCode >= 300 && facts.statusCode < 400
    ? {
        errorName: 'UnexpectedRedirect',
        message: `${where(context)} answered ${context.operation} with a redirect (HTTP ${facts.statusCode}); AWS APIs never redirect, so it is not followed`,
        hint: context.endpoint
          ? `Check that --endpoint ${context.endpoint} is the AmplifyUIBuilder endpoint itself, not a proxy or web page.`
          : 'Check for a proxy between you and AWS (HTTPS_PROXY).',
      }
    : undefined;

const explainServerFault: Explain = (facts) =>
  facts.name === 'InternalServerException' ||
  (facts.statusCode !== undefined && facts.statusCode >= 500)
    ? {
        errorName: facts.name === 'Error' ? 'InternalServerException' : facts.name,
        message: `AmplifyUIBuilder failed with an internal error (HTTP ${facts.statusCode ?? 500})${afterAttempts(facts)}${said(facts)}`,
        hint: 'This is on the AWS side: run again in a few minutes; if it persists, check the AWS Health Dashboard.',
      }
    : undefined;

const explainInvalidParameter: Explain = (facts) =>
  facts.name === 'InvalidParameterException' || facts.statusCode === 400
    ? {
        errorName: facts.name,
        message: `AmplifyUIBuilder rejected the request${said(facts)}`,
        hint: 'Check the ids (--app-id, --environment, --job-id) and, for start, the job spec.',
      }
    : undefined;

function explainUnknown(facts: AwsErrorFacts, context: RequestContext): Explanation {
  const status = facts.statusCode === undefined ? '' : ` (HTTP ${facts.statusCode})`;
  return {
    errorName: facts.name === 'Error' ? 'UnknownError' : facts.name,
    message: `${context.operation} failed for ${describeTarget(context)}${status}: ${facts.name}: ${facts.message}`,
    hint: 'Run again with --verbose; if it persists, report the error name and request id.',
  };
}

const EXPLAINERS: readonly Explain[] = [
  explainAbort,
  explainRegion,
  // Before the status-based explainers: a proxy's HTML 404 or 403 page is not AmplifyUIBuilder's.
  explainResponseBody,
  explainNotFound,
  explainCredentials,
  explainThrottling,
  explainNetwork,
  explainRedirect,
  explainServerFault,
  explainInvalidParameter,
];

/** Explains an AWS, network or SDK error: the first explainer that recognises it wins. */
export function explainAwsError(facts: AwsErrorFacts, context: RequestContext): Explanation {
  for (const explain of EXPLAINERS) {
    const explanation = explain(facts, context);
    if (explanation !== undefined) return explanation;
  }
  return explainUnknown(facts, context);
}
