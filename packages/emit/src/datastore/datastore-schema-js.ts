import type { EmittedSource } from '../emitted-source.js';
import { printObjectLiteral } from '../layout/object-literal.js';
import type { DataStoreSchema } from './introspection-schema-types.js';

/**
 * `models/schema.js`: the DataStore schema object as `export const schema`, printed as prettier
 * prints it, so that the CLI need not run prettier over what is, for a large job, most of the
 * output (a 5,000-model schema is about 20 MB).
 */
export function createDataStoreSchemaJs(schema: DataStoreSchema, path: string): EmittedSource {
  return {
    kind: 'literal',
    path,
    contents: `export const schema = ${printObjectLiteral(schema)};\n`,
    comment: 'line',
    prettierStable: true,
  };
}
