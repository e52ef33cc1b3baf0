import type { OptionRule } from './option-rules.js';

/** Where an option can be given, besides a flag: the config file, `generate()`, the plugin. */
export type OptionContext = 'config' | 'api' | 'plugin';

/** The commands whose flags the option table declares. */
export type CommandName = 'generate' | 'inspect' | 'doctor' | 'list-jobs' | 'start';

/** One command-line flag of an option. */
export interface FlagDefinition {
  /** Commander's syntax: `--max-depth <n>`, `-o, --out <dir>`, `--no-format`, `--wait [seconds]`. */
  readonly syntax: string;
  /** The commands that take it. */
  readonly commands: readonly CommandName[];
  /** What it does, in Markdown, when it says more than the option's `doc` (README). */
  readonly doc?: string;
  /** The default shown in `--help` and the README, when it is not the option's. */
  readonly defaultText?: string;
  /** Flags it cannot be combined with (commander attribute names: `dryRun`). */
  readonly conflicts?: readonly string[];
  /**
   * `false` when the command builds the option from this flag itself (`--job-file`, `--wait`,
   * `--appsync-api-id`); otherwise the flag's value is the option's value.
   */
  readonly direct?: false;
}

/**
 * One row of the option table: everything the config file, `generate()`, the plugin, the CLI and
 * the README know about one option. `T` is the option's value type, checked against
 * `UserConfig`, `GenerateOptions` and `PluginOptions` at compile time (option-types.ts).
 */
export interface OptionDefinition<
  T = unknown,
  C extends readonly OptionContext[] = readonly OptionContext[],
> {
  /** What it does, in Markdown (README tables; `--help` shows it without the Markdown). */
  readonly doc: string;
  /** Where it can be given besides a flag; `[]` for a flag of the CLI only. */
  readonly contexts: C;
  /** What its value may be; checked in every context (flags included). */
  readonly rule?: OptionRule<T>;
  /**
   * Nested checks beyond `rule` (the keys of `job`, `apiSchema`, `modelSchema`), with the key
   * path in each message.
   */
  // Method syntax: a row of any `T` reads as a row of `unknown` where the table is walked.
  check?(value: T, where: CheckSite): void;
  /** The resolution of a value that breaks `rule`. @default `Fix "<key>" in <source>.` */
  readonly hint?: string;
  /** The value when none is given anywhere: the one place each default is declared. */
  readonly default?: T;
  /** The default in words, where it is not a value (`the config file's directory, else .`). */
  readonly defaultText?: string;
  /** The plugin's default in words, where it differs (`config`, `cwd`). */
  readonly pluginDefaultText?: string;
  /** A path: from the config file it resolves against the file's directory, else against `cwd`. */
  readonly path?: true;
  readonly flags?: readonly FlagDefinition[];
}

/** Where a value is checked: the options object's name (`uibuilder-codegen.config.ts`) and context. */
export interface CheckSite {
  readonly source: string;
  readonly context: OptionContext;
}

/**
 * Declares a row whose value type is `T`, keeping the literal row (its contexts as a tuple, whether
 * it has a default) for the compile-time checks and the resolved option types.
 */
export function option<T>() {
  return <const D extends OptionDefinition<T>>(definition: D): D => definition;
}
