export { createGraphQLSources } from './graphql-sources.js';
export {
  buildApiSchema,
  buildAppSyncSchemaDocument,
  printAppSyncSchema,
} from './appsync-schema/build-appsync-schema.js';
export { eachOperationDocument } from './statements/operation-documents.js';
export type { OperationDocumentOptions } from './statements/operation-documents.js';
export type { OperationDocument } from './operation-document.js';
