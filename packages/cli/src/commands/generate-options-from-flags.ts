import type { Command } from 'commander';
import type {
  ApiSchemaSource,
  GenerateMode,
  GenerateOptions,
  ModelSchemaSource,
} from '../api/options.js';
import { DEFAULT_WAIT_SECONDS } from '../config/option-table.js';
import { jobSourceFromFlags, type JobSourceFlags } from './job-source-options.js';
import { optionsFromFlags } from './table-flags.js';

/**
 * The flags the command reads itself; the others (`--max-depth`, `--out`, ...) become options
 * through the option table (`optionsFromFlags`).
 */
export interface GenerateCommandFlags extends JobSourceFlags {
  readonly config?: string;
  readonly apiSchema?: string;
  readonly appsyncApiId?: string;
  readonly modelSchema?: string;
  readonly force?: boolean;
  readonly wait?: number | boolean;
  readonly check?: boolean;
  readonly dryRun?: boolean;
  readonly print?: boolean;
  readonly json?: boolean;
  readonly silent?: boolean;
  readonly verbose?: boolean;
  readonly watch?: boolean;
}

/**
 * The `generate()` options that `generate`'s command line gives (the logger and the signal
 * aside): the table's direct flags, and the options built from several flags (`job`, `mode`,
 * `apiSchema`, ...). Options not given stay absent, so that the config file fills them.
 */
export function generateOptionsFromFlags(
  flags: GenerateCommandFlags,
  command: Command,
): GenerateOptions {
  const mode: GenerateMode = flags.check
    ? 'check'
    : flags.dryRun || flags.print
      ? 'dry-run'
      : 'write';
  const waitSeconds =
    flags.wait === true ? DEFAULT_WAIT_SECONDS : flags.wait === false ? undefined : flags.wait;
  return {
    config: flags.config ?? true,
    cwd: process.cwd(),
    mode,
    includeContents: Boolean(flags.print),
    ...optionsFromFlags(command, 'generate'),
    ...defined({
      job: jobSourceFromFlags(flags),
      waitSeconds,
      apiSchema: apiSchemaFromFlags(flags),
      modelSchema: modelSchemaFromFlags(flags),
    }),
  };
}

/** Drops the keys whose value is undefined, so they do not hide the config file's values. */
function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** `--api-schema <file>`, or `--appsync-api-id <id>` with the AWS connection flags. */
function apiSchemaFromFlags(flags: GenerateCommandFlags): ApiSchemaSource | undefined {
  if (flags.appsyncApiId === undefined) return flags.apiSchema;
  return {
    appSyncApiId: flags.appsyncApiId,
    ...defined({ region: flags.region, profile: flags.profile, endpoint: flags.endpoint }),
  };
}

/** `--model-schema <path>`, or `aws:<apiName>` with the AWS connection flags. */
function modelSchemaFromFlags(flags: GenerateCommandFlags): ModelSchemaSource | undefined {
  const given = flags.modelSchema;
  if (given === undefined || !given.startsWith('aws:')) return given;
  return {
    apiName: given.slice('aws:'.length),
    ...defined({ region: flags.region, profile: flags.profile, endpoint: flags.endpoint }),
  };
}
