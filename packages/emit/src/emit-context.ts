import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { EmitOptions } from './emit-options.js';

/** What every file generator receives: the IR and the resolved emit options. */
export interface EmitContext extends EmitOptions {
  readonly ir: SchemaIR;
  /** Always present (possibly `undefined`), so that a generator cannot forget to look. */
  readonly appSyncSchemaPath: string | undefined;
}
