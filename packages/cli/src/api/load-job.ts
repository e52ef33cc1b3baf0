import path from 'node:path';
import { ServiceError, type CodegenJob } from '@uibuilder-codegen/core';
import type { JobSource, Logger } from './options.js';

/** Gets the job from its source, loading the AWS SDK only when the job comes from AWS. */
export async function loadJob(
  source: JobSource,
  options: {
    cwd: string;
    waitSeconds: number | undefined;
    /** The deadline of each AWS request, in seconds. */
    requestTimeout?: number | undefined;
    logger: Logger | undefined;
    /** Cancels a request to AWS (and a wait) in flight. */
    signal?: AbortSignal;
  },
): Promise<CodegenJob> {
  const fetch = await import('@uibuilder-codegen/fetch');
  if ('file' in source) {
    const file = source.file === '-' ? '-' : path.resolve(options.cwd, source.file);
    return refuseFailedJob(await fetch.readJobFile(file), file === '-' ? 'standard input' : file);
  }
  if ('value' in source) return refuseFailedJob(fetch.jobFromValue(source.value), 'the job value');
  return fetch.fetchCodegenJob({
    appId: source.appId,
    environmentName: source.environmentName,
    id: source.id,
    ...(source.region === undefined ? {} : { region: source.region }),
    ...(source.profile === undefined ? {} : { profile: source.profile }),
    ...(source.endpoint === undefined ? {} : { endpoint: source.endpoint }),
    ...(source.client === undefined ? {} : { client: source.client as never }),
    ...(options.signal === undefined ? {} : { signal: options.signal }),
    ...(options.requestTimeout === undefined
      ? {}
      : { requestTimeoutMs: options.requestTimeout * 1000 }),
    ...(options.waitSeconds === undefined
      ? {}
      : {
          wait: {
            timeoutSeconds: options.waitSeconds,
            onProgress: (progress: { message: string }) =>
              options.logger?.progress?.(progress.message),
          },
        }),
  });
}

/**
 * A saved job whose status is `failed` stops the run as the same job fetched from AWS does
 * (`JobFailed`, exit 4): its schema may be incomplete, and CI must not go green on it.
 */
function refuseFailedJob(job: CodegenJob, source: string): CodegenJob {
  if (job.status !== 'failed') return job;
  const reason = job.statusMessage ? `: ${job.statusMessage}` : ' (no status message)';
  throw new ServiceError(`The codegen job in ${source} failed${reason}`, {
    errorName: 'JobFailed',
    hint: 'Fix what the status message names, start a new job (uibuilder-codegen start ...) and save it again.',
  });
}
