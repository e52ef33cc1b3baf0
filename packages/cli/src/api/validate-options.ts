import { statSync } from 'node:fs';
import { UsageError } from '@uibuilder-codegen/core';
import { API_OPTION_RULES } from '../config/option-rules.js';
import { JOB_KEYS } from '../config/user-config.js';
import {
  checkValue,
  unknownKey,
  validateJobSource,
  validateSchemaSource,
} from '../config/validate-config.js';
import type { GenerateOptions } from './options.js';

/** How messages name the options object. */
const SOURCE = 'generate() options';

/**
 * Checks `generate()`'s options as the config file is checked (same rules, same `UsageError`,
 * exit 2): JavaScript callers and JSON-driven tools can pass anything, and a wrong type must not
 * surface as a `TypeError` deep inside (exit 70) or, for `mode`, as a run that writes nothing.
 */
export function validateGenerateOptions(options: unknown): GenerateOptions {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new UsageError('generate() takes an options object', {
      hint: "Call generate({ job: { file: 'codegen-job.json' } }).",
    });
  }
  const known = ['job', ...Object.keys(API_OPTION_RULES)];
  for (const [key, value] of Object.entries(options)) {
    if (!known.includes(key)) throw unknownKey(key, known, SOURCE);
    if (key === 'job') {
      validateJobSource(value, {
        source: SOURCE,
        keys: [...JOB_KEYS, 'value', 'client'],
        allowValue: true,
      });
    } else if (key === 'apiSchema' || key === 'modelSchema') {
      validateSchemaSource(key, value, SOURCE);
    } else checkValue(SOURCE, key, value, API_OPTION_RULES[key]);
  }
  return options as GenerateOptions;
}

/** The root must be an existing directory: everything is checked against its real path. */
export function checkRoot(root: string): void {
  let stats;
  try {
    stats = statSync(root);
  } catch {
    stats = undefined;
  }
  if (stats?.isDirectory() !== true) {
    throw new UsageError(`The root ${root} ${stats ? 'is not a directory' : 'does not exist'}`, {
      hint: 'Pass a --root (or "root" in the config) that is an existing directory, usually the project.',
    });
  }
}
