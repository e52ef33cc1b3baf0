export { createDataStoreSources } from './datastore-sources.js';
export { createIntrospectionSchema, DATASTORE_CODEGEN_VERSION } from './introspection-schema.js';
export { dataStoreModelOrder } from './topological-order.js';
export type { DataStoreModelOrder } from './topological-order.js';
export type * from './introspection-schema-types.js';
