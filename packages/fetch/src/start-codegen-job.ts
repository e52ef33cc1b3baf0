import { JobSourceError, type CodegenJob } from '@uibuilder-codegen/core';
import type { AwsConnectionOptions } from './aws-options.js';
import { withClient } from './create-client.js';
import { getCodegenJob } from './fetch-codegen-job.js';
import { jobState } from './job-status.js';
import { toPlainJob } from './plain-job.js';
import { requestContext } from './request-context.js';
import { requireIds } from './require-ids.js';
import { toServiceError } from './to-service-error.js';
import type { WaitOptions } from './wait-options.js';
import { waitForJob } from './wait-for-job.js';

/** What a new job is made of: a saved job (or its spec) supplies these keys; others are ignored. */
export type CodegenJobSpec = Pick<
  CodegenJob,
  'renderConfig' | 'genericDataSchema' | 'features' | 'autoGenerateForms' | 'tags'
>;

/** Where to start a job, from what, and whether to wait for it. */
export interface StartCodegenJobOptions extends AwsConnectionOptions {
  /** The Amplify app id (`--app-id`). */
  appId: string;
  /** The Amplify environment (backend) name (`--environment`). */
  environmentName: string;
  /** The job to create; `renderConfig` is required. A whole job (as `readJobFile` returns) works. */
  spec: CodegenJobSpec;
  /**
   * Makes the request idempotent: starting twice with one token starts one job.
   * @default a token the SDK generates (kept across its retries)
   */
  clientToken?: string;
  /**
   * Poll until the new job settles.
   * @default undefined: return the job as started (usually `in_progress`)
   */
  wait?: WaitOptions;
}

/**
 * Starts a codegen job with `StartCodegenJob`. Without `wait` it returns the job as the service
 * created it; with `wait` it polls `GetCodegenJob` until the job succeeds (returned), fails
 * (`JobFailed`) or the time runs out (`JobWaitTimeout`).
 *
 * @throws {@link JobSourceError} when the spec has no `renderConfig`; {@link ServiceError} for AWS,
 *   network and status problems.
 */
export async function startCodegenJob(options: StartCodegenJobOptions): Promise<CodegenJob> {
  requireIds({
    appId: { value: options.appId, flag: '--app-id' },
    environmentName: { value: options.environmentName, flag: '--environment' },
  });
  const { appId, environmentName, spec } = options;
  if (spec === null || typeof spec !== 'object' || spec.renderConfig === undefined) {
    throw new JobSourceError('The job spec has no renderConfig', {
      hint: 'A spec holds renderConfig, genericDataSchema and optionally features and autoGenerateForms (a saved job works).',
    });
  }
  const startContext = requestContext('StartCodegenJob', { appId, environmentName }, options);
  const abort = options.signal === undefined ? {} : { abortSignal: options.signal };
  try {
    return await withClient(options, async (sdk, client) => {
      let started: CodegenJob;
      try {
        const output = await client.send(
          new sdk.StartCodegenJobCommand({
            appId,
            environmentName,
            ...(options.clientToken === undefined ? {} : { clientToken: options.clientToken }),
            codegenJobToCreate: pickSpec(spec) as never,
          }),
          abort,
        );
        started = toPlainJob(
          (output.entity ?? {}) as Record<string, unknown>,
          'StartCodegenJob response',
        );
      } catch (error) {
        throw toServiceError(error, startContext);
      }
      if (options.wait === undefined) return started;
      const context = requestContext(
        'GetCodegenJob',
        { appId, environmentName, jobId: started.id ?? '' },
        options,
      );
      try {
        if (jobState(started, context) === 'succeeded') return started;
        const getJob = () => getCodegenJob(sdk, client, context, options.signal);
        return await waitForJob(started, getJob, options.wait, context, options.signal);
      } catch (error) {
        throw toServiceError(error, context);
      }
    });
  } catch (error) {
    throw toServiceError(error, startContext);
  }
}

function pickSpec(spec: CodegenJobSpec): CodegenJobSpec {
  const picked: CodegenJobSpec = { renderConfig: spec.renderConfig };
  if (spec.genericDataSchema !== undefined) picked.genericDataSchema = spec.genericDataSchema;
  if (spec.features !== undefined) picked.features = spec.features;
  if (spec.autoGenerateForms !== undefined) picked.autoGenerateForms = spec.autoGenerateForms;
  if (spec.tags !== undefined) picked.tags = spec.tags;
  return picked;
}
