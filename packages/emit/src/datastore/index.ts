import type { EmitContext } from '../emit-context.js';
import type { GeneratorResult } from '../generator-result.js';

/** The DataStore model package `apiConfiguration.dataStoreConfig` asks for (issue 7: being written). */
export function createDataStoreSources(context: EmitContext): GeneratorResult {
  void context;
  return { sources: [], diagnostics: [] };
}
