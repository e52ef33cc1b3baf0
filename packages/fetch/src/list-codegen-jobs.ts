import type { AwsConnectionOptions } from './aws-options.js';
import { ServiceError } from '@uibuilder-codegen/core';
import { withClient } from './create-client.js';
import { getCodegenJob } from './fetch-codegen-job.js';
import { mapConcurrent } from './map-concurrent.js';
import { normalizeTimestamp } from './normalize-timestamp.js';
import { requestContext } from './request-context.js';
import { RequestLimitError, requestPolicy } from './request-policy.js';
import { requireIds } from './require-ids.js';
import { toServiceError } from './to-service-error.js';

/** Which environment's jobs to list. */
export interface ListCodegenJobsOptions extends AwsConnectionOptions {
  /** The Amplify app id (`--app-id`). */
  appId: string;
  /** The Amplify environment (backend) name (`--environment`). */
  environmentName: string;
  /**
   * The page size to ask for; every page is fetched regardless.
   * @default the service's default
   */
  pageSize?: number;
  /**
   * How many `GetCodegenJob` requests (for the statuses) run at once.
   * @default 4
   */
  concurrency?: number;
}

/** One job in a listing. */
export interface CodegenJobListEntry {
  /** The job id (`--job-id`). */
  id: string;
  /** `succeeded`, `failed` or `in_progress`. */
  status: string;
  /** RFC 3339, when the service reports it. */
  createdAt?: string;
  /** RFC 3339, when the service reports it. */
  modifiedAt?: string;
  /** Why a job failed, when it did. */
  statusMessage?: string;
}

/**
 * Lists every codegen job of an environment (following `nextToken` through all pages), with each
 * job's status. The list summaries carry no status, so each job is read with `GetCodegenJob`,
 * `concurrency` at a time. Entries keep the service's order.
 *
 * @throws {@link ServiceError} for AWS and network problems (exit 4).
 */
export async function listCodegenJobs(
  options: ListCodegenJobsOptions,
): Promise<CodegenJobListEntry[]> {
  requireIds({
    appId: { value: options.appId, flag: '--app-id' },
    environmentName: { value: options.environmentName, flag: '--environment' },
  });
  const { appId, environmentName } = options;
  const listContext = requestContext('ListCodegenJobs', { appId, environmentName }, options);
  const abort = options.signal === undefined ? {} : { abortSignal: options.signal };
  const { maxPages } = requestPolicy(options);
  try {
    return await withClient(options, async (sdk, client) => {
      const ids: string[] = [];
      const seenTokens = new Set<string>();
      let nextToken: string | undefined;
      let pages = 0;
      do {
        if (pages === maxPages) {
          throw new RequestLimitError('pages', maxPages, `more than ${maxPages} pages`);
        }
        pages += 1;
        const page = await client.send(
          new sdk.ListCodegenJobsCommand({
            appId,
            environmentName,
            ...(nextToken === undefined ? {} : { nextToken }),
            ...(options.pageSize === undefined ? {} : { maxResults: options.pageSize }),
          }),
          abort,
        );
        for (const entry of page.entities ?? []) if (entry.id) ids.push(entry.id);
        nextToken = page.nextToken || undefined;
        if (nextToken !== undefined && seenTokens.has(nextToken))
          throw repeatedToken(listContext.endpoint, pages);
        if (nextToken !== undefined) seenTokens.add(nextToken);
      } while (nextToken !== undefined);
      return mapConcurrent(ids, options.concurrency ?? 4, async (id) => {
        const context = requestContext(
          'GetCodegenJob',
          { appId, environmentName, jobId: id },
          options,
        );
        try {
          const job = await getCodegenJob(sdk, client, context, options.signal);
          return listEntry(id, job);
        } catch (error) {
          throw toServiceError(error, context);
        }
      });
    });
  } catch (error) {
    throw toServiceError(error, listContext);
  }
}

function listEntry(
  id: string,
  job: Awaited<ReturnType<typeof getCodegenJob>>,
): CodegenJobListEntry {
  const entry: CodegenJobListEntry = { id, status: job.status ?? 'unknown' };
  if (job.createdAt !== undefined)
    entry.createdAt = normalizeTimestamp(job.createdAt, 'createdAt', id);
  if (job.modifiedAt !== undefined)
    entry.modifiedAt = normalizeTimestamp(job.modifiedAt, 'modifiedAt', id);
  if (job.statusMessage) entry.statusMessage = job.statusMessage;
  return entry;
}

/** A server that hands back a token it gave before would make us page forever. */
function repeatedToken(endpoint: string | undefined, page: number): ServiceError {
  return new ServiceError(
    `ListCodegenJobs returned a nextToken on page ${page} that it had returned before (the pagination would never end)`,
    {
      errorName: 'RepeatedPageToken',
      hint: endpoint
        ? `Check the server at ${endpoint}.`
        : 'Run again; if it persists, report it to AWS.',
    },
  );
}
