import type { CommandName } from './option-definition.js';

/** Commands that take a job (`--job-file`, `--app-id` ...). */
export const JOB_COMMANDS: readonly CommandName[] = ['generate', 'inspect', 'doctor'];
/** Commands that call AWS (`--region`, `--request-timeout` ...). */
export const AWS_COMMANDS: readonly CommandName[] = [...JOB_COMMANDS, 'list-jobs', 'start'];
/** An option of the config file, `generate()` and the plugin. */
export const everywhere = ['config', 'api', 'plugin'] as const;
/** An option of code only: `generate()` and the plugin (a value a JSON file cannot hold). */
export const inCode = ['api', 'plugin'] as const;
/** A flag of the CLI only. */
export const cliOnly = [] as const;
