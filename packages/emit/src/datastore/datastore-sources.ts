import type { EmitContext } from '../emit-context.js';
import type { GeneratorResult } from '../generator-result.js';
import { createDataStoreIndexDts } from './datastore-index-dts.js';
import { createDataStoreIndexJs } from './datastore-index-js.js';
import { createDataStoreSchemaDts } from './datastore-schema-dts.js';
import { createDataStoreSchemaJs } from './datastore-schema-js.js';
import { dataStoreNameCollisions } from './datastore-names.js';
import { createIntrospectionSchema } from './introspection-schema.js';
import { dataStoreModelOrder } from './topological-order.js';

/**
 * The DataStore model package `apiConfiguration.dataStoreConfig` asks for (DESIGN.md §4):
 * `../models/index.js`, `index.d.ts`, `schema.js` and `schema.d.ts`, the shape `amplify codegen
 * models` writes for JavaScript projects, whatever `script` is (JS and TS apps use it alike).
 *
 * When DataStore could not order the models (a cycle of belongsTo fields), it returns no files and
 * a `DataStoreCycle` error per cycle, instead of a package that throws when it is imported; the
 * same, with `DataStoreNameCollision`, for a type named like something the package declares.
 */
export function createDataStoreSources(context: EmitContext): GeneratorResult {
  const { ir } = context;
  if (ir.render.api.kind !== 'dataStore') return { sources: [], diagnostics: [] };
  // Where AWS's generated components import the models from (the transform decides it).
  const directory = ir.render.api.directory;
  const { order, diagnostics: cycles } = dataStoreModelOrder(ir.models);
  const diagnostics = [...dataStoreNameCollisions(ir), ...cycles];
  if (diagnostics.length > 0) return { sources: [], diagnostics };
  const schema = createIntrospectionSchema(ir, order);
  return {
    sources: [
      createDataStoreIndexJs(ir, `${directory}/index.js`, './schema.js'),
      createDataStoreIndexDts(ir, `${directory}/index.d.ts`),
      createDataStoreSchemaJs(schema, `${directory}/schema.js`),
      createDataStoreSchemaDts(`${directory}/schema.d.ts`),
    ],
    diagnostics: [],
  };
}
