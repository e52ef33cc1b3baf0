export type * from './ir.js';
export type * from './job.js';
export { SCALAR_TYPE_NAMES } from './job.js';
export type { Diagnostic, Severity } from './diagnostics.js';
export { jsonPointer, escapePointerSegment } from './diagnostics.js';
export {
  CodegenError,
  UsageError,
  JobSourceError,
  SchemaError,
  ServiceError,
  OutputError,
} from './errors.js';
export { normalizeSchema } from './normalize-schema.js';
export type { NormalizeOptions } from './normalize-schema.js';
