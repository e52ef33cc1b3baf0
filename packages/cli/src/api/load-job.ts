import path from 'node:path';
import type { CodegenJob } from '@uibuilder-codegen/transform';
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
    return fetch.readJobFile(file);
  }
  if ('value' in source) return fetch.jobFromValue(source.value);
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
