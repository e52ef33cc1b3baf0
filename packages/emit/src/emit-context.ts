import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { EmitOptions } from './emit-options.js';

/** What every file generator receives: the IR and the resolved emit options. */
export interface EmitContext extends EmitOptions {
  readonly ir: SchemaIR;
  /** Where the AppSync schema SDL goes, normalised, when it is written. */
  readonly appSyncSchemaPath: string | undefined;
}
