import { setTimeout as sleep } from 'node:timers/promises';
import { ServiceError, type CodegenJob } from '@uibuilder-codegen/core';
import { jobState } from './job-status.js';
import { describeTarget, type RequestContext } from './request-context.js';
import { WAIT_DEFAULTS, type WaitOptions } from './wait-options.js';

/**
 * Polls with `getJob` until the job leaves `in_progress`, pausing with capped exponential backoff
 * (`initialDelayMs`, doubling, at most `maxDelayMs`), and never past the deadline: the last poll
 * happens at the deadline, and a job still running then is a `JobWaitTimeout` {@link ServiceError}.
 * A `failed` job throws `JobFailed`.
 */
export async function waitForJob(
  first: CodegenJob,
  getJob: () => Promise<CodegenJob>,
  wait: WaitOptions,
  context: RequestContext,
  signal?: AbortSignal,
): Promise<CodegenJob> {
  const started = performance.now();
  const deadline = started + Math.max(0, wait.timeoutSeconds) * 1000;
  const initialDelayMs = wait.initialDelayMs ?? WAIT_DEFAULTS.initialDelayMs;
  const maxDelayMs = wait.maxDelayMs ?? WAIT_DEFAULTS.maxDelayMs;
  let job = first;
  let polls = 1;
  while (jobState(job, context) === 'in_progress') {
    const now = performance.now();
    if (now >= deadline) throw waitTimeout(context, wait.timeoutSeconds, polls);
    const backoff = Math.min(initialDelayMs * 2 ** (polls - 1), maxDelayMs);
    const delay = Math.max(0, Math.min(backoff, deadline - now));
    const elapsedMs = Math.round(now - started);
    wait.onProgress?.({
      jobId: context.jobId ?? job.id ?? '',
      status: job.status ?? 'in_progress',
      polls,
      elapsedMs,
      nextPollInMs: Math.round(delay),
      message: `Codegen job ${context.jobId ?? job.id ?? ''} is ${job.status ?? 'in_progress'} (${seconds(elapsedMs)} elapsed); checking again in ${seconds(delay)}`,
    });
    await sleep(delay, undefined, signal === undefined ? {} : { signal });
    job = await getJob();
    polls += 1;
  }
  return job;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)}s`;
}

function waitTimeout(context: RequestContext, timeoutSeconds: number, polls: number): ServiceError {
  return new ServiceError(
    `Codegen job is still in progress after waiting ${timeoutSeconds}s (${polls} polls; ${describeTarget(context)})`,
    {
      errorName: 'JobWaitTimeout',
      hint: 'Wait longer with --wait <seconds>, or run again once the job has finished.',
    },
  );
}
