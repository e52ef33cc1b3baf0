import type { AmplifyUIBuilderClient } from '@aws-sdk/client-amplifyuibuilder';
import { ServiceError, type CodegenJob } from '@uibuilder-codegen/core';
import type { AwsConnectionOptions } from './aws-options.js';
import { withClient, type AmplifyUIBuilderSdk } from './create-client.js';
import { jobInProgressError, jobState } from './job-status.js';
import { toPlainJob } from './plain-job.js';
import { requestContext, type RequestContext } from './request-context.js';
import { requireIds } from './require-ids.js';
import { toServiceError } from './to-service-error.js';
import type { WaitOptions } from './wait-options.js';
import { waitForJob } from './wait-for-job.js';

/** Which job to fetch, and how. */
export interface FetchCodegenJobOptions extends AwsConnectionOptions {
  /** The Amplify app id (`d1abcdefgh1234`). */
  appId: string;
  /** The Amplify environment (backend) name. */
  environmentName: string;
  /** The codegen job id. */
  id: string;
  /**
   * Poll while the job is `in_progress`.
   * @default undefined: an `in_progress` job fails at once with `JobInProgress`
   */
  wait?: WaitOptions;
}

/**
 * Fetches a codegen job with `GetCodegenJob` and returns it as plain data (timestamps as RFC 3339
 * strings, unknown union members kept as `$unknown`). The SDK is loaded on first use.
 *
 * - `succeeded`: returned.
 * - `failed`: {@link ServiceError} `JobFailed` with the job's `statusMessage`.
 * - `in_progress`: {@link ServiceError} `JobInProgress`, unless `wait` is given; then polled until
 *   it settles or `JobWaitTimeout`.
 *
 * @throws {@link UsageError} when an id is missing; {@link ServiceError} (exit 4) for every AWS,
 *   network or status problem, with secrets removed.
 */
export async function fetchCodegenJob(options: FetchCodegenJobOptions): Promise<CodegenJob> {
  requireIds({
    appId: { value: options.appId, flag: '--app-id' },
    environmentName: { value: options.environmentName, flag: '--environment' },
    id: { value: options.id, flag: '--job-id' },
  });
  const { appId, environmentName, id } = options;
  const context = requestContext('GetCodegenJob', { appId, environmentName, jobId: id }, options);
  try {
    return await withClient(options, async (sdk, client) => {
      const getJob = () => getCodegenJob(sdk, client, context, options.signal);
      const first = await getJob();
      if (jobState(first, context) === 'succeeded') return first;
      if (options.wait === undefined) throw jobInProgressError(context);
      return waitForJob(first, getJob, options.wait, context, options.signal);
    });
  } catch (error) {
    throw toServiceError(error, context);
  }
}

/** One `GetCodegenJob` request, its result as plain data (shared with start and list). */
export async function getCodegenJob(
  sdk: AmplifyUIBuilderSdk,
  client: AmplifyUIBuilderClient,
  context: RequestContext,
  signal: AbortSignal | undefined,
): Promise<CodegenJob> {
  const output = await client.send(
    new sdk.GetCodegenJobCommand({
      appId: context.appId,
      environmentName: context.environmentName,
      id: context.jobId ?? '',
    }),
    signal === undefined ? {} : { abortSignal: signal },
  );
  if (output.job === undefined) {
    throw new ServiceError(`The ${context.operation} response has no job`, {
      errorName: 'InvalidResponse',
      hint: 'Check that --endpoint points at AmplifyUIBuilder.',
    });
  }
  return toPlainJob(
    output.job as unknown as Record<string, unknown>,
    `${context.operation} response`,
  );
}
