import type { CodegenJob } from '@uibuilder-codegen/core';

/** Where the job comes from: a saved file (`'-'` for stdin), AWS, or a value from code. */
export type JobSource =
  | { readonly file: string }
  | {
      readonly appId: string;
      readonly environmentName: string;
      readonly id: string;
      readonly region?: string;
      readonly profile?: string;
      readonly endpoint?: string;
      /** An `AmplifyUIBuilderClient` to use instead of building one. */
      readonly client?: unknown;
    }
  | { readonly value: CodegenJob | { readonly job: CodegenJob } };

/** Where the deployed AppSync schema comes from: a file path, or AppSync itself. */
export type ApiSchemaSource =
  | string
  | {
      /** The AppSync GraphQL API id. */
      readonly appSyncApiId: string;
      readonly region?: string;
      readonly profile?: string;
      readonly endpoint?: string;
      /** An `AppSyncClient` to use instead of building one. */
      readonly client?: unknown;
    };

/** Where the Amplify model SDL comes from: a path, `aws:<apiName>`, or AmplifyBackend. */
export type ModelSchemaSource =
  | string
  | {
      /** The API's name (`amplify/backend/api/<name>`), in the job's app and environment. */
      readonly apiName: string;
      readonly region?: string;
      readonly profile?: string;
      readonly endpoint?: string;
    };

/** What {@link generate} does with the files. */
export type GenerateMode = 'write' | 'check' | 'dry-run';

/** Receives the library's messages; without one, `generate()` prints nothing. */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  debug(message: string): void;
  /** A long stage started (`'format'`) or progressed. */
  progress?(message: string): void;
}

/** Options of {@link generate}. Relative paths resolve against `cwd`. */
export interface GenerateOptions {
  /** Where the job comes from; may come from the config file instead. */
  readonly job?: JobSource;
  /**
   * A config file to apply under these options: a path, or `true` to search for
   * `uibuilder-codegen.config.{ts,mts,js,mjs,json}` from `cwd` upwards. Options given here win.
   * @default undefined (no config file)
   */
  readonly config?: string | boolean;
  /** The component directory. @default 'src/ui-components' */
  readonly outDir?: string;
  /** Nothing is written outside it. @default '.' (the cwd) */
  readonly root?: string;
  /** @default 'write' */
  readonly mode?: GenerateMode;
  /** How deep selection sets go. @default 3 */
  readonly maxDepth?: number;
  /** Select `__typename` on every object (and keep it in the types). @default true */
  readonly typename?: boolean;
  /** Never re-enter a model already on a selection path. @default false */
  readonly pruneCycles?: boolean;
  /** Also write the AppSync schema (SDL) at this path, relative to `outDir`. @default undefined */
  readonly appSyncSchemaPath?: string;
  /**
   * Also download the job's React components (its `asset.downloadUrl`) and unpack them into
   * `outDir`, in the same plan, manifest and atomic write as the generated files. @default false
   */
  readonly components?: boolean;
  /**
   * The deployed AppSync schema: a file (SDL or introspection JSON), or the API to fetch it from
   * with `GetIntrospectionSchema`. Statements and types come from it, custom operations
   * included, and the job is checked against it. @default undefined
   */
  readonly apiSchema?: ApiSchemaSource;
  /**
   * The Amplify model SDL (a `schema.graphql` file or a `schema/` folder, or `aws:<apiName>` /
   * `{ apiName }` to fetch it for the job's app and environment): its `@index` directives and list
   * nullability make the IR exact (DataStore keys, index queries).
   * @default undefined
   */
  readonly modelSchema?: ModelSchemaSource;
  /** Make a disagreement between the job and `apiSchema` an error (exit 3). @default false */
  readonly strictSchema?: boolean;
  /** Format with prettier (honouring the user's prettier config). @default true */
  readonly format?: boolean;
  /** Overwrite or remove generated files that were edited by hand. @default false */
  readonly force?: boolean;
  /** Poll a job that is still in progress for up to this many seconds. @default undefined (fail at once) */
  readonly waitSeconds?: number;
  /**
   * The deadline of each AWS request, body included, in seconds (`--request-timeout`).
   * @default 30
   */
  readonly requestTimeout?: number;
  /** The directory relative paths resolve against. @default process.cwd() */
  readonly cwd?: string;
  /** Put each file's contents in the result (for previews and `--print`). @default false */
  readonly includeContents?: boolean;
  /**
   * How long to wait, in seconds, while another run holds the component directory's lock
   * (`.uibuilder-codegen.lock`) before stopping with an `OutputError`. @default 30
   */
  readonly lockTimeoutSeconds?: number;
  readonly logger?: Logger;
  /**
   * Cancels the run: nothing more is written once it fires (the run stops between files and
   * rejects with the signal's reason). The library installs no signal handlers; the CLI wires
   * SIGINT, SIGTERM and SIGHUP to this.
   */
  readonly signal?: AbortSignal;
}

/** What happened (or, in `check` and `dry-run`, would happen) to one file. */
export type FileStatus = 'created' | 'updated' | 'unchanged' | 'removed';

/** One file of the result. */
export interface FileResult {
  /** POSIX path relative to the root. */
  readonly path: string;
  readonly status: FileStatus;
  readonly bytes: number;
  /**
   * The file on disk differs from what the manifest recorded (or was not generated by us), so a
   * write refuses to change it without `force`. Present (`true`) only then.
   */
  readonly editedByHand?: true;
  /** A unified diff against the file on disk (in `check` mode, for changed files). */
  readonly diff?: string;
  /** The generated contents, when `includeContents` was set (not for removed files). */
  readonly contents?: string;
}
