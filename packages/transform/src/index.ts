export type * from './ir.js';
export { normalizeSchema } from './normalize-schema.js';
export type { NormalizeOptions } from './normalize-schema.js';
export { summarizeSchema } from './summary.js';
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
