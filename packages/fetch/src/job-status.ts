import { ServiceError, type CodegenJob } from '@uibuilder-codegen/core';
import { redactSecrets } from './redact-secrets.js';
import { describeTarget, type RequestContext } from './request-context.js';

/** What a job's status means for us: use it, wait for it, or stop. */
export type JobState = 'succeeded' | 'in_progress';

/**
 * Classifies a fetched job: `succeeded` and `in_progress` are returned; `failed` throws a
 * {@link ServiceError} (`JobFailed`) carrying the job's `statusMessage`; any other status throws
 * `UnexpectedJobStatus`.
 */
export function jobState(job: CodegenJob, context: RequestContext): JobState {
  if (job.status === 'succeeded' || job.status === 'in_progress') return job.status;
  const target = describeTarget(context);
  if (job.status === 'failed') {
    const reason = job.statusMessage ? `: ${job.statusMessage}` : ' (no status message)';
    throw new ServiceError(
      redactSecrets(`Codegen job failed (${target})${reason}`, context.secrets),
      {
        errorName: 'JobFailed',
        hint: 'Fix what the status message names and start a new job (uibuilder-codegen start ...).',
      },
    );
  }
  throw new ServiceError(
    `Codegen job has an unexpected status ${JSON.stringify(job.status ?? null)} (${target})`,
    {
      errorName: 'UnexpectedJobStatus',
      hint: 'Expected succeeded, failed or in_progress; check --endpoint points at AmplifyUIBuilder.',
    },
  );
}

/** The error for a job that is still running when the caller did not ask to wait. */
export function jobInProgressError(context: RequestContext): ServiceError {
  return new ServiceError(`Codegen job is still in progress (${describeTarget(context)})`, {
    errorName: 'JobInProgress',
    hint: 'Run again with --wait [seconds] to poll until it finishes.',
  });
}
