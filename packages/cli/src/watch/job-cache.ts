import type { CodegenJob } from '@uibuilder-codegen/core';
import { loadJob } from '../api/load-job.js';
import type { JobSource, Logger } from '../api/options.js';

type AwsJobSource = Extract<JobSource, { readonly appId: string }>;

/** Jobs fetched from AWS during one watch session, so a rebuild does not fetch them again. */
export interface JobCache {
  /**
   * The job a source names: a job fetched from AWS comes from the cache after the first time;
   * files and values are passed through (reading a file is cheap, and it is what changed).
   */
  resolve(
    source: JobSource,
    options: { cwd: string; waitSeconds?: number; logger?: Logger; signal?: AbortSignal },
  ): Promise<JobSource>;
  /** Forgets every fetched job: the next run fetches again. */
  clear(): void;
}

/** A cache keyed by app id, environment and job id (and the endpoint, region and profile). */
export function createJobCache(): JobCache {
  const jobs = new Map<string, CodegenJob>();
  return {
    async resolve(source, options) {
      if (!('appId' in source)) return source;
      const key = cacheKey(source);
      let job = jobs.get(key);
      if (job === undefined) {
        job = await loadJob(source, {
          cwd: options.cwd,
          waitSeconds: options.waitSeconds,
          logger: options.logger,
          ...(options.signal ? { signal: options.signal } : {}),
        });
        jobs.set(key, job);
      }
      return { value: job };
    },
    clear: () => jobs.clear(),
  };
}

function cacheKey(source: AwsJobSource): string {
  const { appId, environmentName, id, endpoint, region, profile } = source;
  return JSON.stringify([appId, environmentName, id, endpoint, region, profile]);
}
