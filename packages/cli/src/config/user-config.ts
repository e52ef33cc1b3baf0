import type { ApiSchemaSource, JobSource, ModelSchemaSource } from '../api/options.js';

/** The job sources a config file can name: a file, or AWS (a client object cannot live in a file). */
export type ConfigJobSource =
  | Extract<JobSource, { readonly file: string }>
  | Omit<Extract<JobSource, { readonly appId: string }>, 'client'>;

/**
 * The config file's shape (`uibuilder-codegen.config.{ts,mts,js,mjs,json}`). Relative paths in it
 * resolve against the config file's directory; command-line flags override it. Its keys and
 * types are the option table's (option-table.ts; checked by option-types.ts).
 */
export interface UserConfig {
  /** Where the job comes from: `{ file }` or `{ appId, environmentName, id, region?, profile?, endpoint? }`. */
  readonly job?: ConfigJobSource;
  /** The component directory. @default 'src/ui-components' */
  readonly outDir?: string;
  /** Nothing is written outside it. @default the config file's directory */
  readonly root?: string;
  /** @default 3 */
  readonly maxDepth?: number;
  /** @default true */
  readonly typename?: boolean;
  /** @default false */
  readonly pruneCycles?: boolean;
  /** Write the AppSync schema SDL here, relative to `outDir`. @default undefined */
  readonly appSyncSchemaPath?: string;
  /**
   * The deployed AppSync schema: a file (SDL or introspection JSON), or
   * `{ appSyncApiId, region?, profile?, endpoint? }` to fetch it. @default undefined
   */
  readonly apiSchema?: string | Omit<Exclude<ApiSchemaSource, string>, 'client'>;
  /**
   * The Amplify model SDL: a file or folder, `aws:<apiName>`, or `{ apiName, region?, profile?,
   * endpoint? }` (fetched for the job's app and environment). @default undefined
   */
  readonly modelSchema?: ModelSchemaSource;
  /** Make a disagreement between the job and `apiSchema` an error. @default false */
  readonly strictSchema?: boolean;
  /** Format with prettier. @default true */
  readonly format?: boolean;
  /** Download the job's React components into `outDir` (`--components`). @default false */
  readonly components?: boolean;
  /** Poll an in-progress job for up to this many seconds. @default undefined */
  readonly waitSeconds?: number;
  /** The deadline of each AWS request, body included, in seconds (`--request-timeout`). @default 30 */
  readonly requestTimeout?: number;
}

/** Identity function that types a config file's default export. */
export function defineConfig(config: UserConfig): UserConfig {
  return config;
}
