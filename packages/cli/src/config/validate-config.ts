import { UsageError } from '@uibuilder-codegen/core';
import { didYouMean } from './did-you-mean.js';
import { CONFIG_OPTION_RULES, describeValue, JOB_RULES, type OptionRule } from './option-rules.js';
import {
  API_SCHEMA_KEYS,
  CONFIG_KEYS,
  JOB_KEYS,
  MODEL_SCHEMA_KEYS,
  type UserConfig,
} from './user-config.js';

/** Checks a loaded config value; unknown keys and invalid values are usage errors with a hint. */
export function validateConfig(value: unknown, source: string): UserConfig {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`${source} must export an object`, {
      hint: 'Export `defineConfig({ ... })` as the default export, or write a JSON object.',
    });
  }
  for (const [key, item] of Object.entries(value)) {
    if (!CONFIG_KEYS.includes(key)) throw unknownKey(key, CONFIG_KEYS, source);
    if (key === 'job') validateJobSource(item, { source, keys: JOB_KEYS, allowValue: false });
    else if (key === 'apiSchema' || key === 'modelSchema') validateSchemaSource(key, item, source);
    else checkValue(source, key, item, CONFIG_OPTION_RULES[key]);
  }
  return value as UserConfig;
}

/**
 * Checks a job source (`{ file }` or `{ appId, environmentName, id, ... }`, and in code
 * `{ value }`): known keys, string values, one complete way of naming the job.
 */
export function validateJobSource(
  job: unknown,
  where: { source: string; keys: readonly string[]; allowValue: boolean },
): void {
  if (job === undefined) return;
  const { source } = where;
  if (job === null || typeof job !== 'object' || Array.isArray(job)) {
    throw new UsageError(`${source}: "job" must be an object, not ${describeValue(job)}`, {
      hint: 'Use { file: "job.json" } or { appId, environmentName, id }.',
    });
  }
  const entries = job as Record<string, unknown>;
  for (const [key, item] of Object.entries(entries)) {
    if (!where.keys.includes(key)) throw unknownKey(`job.${key}`, where.keys, source);
    if (key === 'value' || key === 'client') continue;
    checkValue(source, `job.${key}`, item, JOB_RULES[key]);
  }
  const named = ['file' in entries, 'appId' in entries, where.allowValue && 'value' in entries];
  if (named.filter(Boolean).length !== 1) {
    throw new UsageError(`${source}: "job" must name exactly one job source`, {
      hint: 'Use { file: "job.json" } or { appId, environmentName, id }.',
    });
  }
  if (where.allowValue && 'value' in entries) {
    const item = entries['value'];
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new UsageError(
        `${source}: "job.value" must be a job object, not ${describeValue(item)}`,
        {
          hint: 'Pass the parsed job ({ job: {...} } or the bare job).',
        },
      );
    }
  }
  if ('appId' in entries) {
    const missing = ['environmentName', 'id'].filter((k) => entries[k] === undefined);
    if (missing.length > 0) {
      throw new UsageError(`${source}: "job" names an app but not its ${missing.join(' and ')}`, {
        hint: 'Give appId, environmentName and id together.',
      });
    }
  }
}

/** Throws the `UsageError` for `key` when `value` is set and breaks `rule`. */
export function checkValue(
  source: string,
  key: string,
  value: unknown,
  rule: OptionRule | undefined,
): void {
  if (value === undefined || rule === undefined || rule.test(value)) return;
  throw new UsageError(
    `${source}: "${key}" must be ${rule.expected}, not ${describeValue(value)}`,
    {
      hint: `Fix "${key}" in ${source}.`,
    },
  );
}

/** The `UsageError` for an unknown key, with a "did you mean" when one is close. */
export function unknownKey(key: string, known: readonly string[], source: string): UsageError {
  const last = key.split('.').pop() ?? key;
  const suggestion = didYouMean(last, known);
  return new UsageError(`${source}: unknown key "${key}"`, {
    hint: suggestion ? `Did you mean "${suggestion}"?` : `Known keys: ${known.join(', ')}.`,
  });
}

/**
 * `apiSchema` is a file path or `{ appSyncApiId, region?, profile?, endpoint? }`; `modelSchema` a
 * path, `aws:<apiName>`, or `{ apiName, region?, profile?, endpoint? }`.
 */
export function validateSchemaSource(
  key: 'apiSchema' | 'modelSchema',
  value: unknown,
  source: string,
): void {
  if (value === undefined || (typeof value === 'string' && value.length > 0)) return;
  const [keys, id] =
    key === 'apiSchema' ? [API_SCHEMA_KEYS, 'appSyncApiId'] : [MODEL_SCHEMA_KEYS, 'apiName'];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(
      `${source}: "${key}" must be a path or an object, not ${describeValue(value)}`,
      {
        hint: `Use "${key}": "<path>", or { ${id}: "<id>", region: "<region>" }.`,
      },
    );
  }
  for (const [name, item] of Object.entries(value)) {
    if (!keys.includes(name)) throw unknownKey(`${key}.${name}`, keys, source);
    if (typeof item !== 'string' || item.length === 0)
      throw new UsageError(
        `${source}: "${key}.${name}" must be a non-empty string, not ${describeValue(item)}`,
        {
          hint: `Fix "${key}.${name}" in ${source}.`,
        },
      );
  }
  if (!(id in value))
    throw new UsageError(`${source}: "${key}" needs "${id}"`, {
      hint: `Give "${id}", or a path instead of an object.`,
    });
}
