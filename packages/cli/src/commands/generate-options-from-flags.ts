import type { Command } from 'commander';
import type { GenerateMode, GenerateOptions } from '../api/options.js';
import { DEFAULT_WAIT_SECONDS } from '../config/option-table.js';
import { jobSourceFromFlags, type JobSourceFlags } from './job-source-options.js';
import { optionsFromFlags } from './table-flags.js';
import {
  apiSchemaFromFlags,
  defined,
  modelSchemaFromFlags,
  type SchemaSourceFlags,
} from './schema-source-options.js';

/**
 * The flags the command reads itself; the others (`--max-depth`, `--out`, ...) become options
 * through the option table (`optionsFromFlags`).
 */
export interface GenerateCommandFlags extends JobSourceFlags, SchemaSourceFlags {
  readonly config?: string;
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
