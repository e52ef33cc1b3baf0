import { checkOptions } from './check-options.js';
import type { UserConfig } from './user-config.js';

/** Checks a loaded config value against the option table; every problem is a `UsageError`. */
export function validateConfig(value: unknown, source: string): UserConfig {
  checkOptions(
    value,
    { source, context: 'config' },
    `${source} must export an object`,
    'Export `defineConfig({ ... })` as the default export, or write a JSON object.',
  );
  return value as UserConfig;
}
