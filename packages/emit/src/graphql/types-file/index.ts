export { typesFileJavaScript, typesSourceWithOperations } from './types-file.js';
export { operationTypeAliases } from './operation-types.js';
export type { Declaration } from './declaration.js';
