import path from 'node:path';
import type { GenerateOptions, JobSource } from '../api/options.js';
import { findConfigFile, loadConfigFile } from './load-config.js';
import { usageError } from './option-errors.js';
import { OPTION_ROWS, type DefaultedOption } from './option-table.js';
import type { UserConfig } from './user-config.js';

/** {@link GenerateOptions} with the config file and every default of the option table applied. */
export type ResolvedGenerateOptions = GenerateOptions & {
  readonly job: JobSource;
  readonly cwd: string;
  readonly root: string;
  readonly outDir: string;
} & {
  readonly [K in DefaultedOption & keyof GenerateOptions]-?: Exclude<GenerateOptions[K], undefined>;
};

/**
 * Applies the config file (`options.config`: a path, `true` to search from `cwd`, or `false`/absent
 * for none) under the explicit options: an option given wins, then the config's value, then the
 * option table's default. Paths from the config (and default paths) resolve against its directory,
 * explicit ones against `cwd`.
 */
export async function applyConfig(options: GenerateOptions): Promise<ResolvedGenerateOptions> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const configFile = configFilePath(options);
  const loaded = configFile === undefined ? undefined : await loadConfigFile(configFile);
  if (loaded) options.logger?.debug(`Using config ${loaded.file}`);
  const config: UserConfig = loaded?.config ?? {};
  const configDir = loaded ? path.dirname(loaded.file) : cwd;

  const resolved: Record<string, unknown> = { ...options, cwd };
  for (const [name, row] of OPTION_ROWS) {
    if (!row.contexts.includes('api') || name === 'job' || name === 'cwd') continue;
    const given = (options as Record<string, unknown>)[name];
    const configured = row.contexts.includes('config')
      ? (config as Record<string, unknown>)[name]
      : undefined;
    const value =
      given !== undefined
        ? resolvePath(row.path, given, cwd)
        : configured !== undefined
          ? resolvePath(row.path, configured, configDir)
          : resolvePath(row.path, row.default, configDir);
    if (value !== undefined) resolved[name] = value;
  }
  resolved['root'] ??= configDir;
  resolved['job'] = options.job ?? configJob(config, configDir);
  if (resolved['job'] === undefined) {
    throw usageError(
      'No job given',
      'Pass --job-file <path>, or --app-id, --environment and --job-id, or set "job" in uibuilder-codegen.config.ts.',
    );
  }
  // Each key was set from its row above; the table types check the rows against the options.
  return resolved as unknown as ResolvedGenerateOptions;
}

/**
 * The config file `options.config` names: its path, the one found from `cwd` upwards for `true`,
 * or `undefined`. Watchers use it to watch the file even when it fails to load.
 */
export function configFilePath(
  options: Pick<GenerateOptions, 'config' | 'cwd'>,
): string | undefined {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  if (typeof options.config === 'string') return path.resolve(cwd, options.config);
  return options.config === true ? findConfigFile(cwd) : undefined;
}

function configJob(config: UserConfig, configDir: string): JobSource | undefined {
  const job = config.job;
  if (job === undefined) return undefined;
  if ('file' in job) return { file: job.file === '-' ? '-' : path.resolve(configDir, job.file) };
  return job;
}

/**
 * A path option's value resolved against `dir`; other values as they are. `aws:<apiName>` and
 * source objects (`{ appSyncApiId }`) are not paths.
 */
function resolvePath(isPath: true | undefined, value: unknown, dir: string): unknown {
  if (isPath !== true || typeof value !== 'string' || value.startsWith('aws:')) return value;
  return path.resolve(dir, value);
}
