/**
 * Test support: the AppSync schema our builder writes, as a graphql-js `GraphQLSchema`, which the
 * tests validate emitted documents against (the generators read the SDL document directly; see
 * `api-schema.ts`). The SDL rules are not re-checked here; the tests build every corpus schema
 * with them.
 */
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { buildASTSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { buildAppSyncSchemaDocument } from '../appsync-schema/build-appsync-schema.js';

/** `buildASTSchema` of the document `buildAppSyncSchemaDocument` builds for `ir`. */
export function buildAppSyncSchema(ir: SchemaIR): GraphQLSchema {
  return buildASTSchema(buildAppSyncSchemaDocument(ir), { assumeValidSDL: true });
}
