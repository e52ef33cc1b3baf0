import { UsageError } from '@uibuilder-codegen/transform';
import { didYouMean } from './did-you-mean.js';
import {
  API_SCHEMA_KEYS,
  CONFIG_KEYS,
  JOB_KEYS,
  MODEL_SCHEMA_KEYS,
  type UserConfig,
} from './user-config.js';

const TYPES: Readonly<Record<string, 'string' | 'number' | 'boolean' | 'object'>> = {
  job: 'object',
  outDir: 'string',
  root: 'string',
  maxDepth: 'number',
  typename: 'boolean',
  pruneCycles: 'boolean',
  appSyncSchemaPath: 'string',
  apiSchema: 'object',
  modelSchema: 'object',
  strictSchema: 'boolean',
  format: 'boolean',
  waitSeconds: 'number',
  requestTimeout: 'number',
};

/** Checks a loaded config value; unknown keys and wrong types are usage errors with a hint. */
export function validateConfig(value: unknown, source: string): UserConfig {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`${source} must export an object`, {
      hint: 'Export `defineConfig({ ... })` as the default export, or write a JSON object.',
    });
  }
  for (const [key, item] of Object.entries(value)) {
    if (key === 'apiSchema' || key === 'modelSchema') {
      validateSchemaSource(key, item, source);
      continue;
    }
    const expected = TYPES[key];
    if (!Object.hasOwn(TYPES, key) || expected === undefined) {
      throw unknownKey(key, CONFIG_KEYS, source);
    }
    if (item !== undefined && typeof item !== expected) {
      throw new UsageError(`${source}: "${key}" must be a ${expected}, not ${typeof item}`, {
        hint: `Fix "${key}" in ${source}.`,
      });
    }
  }
  const job = (value as { job?: unknown }).job;
  if (job !== undefined) {
    if (job === null || Array.isArray(job)) {
      throw new UsageError(`${source}: "job" must be an object`, {
        hint: 'Use { file: "job.json" } or { appId, environmentName, id }.',
      });
    }
    for (const key of Object.keys(job)) {
      if (!JOB_KEYS.includes(key)) throw unknownKey(`job.${key}`, JOB_KEYS, source);
    }
  }
  return value as UserConfig;
}

function unknownKey(key: string, known: readonly string[], source: string): UsageError {
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
function validateSchemaSource(
  key: 'apiSchema' | 'modelSchema',
  value: unknown,
  source: string,
): void {
  if (value === undefined || typeof value === 'string') return;
  const [keys, id] =
    key === 'apiSchema' ? [API_SCHEMA_KEYS, 'appSyncApiId'] : [MODEL_SCHEMA_KEYS, 'apiName'];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UsageError(`${source}: "${key}" must be a path or an object`, {
      hint: `Use "${key}": "<path>", or { ${id}: "<id>", region: "<region>" }.`,
    });
  }
  for (const [name, item] of Object.entries(value)) {
    if (!keys.includes(name)) throw unknownKey(`${key}.${name}`, keys, source);
    if (typeof item !== 'string')
      throw new UsageError(`${source}: "${key}.${name}" must be a string, not ${typeof item}`, {
        hint: `Fix "${key}.${name}" in ${source}.`,
      });
  }
  if (!(id in value))
    throw new UsageError(`${source}: "${key}" needs "${id}"`, {
      hint: `Give "${id}", or a path instead of an object.`,
    });
}
