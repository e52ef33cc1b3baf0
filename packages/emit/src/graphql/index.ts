import type { EmitContext } from '../emit-context.js';
import type { GeneratorResult } from '../generator-result.js';

/** The files `apiConfiguration.graphQLConfig` asks for (issue 6: being written). */
export function createGraphQLSources(context: EmitContext): GeneratorResult {
  void context;
  return { sources: [], diagnostics: [] };
}
