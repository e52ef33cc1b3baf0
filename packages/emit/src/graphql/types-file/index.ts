export { createTypesSource } from './types-file.js';
export type { TypesSourceInput } from './types-file.js';
