import { UsageError } from '@uibuilder-codegen/core';
import type { JobSource } from '../api/options.js';

/** The flags that name a job, shared by `generate`, `inspect` and `doctor` (option-table.ts). */
export interface JobSourceFlags {
  readonly jobFile?: string;
  readonly appId?: string;
  readonly environment?: string;
  readonly jobId?: string;
  readonly region?: string;
  readonly profile?: string;
  readonly endpoint?: string;
  readonly requestTimeout?: number;
}

/** The job source the flags name, or `undefined` when they name none. */
export function jobSourceFromFlags(flags: JobSourceFlags): JobSource | undefined {
  const aws = [flags.appId, flags.environment, flags.jobId];
  if (flags.jobFile !== undefined && aws.some((v) => v !== undefined)) {
    throw new UsageError('--job-file cannot be combined with --app-id/--environment/--job-id', {
      hint: 'Read the job from a file, or fetch it from AWS, not both.',
    });
  }
  if (flags.jobFile !== undefined) return { file: flags.jobFile };
  if (aws.every((v) => v === undefined)) return undefined;
  const [appId, environmentName, id] = aws;
  if (appId === undefined || environmentName === undefined || id === undefined) {
    const missing = [
      appId === undefined ? '--app-id' : undefined,
      environmentName === undefined ? '--environment' : undefined,
      id === undefined ? '--job-id' : undefined,
    ].filter(Boolean);
    throw new UsageError(`Fetching a job from AWS needs ${missing.join(' and ')}`, {
      hint: 'Pass --app-id, --environment and --job-id together, or --job-file.',
    });
  }
  return {
    appId,
    environmentName,
    id,
    ...(flags.region === undefined ? {} : { region: flags.region }),
    ...(flags.profile === undefined ? {} : { profile: flags.profile }),
    ...(flags.endpoint === undefined ? {} : { endpoint: flags.endpoint }),
  };
}
