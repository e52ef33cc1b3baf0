import { Option, type Command } from 'commander';
import { UsageError } from '@uibuilder-codegen/core';
import type { JobSource } from '../api/options.js';
import { requestTimeoutOption } from './request-timeout-option.js';

/** The flags that name a job, shared by `generate`, `inspect` and `doctor`. */
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

/** Adds the job-source flags to a command. */
export function addJobSourceOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--job-file <path>',
        'a saved job ({"job": {...}} or the bare job); - reads stdin',
      ),
    )
    .addOption(new Option('--app-id <id>', 'the Amplify app id (fetch from AWS)'))
    .addOption(new Option('--environment <name>', 'the Amplify environment name'))
    .addOption(new Option('--job-id <id>', 'the codegen job id'))
    .addOption(new Option('--region <region>', 'AWS region (else the SDK default chain)'))
    .addOption(new Option('--profile <profile>', 'AWS shared-config profile'))
    .addOption(
      new Option('--endpoint <url>', 'AmplifyUIBuilder endpoint URL (e.g. a local server)'),
    )
    .addOption(requestTimeoutOption());
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
