import type { ApiSchemaSource, ModelSchemaSource } from '../api/options.js';

/**
 * The flags that give the schemas beside the job, shared by `generate` and `inspect` (declared in
 * the option table: `config/generation-options.ts`).
 */
export interface SchemaSourceFlags {
  readonly apiSchema?: string;
  readonly appsyncApiId?: string;
  readonly modelSchema?: string;
  readonly region?: string;
  readonly profile?: string;
  readonly endpoint?: string;
}

/** Drops the keys whose value is undefined, so they do not hide the config file's values. */
export function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** `--api-schema <file>`, or `--appsync-api-id <id>` with the AWS connection flags. */
export function apiSchemaFromFlags(flags: SchemaSourceFlags): ApiSchemaSource | undefined {
  if (flags.appsyncApiId === undefined) return flags.apiSchema;
  return {
    appSyncApiId: flags.appsyncApiId,
    ...defined({ region: flags.region, profile: flags.profile, endpoint: flags.endpoint }),
  };
}

/** `--model-schema <path>`, or `aws:<apiName>` with the AWS connection flags. */
export function modelSchemaFromFlags(flags: SchemaSourceFlags): ModelSchemaSource | undefined {
  const given = flags.modelSchema;
  if (given === undefined || !given.startsWith('aws:')) return given;
  return {
    apiName: given.slice('aws:'.length),
    ...defined({ region: flags.region, profile: flags.profile, endpoint: flags.endpoint }),
  };
}
