export type { GeneratedFile } from './generated-file.js';
export type { EmitOptions } from './emit-options.js';
export type { EmitContext } from './emit-context.js';
export type { EmittedSource } from './emitted-source.js';
export type { GeneratorResult } from './generator-result.js';
export type { EmitResult } from './emit-files.js';
export { emitFiles } from './emit-files.js';
export { BANNER_NOTICE } from './banner.js';
