export type * from './ir.js';
export type * from './job.js';
export type * from './model-schema-facts.js';
export { SCALAR_TYPE_NAMES } from './job.js';
export type { Diagnostic, Severity } from './diagnostics.js';
export { jsonPointer, escapePointerSegment } from './diagnostics.js';
export { DIAGNOSTIC_CATALOGUE } from './diagnostic-catalogue.js';
export type { DiagnosticCode, DiagnosticPayloads } from './diagnostic-catalogue.js';
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
export { summarizeSchema, formatSummary, formatDiagnostic } from './summary.js';
export type { SchemaSummary, ModelSummary, RelationSummary } from './summary.js';
export {
  pluralName,
  listQueryName,
  indexQueryName,
  subscriptionFieldName,
  lowerFirst,
  upperFirst,
} from './names.js';
export { readRenderConfig } from './read-render-config.js';
export { normalizeOutputPath } from './output-path.js';
export type { PathResult } from './output-path.js';
