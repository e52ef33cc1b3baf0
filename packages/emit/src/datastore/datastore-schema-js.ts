import type { EmittedSource } from '../emitted-source.js';
import type { DataStoreSchema } from './introspection-schema-types.js';

/** `models/schema.js`: the DataStore schema object, printed as JSON inside `export const schema`. */
export function createDataStoreSchemaJs(schema: DataStoreSchema, path: string): EmittedSource {
  return {
    kind: 'literal',
    path,
    contents: `export const schema = ${JSON.stringify(schema, null, 2)};\n`,
    comment: 'line',
  };
}
