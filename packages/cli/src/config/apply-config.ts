import path from 'node:path';
import { UsageError } from '@uibuilder-codegen/core';
import type { GenerateOptions, JobSource, ModelSchemaSource } from '../api/options.js';
import { findConfigFile, loadConfigFile } from './load-config.js';
import type { UserConfig } from './user-config.js';

/** {@link GenerateOptions} with every default and the config file applied. */
export type ResolvedGenerateOptions = GenerateOptions & {
  readonly job: JobSource;
  readonly cwd: string;
  readonly root: string;
  readonly outDir: string;
};

/**
 * Applies the config file (`options.config`: a path, `true` to search from `cwd`, or `false`/absent
 * for none) under the explicit options: an option given wins, then the config's value, then the
 * default. Paths from the config resolve against its directory, explicit ones against `cwd`.
 */
export async function applyConfig(options: GenerateOptions): Promise<ResolvedGenerateOptions> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const configFile = configFilePath(options);
  const loaded = configFile === undefined ? undefined : await loadConfigFile(configFile);
  if (loaded) options.logger?.debug(`Using config ${loaded.file}`);
  const config: UserConfig = loaded?.config ?? {};
  const configDir = loaded ? path.dirname(loaded.file) : cwd;
  const fromConfig = (p: string | undefined) =>
    p === undefined ? undefined : path.resolve(configDir, p);
  const fromOption = (p: string | undefined) =>
    p === undefined ? undefined : path.resolve(cwd, p);

  const job = options.job ?? configJob(config, configDir);
  if (job === undefined) {
    throw new UsageError('No job given', {
      hint: 'Pass --job-file <path>, or --app-id, --environment and --job-id, or set "job" in uibuilder-codegen.config.ts.',
    });
  }
  const waitSeconds = options.waitSeconds ?? config.waitSeconds;
  const requestTimeout = options.requestTimeout ?? config.requestTimeout;
  const appSyncSchemaPath = options.appSyncSchemaPath ?? config.appSyncSchemaPath;
  const apiSchema =
    typeof options.apiSchema === 'string'
      ? fromOption(options.apiSchema)
      : (options.apiSchema ??
        (typeof config.apiSchema === 'string' ? fromConfig(config.apiSchema) : config.apiSchema));
  return {
    ...options,
    job,
    cwd,
    outDir:
      fromOption(options.outDir) ??
      fromConfig(config.outDir) ??
      path.resolve(configDir, 'src/ui-components'),
    root: fromOption(options.root) ?? fromConfig(config.root) ?? configDir,
    maxDepth: options.maxDepth ?? config.maxDepth ?? 3,
    typename: options.typename ?? config.typename ?? true,
    pruneCycles: options.pruneCycles ?? config.pruneCycles ?? false,
    format: options.format ?? config.format ?? true,
    components: options.components ?? config.components ?? false,
    strictSchema: options.strictSchema ?? config.strictSchema ?? false,
    ...defined(
      'modelSchema',
      modelSchemaOf(options.modelSchema, fromOption) ??
        modelSchemaOf(config.modelSchema, fromConfig),
    ),
    ...(apiSchema === undefined ? {} : { apiSchema }),
    ...(appSyncSchemaPath === undefined ? {} : { appSyncSchemaPath }),
    ...(waitSeconds === undefined ? {} : { waitSeconds }),
    ...(requestTimeout === undefined ? {} : { requestTimeout }),
  };
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

/** `{ [key]: value }`, or nothing when `value` is undefined (so it does not hide a default). */
function defined<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return value === undefined ? {} : ({ [key]: value } as { [P in K]?: V });
}

/** A model-schema path resolved by `resolve`; `aws:<apiName>` and `{ apiName }` as they are. */
function modelSchemaOf(
  source: ModelSchemaSource | undefined,
  resolve: (p: string | undefined) => string | undefined,
): ModelSchemaSource | undefined {
  return typeof source === 'string' && !source.startsWith('aws:') ? resolve(source) : source;
}
