import { statSync } from 'node:fs';
import { UsageError } from '@uibuilder-codegen/core';
import { checkOptions } from '../config/check-options.js';
import type { GenerateOptions } from './options.js';

/**
 * Checks `generate()`'s options against the option table, as the config file is checked (same
 * rules, same `UsageError`, exit 2): JavaScript callers and JSON-driven tools can pass anything,
 * and a wrong type must not surface as a `TypeError` deep inside (exit 70) or, for `mode`, as a
 * run that writes nothing.
 */
export function validateGenerateOptions(options: unknown): GenerateOptions {
  checkOptions(
    options,
    { source: 'generate() options', context: 'api' },
    'generate() takes an options object',
    "Call generate({ job: { file: 'codegen-job.json' } }).",
  );
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
