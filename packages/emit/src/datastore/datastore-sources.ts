import type { EmitContext } from '../emit-context.js';
import type { GeneratorResult } from '../generator-result.js';
import { createDataStoreIndexDts } from './datastore-index-dts.js';
import { createDataStoreIndexJs } from './datastore-index-js.js';
import { createDataStoreSchemaDts } from './datastore-schema-dts.js';
import { createDataStoreSchemaJs } from './datastore-schema-js.js';
import { dataStoreNameCollisions } from './datastore-names.js';
import { createIntrospectionSchema } from './introspection-schema.js';
import { dataStoreModelOrder } from './topological-order.js';

/** Where AWS's generated components import the DataStore models from, relative to the component directory. */
const MODELS_DIRECTORY = '../models';

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
  const { order, diagnostics: cycles } = dataStoreModelOrder(ir.models);
  const diagnostics = [...dataStoreNameCollisions(ir), ...cycles];
  if (diagnostics.length > 0) return { sources: [], diagnostics };
  const schema = createIntrospectionSchema(ir, order);
  return {
    sources: [
      createDataStoreIndexJs(ir, `${MODELS_DIRECTORY}/index.js`, './schema.js'),
      createDataStoreIndexDts(ir, `${MODELS_DIRECTORY}/index.d.ts`),
      createDataStoreSchemaJs(schema, `${MODELS_DIRECTORY}/schema.js`),
      createDataStoreSchemaDts(`${MODELS_DIRECTORY}/schema.d.ts`),
    ],
    diagnostics: [],
  };
}
