import type { GenerateOptions } from '../api/options.js';
import type { PluginOptions } from '../plugin/plugin-options.js';
import type { OptionName, OptionsIn, OptionValue } from './option-table.js';
import type { UserConfig } from './user-config.js';

// Compile-time checks that the hand-written option types (kept as interfaces for their TSDoc)
// are the option table's: the same keys in each context, and each key's type the row's. A row
// added to the table without its key in the type (or the reverse) fails `pnpm typecheck` here.

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

/** For each key, `Actual[K]` is the row's type (or, in a config file, a part of it). */
type Values<Actual, Keys extends OptionName & keyof Actual, exact extends boolean> = {
  [K in Keys]-?: exact extends true
    ? Same<Exclude<Actual[K], undefined>, OptionValue<K>>
    : Exclude<Actual[K], undefined> extends OptionValue<K>
      ? true
      : false;
}[Keys];

/** The checks; exported so that the compiler reads them (they hold no value). */
export type OptionTypeChecks = [
  Assert<Same<keyof GenerateOptions, OptionsIn<'api'>>>,
  Assert<Same<keyof UserConfig, OptionsIn<'config'>>>,
  Assert<Same<keyof PluginOptions, OptionsIn<'plugin'>>>,
  Assert<Values<GenerateOptions, OptionsIn<'api'>, true>>,
  Assert<Values<PluginOptions, OptionsIn<'plugin'>, true>>,
  // A config file holds what JSON can: no client objects, no job value.
  Assert<Values<UserConfig, OptionsIn<'config'>, false>>,
];
