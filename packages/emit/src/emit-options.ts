import type { DeployedApiSchema } from './graphql/deployed-schema/deployed-api-schema.js';

/** Options for {@link emitFiles}, beyond what the job's render config says. */
export interface EmitOptions {
  /** How deep selection sets go, counted as Amplify counts. @default 3 */
  readonly maxDepth?: number;
  /** Select `__typename` on every object (and keep it in the types). @default true */
  readonly typename?: boolean;
  /** Never re-enter a model already on the selection path. @default false */
  readonly pruneCycles?: boolean;
  /**
   * Also write the AppSync schema the models imply (SDL), at this path relative to the component
   * directory. @default undefined (not written)
   */
  readonly appSyncSchemaPath?: string;
  /**
   * The deployed AppSync schema (`readDeployedSchema`): when given, the statements and the types
   * file come from it, one statement per root field, custom operations included, and the job is
   * checked against it. @default undefined (the schema the job implies)
   */
  readonly apiSchema?: DeployedApiSchema;
}
