import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeBytes, MAX_CONFIG_BYTES } from '@uibuilder-codegen/fetch';
import { UsageError } from '@uibuilder-codegen/core';
import type { UserConfig } from './user-config.js';
import { validateConfig } from './validate-config.js';
import { selfAndAncestors } from '../ancestors.js';

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
  for (const dir of selfAndAncestors(cwd)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
    if (existsSync(path.join(dir, '.git'))) return undefined;
  }
  return undefined;
}

/**
 * How long a config module may take to load (a top-level `await` that never settles, a slow
 * import), in milliseconds.
 */
export const CONFIG_LOAD_TIMEOUT_MS = 10_000;

/**
 * Loads a config file: JSON with `JSON.parse`, TypeScript and JavaScript through jiti. Every way
 * it can go wrong is a usage error (exit 2) naming the file: missing, larger than
 * `MAX_CONFIG_BYTES`, not parseable, throwing while it loads, not settling within `timeoutMs`,
 * or exporting something that is not a config.
 */
export async function loadConfigFile(
  file: string,
  timeoutMs: number = CONFIG_LOAD_TIMEOUT_MS,
): Promise<LoadedConfig> {
  const absolute = path.resolve(file);
  if (!existsSync(absolute)) {
    throw new UsageError(`Config file not found: ${file}`, {
      hint: 'Check the path given to --config.',
    });
  }
  const source = path.basename(absolute);
  checkConfigSize(absolute, source);
  let value: unknown;
  try {
    // A UTF-8 byte order mark (some Windows editors write one) is not JSON, but not an error.
    value = absolute.endsWith('.json')
      ? JSON.parse(readFileSync(absolute, 'utf8').replace(/^\uFEFF/, ''))
      : await withTimeout(importModule(absolute), timeoutMs, source);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Could not load ${source}: ${(error as Error).message}`, {
      hint: 'Fix the config file: it has a syntax error or threw while loading.',
      cause: error,
    });
  }
  try {
    return { config: validateConfig(value, source), file: absolute };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    // A getter or a Proxy in the export that throws when read.
    throw new UsageError(`${source} exports a value that cannot be read: ${String(error)}`, {
      hint: 'Export a plain object: `export default defineConfig({ ... })`.',
      cause: error,
    });
  }
}

async function importModule(absolute: string): Promise<unknown> {
  const { createJiti } = await import('jiti');
  const jiti = createJiti(pathToFileURL(absolute).href, { moduleCache: false });
  return jiti.import(absolute, { default: true });
}

function checkConfigSize(absolute: string, source: string): void {
  const stat = statSync(absolute);
  if (!stat.isFile()) {
    throw new UsageError(`Config ${source} is not a regular file`, {
      hint: 'Pass the path of a uibuilder-codegen.config.{ts,mts,js,mjs,json} file to --config.',
    });
  }
  if (stat.size > MAX_CONFIG_BYTES) {
    throw new UsageError(
      `Config ${source} is larger than the maximum config size (${describeBytes(MAX_CONFIG_BYTES)})`,
      { hint: 'A config file holds a few options; check the path given to --config.' },
    );
  }
}

/** Waits for `work`, or fails after `timeoutMs`; the timer keeps the process alive meanwhile. */
async function withTimeout<T>(work: Promise<T>, timeoutMs: number, source: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(
        new UsageError(
          `Config ${source} did not finish loading within ${timeoutMs / 1000}s (the config load timeout)`,
          {
            hint: 'A top-level await in the config (or in a module it imports) never settles; remove it or make it finish.',
          },
        ),
      );
    }, timeoutMs);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
