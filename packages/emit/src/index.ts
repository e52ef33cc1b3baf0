export type { GeneratedFile } from './generated-file.js';
export type { EmitOptions } from './emit-options.js';
