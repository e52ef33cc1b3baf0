/**
 * The deployed AppSync schema as the generators read it: SDL (what `aws appsync
 * get-introspection-schema --format SDL` writes, and Amplify Gen1's `build/schema.graphql`) or an
 * introspection result (`{ "data": { "__schema": … } }` or the bare `__schema` object, as parsed
 * from `schema.json`), turned into one SDL document. AppSync's SDL leaves its own scalars,
 * `@aws_subscribe` and its auth directives undeclared; they are declared here so that the document
 * stands on its own.
 */
import { createRequire } from 'node:module';
import { diagnostic, SchemaError } from '@uibuilder-codegen/core';
import type { DocumentNode, IntrospectionQuery } from 'graphql';
import type * as BuildClientSchema from 'graphql/utilities/buildClientSchema.js';
import type * as PrintSchema from 'graphql/utilities/printSchema.js';
import { GraphQLError } from 'graphql/error/GraphQLError.js';
import { Kind, parse } from '../graphql-language.js';
import { APPSYNC_PRELUDE } from '../appsync-schema/build-appsync-schema.js';
import type { DeployedApiSchema } from './deployed-api-schema.js';
import { parseSharedSdl } from './parse-shared-sdl.js';

/**
 * AppSync's authorization directives, which a deployed schema with more than one auth mode
 * carries (`@aws_cognito_user_pools` on an owner-authorized model) and its SDL leaves undeclared.
 */
const AUTH_DIRECTIVES = `directive @aws_api_key on OBJECT | FIELD_DEFINITION
directive @aws_iam on OBJECT | FIELD_DEFINITION
directive @aws_oidc on OBJECT | FIELD_DEFINITION
directive @aws_lambda on OBJECT | FIELD_DEFINITION
directive @aws_cognito_user_pools(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
directive @aws_auth(cognito_groups: [String]) on FIELD_DEFINITION
`;

const PRELUDE = parse(APPSYNC_PRELUDE + AUTH_DIRECTIVES, { noLocation: true }).definitions;

/** What {@link readDeployedSchema} reads: SDL text, or a parsed introspection result. */
export type DeployedSchemaInput =
  | { readonly sdl: string; readonly source: string }
  | { readonly introspection: unknown; readonly source: string };

/**
 * Reads the deployed schema; `source` (a file name or `appsync:<apiId>`) names it in messages.
 * @throws SchemaError (exit 3) for SDL that does not parse (at `source:line:column`) or an
 *   introspection result graphql-js cannot build.
 */
export function readDeployedSchema(input: DeployedSchemaInput): DeployedApiSchema {
  const { source } = input;
  const sdl = 'sdl' in input ? input.sdl : sdlOfIntrospection(input.introspection, source);
  let document: DocumentNode;
  try {
    document = sdl.trim() === '' ? { kind: Kind.DOCUMENT, definitions: [] } : parseSharedSdl(sdl);
  } catch (error) {
    const at = error instanceof GraphQLError ? error.locations?.[0] : undefined;
    const where = at === undefined ? source : `${source}:${at.line}:${at.column}`;
    throw unreadable(where, error instanceof GraphQLError ? error.message : String(error));
  }
  if (document.definitions.length === 0) throw unreadable(source, 'it declares no types');
  return { document: withAppSyncPrelude(document), source };
}

/** `document` with each AWS scalar and directive that it does not declare itself. */
function withAppSyncPrelude(document: DocumentNode): DocumentNode {
  const declared = new Set(
    document.definitions.flatMap((d) => ('name' in d && d.name ? [d.name.value] : [])),
  );
  const missing = PRELUDE.filter((d) => 'name' in d && d.name && !declared.has(d.name.value));
  return { kind: Kind.DOCUMENT, definitions: [...missing, ...document.definitions] };
}

function sdlOfIntrospection(json: unknown, source: string): string {
  const root = json as { data?: { __schema?: unknown }; __schema?: unknown } | null;
  const schema = root?.data?.__schema ?? root?.__schema ?? (isSchema(root) ? root : undefined);
  if (schema === undefined || schema === null || typeof schema !== 'object') {
    throw unreadable(source, 'the JSON holds no "__schema" (nor "data.__schema")');
  }
  try {
    return sdlOfSchema({ __schema: schema } as IntrospectionQuery);
  } catch (error) {
    throw unreadable(source, error instanceof Error ? error.message : String(error));
  }
}

/**
 * graphql-js's schema classes and printer, which only an introspection result needs: they are
 * most of graphql-js, so they are required on first use rather than on every start. They come
 * from node_modules, not from the copy of graphql-js's language modules the bundle inlines
 * (scripts/bundle.mjs): only the printed SDL text crosses between the two, never a node or class.
 */
function sdlOfSchema(introspection: IntrospectionQuery): string {
  const require = createRequire(import.meta.url);
  const { buildClientSchema } =
    require('graphql/utilities/buildClientSchema.js') as typeof BuildClientSchema;
  const { printSchema } = require('graphql/utilities/printSchema.js') as typeof PrintSchema;
  return printSchema(buildClientSchema(introspection));
}

/** A bare `__schema` value (what some tools save): it has `types` and `queryType`. */
function isSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'types' in value && 'queryType' in value;
}

function unreadable(where: string, reason: string): SchemaError {
  return new SchemaError([diagnostic('UnreadableApiSchema', '', { source: where, reason })]);
}
