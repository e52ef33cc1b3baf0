import { GENERATION_OPTIONS } from './generation-options.js';
import { JOB_SOURCE_OPTIONS } from './job-options.js';
import type { OptionContext, OptionDefinition } from './option-definition.js';
import type { OptionRule } from './option-rules.js';
import { RUN_OPTIONS } from './run-options.js';

export { DEFAULT_WAIT_SECONDS } from './job-options.js';

/**
 * Every option of `generate` in one table, in the order `--help` and the README list them: its
 * name (the key in the config file, `generate()` and the plugin), its flags, its rule, its default
 * and its doc. The rows are kept in three files by theme (job-options.ts, generation-options.ts,
 * run-options.ts) only to keep each file short. The config type's keys, config and `generate()` validation, the commander flags,
 * the defaults and the README's tables (`pnpm docs:options`) all come from here.
 */
export const OPTION_TABLE = {
  ...JOB_SOURCE_OPTIONS,
  ...GENERATION_OPTIONS,
  ...RUN_OPTIONS,
};

/** The name of an option of the table. */
export type OptionName = keyof typeof OPTION_TABLE;

type Table = typeof OPTION_TABLE;

/** The value type a row declares (its rule's). */
export type OptionValue<K extends OptionName> = Table[K] extends {
  readonly rule: OptionRule<infer T>;
}
  ? T
  : never;

/** The options that may be given in context `C`. */
export type OptionsIn<C extends OptionContext> = {
  [K in OptionName]: C extends Table[K]['contexts'][number] ? K : never;
}[OptionName];

/** The options that have a default value (after resolution, never undefined). */
export type DefaultedOption = {
  [K in OptionName]: Table[K] extends { readonly default: unknown } ? K : never;
}[OptionName];

/** The rows, for code that walks the table without caring about each value's type. */
export const OPTION_ROWS = Object.entries(OPTION_TABLE) as readonly (readonly [
  OptionName,
  OptionDefinition,
])[];

/** The options that may be given in `context`, in table order. */
export function optionsIn(context: OptionContext): OptionName[] {
  return OPTION_ROWS.filter(([, row]) => row.contexts.includes(context)).map(([name]) => name);
}
