import { Option, type Command } from 'commander';
import type { ApiSchemaSource, ModelSchemaSource } from '../api/options.js';

/** The flags that give the schemas beside the job, shared by `generate` and `inspect`. */
export interface SchemaSourceFlags {
  readonly apiSchema?: string;
  readonly appsyncApiId?: string;
  readonly modelSchema?: string;
  readonly region?: string;
  readonly profile?: string;
  readonly endpoint?: string;
}

/** Adds `--api-schema`, `--appsync-api-id` and `--model-schema` to a command. */
export function addSchemaSourceOptions(command: Command): Command {
  return command
    .option(
      '--api-schema <path>',
      'the deployed AppSync schema (SDL or introspection JSON): statements and types come from it',
    )
    .addOption(
      new Option(
        '--appsync-api-id <id>',
        'fetch the deployed AppSync schema from this API (with --region, --profile, --endpoint)',
      ).conflicts('apiSchema'),
    )
    .option(
      '--model-schema <path|aws:apiName>',
      "the Amplify model SDL (schema.graphql, its schema/ folder, or aws:<apiName> for the job's app): exact indexes, @model and @auth",
    );
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
