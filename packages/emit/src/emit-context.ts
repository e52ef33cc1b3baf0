import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { DeployedApiSchema } from './graphql/deployed-schema/deployed-api-schema.js';

/** What every file generator receives: the IR and the resolved emit options. */
export interface EmitContext {
  readonly ir: SchemaIR;
  readonly maxDepth: number;
  readonly typename: boolean;
  readonly pruneCycles: boolean;
  /** Where the AppSync schema SDL goes, normalised, when it is written. */
  readonly appSyncSchemaPath: string | undefined;
  /** The deployed AppSync schema, when given (`EmitOptions.apiSchema`). */
  readonly apiSchema?: DeployedApiSchema | undefined;
}
