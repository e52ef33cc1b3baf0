import type { Diagnostic } from '@uibuilder-codegen/core';
import type { EmittedSource } from './emitted-source.js';

/** What a render-config generator (models, GraphQL, DataStore) returns. */
export interface GeneratorResult {
  readonly sources: readonly EmittedSource[];
  readonly diagnostics: readonly Diagnostic[];
}
