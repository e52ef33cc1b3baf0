export type * from './job.js';
export type * from './model-schema-facts.js';
export { SCALAR_TYPE_NAMES } from './job.js';
export { sdlObject, sdlProperty } from './sdl-value.js';
export type { Diagnostic, Severity } from './diagnostics.js';
export { jsonPointer, escapePointerSegment } from './diagnostics.js';
export { DIAGNOSTIC_CATALOGUE, diagnostic } from './diagnostic-catalogue.js';
export type { DiagnosticCode, DiagnosticPayloads } from './diagnostic-catalogue.js';
export {
  CodegenError,
  UsageError,
  JobSourceError,
  SchemaError,
  ServiceError,
  OutputError,
} from './errors.js';
