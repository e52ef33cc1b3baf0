import type { GenerateOptions } from '../api/options.js';

/**
 * Options of `uibuilder-codegen/plugin`: every option of `generate()` (the config file's keys,
 * plus `force` and a `job` given as a value), and `check`. Options given here win over the config
 * file's; paths resolve against `cwd`.
 */
export interface PluginOptions extends Omit<
  GenerateOptions,
  'mode' | 'includeContents' | 'logger' | 'signal' | 'config' | 'cwd'
> {
  /**
   * The config file: a path, `true` to search for `uibuilder-codegen.config.{ts,mts,js,mjs,json}`
   * from `cwd` upwards (as the CLI does), or `false` to use only the options given here.
   * @default true
   */
  readonly config?: string | boolean;
  /**
   * The directory relative paths resolve against and the config file is searched from.
   * @default the bundler's root (Vite's `root`, webpack's `context`), else `process.cwd()`
   */
  readonly cwd?: string;
  /**
   * Write nothing; fail the build when a committed generated file is out of date (the CLI's
   * `--check`). Turn it on in CI when the output is committed: `check: Boolean(process.env.CI)`.
   * @default false
   */
  readonly check?: boolean;
}
