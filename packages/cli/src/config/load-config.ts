import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { UsageError } from '@uibuilder-codegen/transform';
import type { UserConfig } from './user-config.js';
import { validateConfig } from './validate-config.js';

/** The file names searched for, in this order, in each directory. */
export const CONFIG_FILE_NAMES: readonly string[] = [
  'uibuilder-codegen.config.ts',
  'uibuilder-codegen.config.mts',
  'uibuilder-codegen.config.js',
  'uibuilder-codegen.config.mjs',
  'uibuilder-codegen.config.json',
];

/** A loaded config and the file it came from. */
export interface LoadedConfig {
  readonly config: UserConfig;
  readonly file: string;
}

/**
 * Finds the config file from `cwd` upwards, stopping at the first directory that holds `.git`
 * (the repository's top), and loads it. Returns `undefined` when there is none.
 */
export function findConfigFile(cwd: string): string | undefined {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    const parent = path.dirname(dir);
    if (parent === dir || existsSync(path.join(dir, '.git'))) return undefined;
    dir = parent;
  }
}

/** Loads a config file: JSON with `JSON.parse`, TypeScript and JavaScript through jiti. */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) {
    throw new UsageError(`Config file not found: ${file}`, {
      hint: 'Check the path given to --config.',
    });
  }
  const source = path.basename(absolute);
  let value: unknown;
  try {
    if (absolute.endsWith('.json')) {
      // A UTF-8 byte order mark (some Windows editors write one) is not JSON, but not an error.
      value = JSON.parse(readFileSync(absolute, 'utf8').replace(/^\uFEFF/, ''));
    } else {
      const { createJiti } = await import('jiti');
      const jiti = createJiti(pathToFileURL(absolute).href, { moduleCache: false });
      value = await jiti.import(absolute, { default: true });
    }
  } catch (error) {
    throw new UsageError(`Could not load ${source}: ${(error as Error).message}`, {
      hint: 'Fix the syntax error in the config file.',
      cause: error,
    });
  }
  return { config: validateConfig(value, source), file: absolute };
}
