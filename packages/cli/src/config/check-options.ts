import type { CheckSite } from './option-definition.js';
import { invalidValue, unknownKey, usageError } from './option-errors.js';
import { OPTION_TABLE, optionsIn, type OptionName } from './option-table.js';

/**
 * Checks an options object against the option table, as the config file, `generate()` and the
 * plugin all do: every key known in the context (else a "did you mean"), every value by its
 * row's rule, nested keys (`job.file`) by theirs. Each error is a `UsageError` (exit 2) naming
 * the key path and `where.source`.
 */
export function checkOptions(
  value: unknown,
  where: CheckSite,
  notAnObject: string,
  hint: string,
): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw usageError(notAnObject, hint);
  }
  const known: readonly string[] = optionsIn(where.context);
  for (const [key, item] of Object.entries(value)) {
    if (!known.includes(key)) throw unknownKey(key, known, where.source);
    if (item === undefined) continue;
    const row = OPTION_TABLE[key as OptionName];
    if ('rule' in row && !row.rule.test(item)) {
      throw invalidValue(
        where.source,
        key,
        row.rule.expected,
        item,
        'hint' in row ? row.hint : undefined,
      );
    }
    if ('check' in row) row.check(item as never, where);
  }
}
