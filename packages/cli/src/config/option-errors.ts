import { UsageError } from '@uibuilder-codegen/core';
import { didYouMean } from './did-you-mean.js';
import { describeValue } from './option-rules.js';

// Every error the option table's checks raise is built here (exit 2, `UsageError`), so that each
// names the key path and its source the same way, and one import says where the class lives.

/** `<source>: "<path>" must be <expected>, not <value>`. */
export function invalidValue(
  source: string,
  path: string,
  expected: string,
  value: unknown,
  hint = `Fix "${path}" in ${source}.`,
): UsageError {
  return new UsageError(`${source}: "${path}" must be ${expected}, not ${describeValue(value)}`, {
    hint,
  });
}

/** An unknown key, with a "did you mean" when one is close, else the keys that exist. */
export function unknownKey(path: string, known: readonly string[], source: string): UsageError {
  const last = path.split('.').pop() ?? path;
  const suggestion = didYouMean(last, known);
  return new UsageError(`${source}: unknown key "${path}"`, {
    hint: suggestion ? `Did you mean "${suggestion}"?` : `Known keys: ${known.join(', ')}.`,
  });
}

/** A rule broken by a value with a message of its own (`"job" must name exactly one job source`). */
export function invalidOption(source: string, problem: string, hint: string): UsageError {
  return new UsageError(`${source}: ${problem}`, { hint });
}

/** A message of its own, with no source to name (`No job given`, `generate() takes ...`). */
export function usageError(message: string, hint: string): UsageError {
  return new UsageError(message, { hint });
}
