export type { GeneratedFile } from './generated-file.js';
export type { EmitOptions } from './emit-options.js';
export type { EmitContext } from './emit-context.js';
export type { EmittedSource } from './emitted-source.js';
export type { GeneratorResult } from './generator-result.js';
export type { EmitResult } from './emit-files.js';
export { emitFiles } from './emit-files.js';
export { BANNER_NOTICE } from './banner.js';
export type { DeployedApiSchema } from './graphql/deployed-schema/deployed-api-schema.js';
export { readDeployedSchema } from './graphql/deployed-schema/read-deployed-schema.js';
export type { DeployedSchemaInput } from './graphql/deployed-schema/read-deployed-schema.js';
export {
  SCHEMA_DISAGREEMENT,
  checkJobAgainstApi,
} from './graphql/deployed-schema/compare-with-job.js';
export {
  schemaDifferences,
  modelSchemaDifferences,
} from './graphql/deployed-schema/schema-differences.js';
export type { SchemaDifference } from './graphql/deployed-schema/schema-differences.js';
