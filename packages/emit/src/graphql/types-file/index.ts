export { createTypesSource, typesFileJavaScript, typesSourceWithOperations } from './types-file.js';
export type { TypesSourceInput } from './types-file.js';
export { operationTypeAliases } from './operation-types.js';
export type { Declaration } from './declaration.js';
