import type { DeployedApiSchema } from './graphql/deployed-schema/deployed-api-schema.js';

/**
 * Options for {@link emitFiles}, beyond what the job's render config says, fully resolved: emit
 * applies no defaults and checks no ranges. The CLI's option table (`packages/cli/src/config/`)
 * validates them and fills in {@link DEFAULT_EMIT_OPTIONS}.
 */
export interface EmitOptions {
  /** How deep selection sets go, counted as Amplify counts: a whole number from 1 to 99. */
  readonly maxDepth: number;
  /** Select `__typename` on every object (and keep it in the types). */
  readonly typename: boolean;
  /** Never re-enter a model already on the selection path. */
  readonly pruneCycles: boolean;
  /**
   * Also write the AppSync schema the models imply (SDL), at this path relative to the component
   * directory. Absent: not written.
   */
  readonly appSyncSchemaPath?: string | undefined;
  /**
   * The deployed AppSync schema (`readDeployedSchema`): when given, the statements and the types
   * file come from it, one statement per root field, custom operations included, and the job is
   * checked against it. Absent: the schema the job implies.
   */
  readonly apiSchema?: DeployedApiSchema | undefined;
}
