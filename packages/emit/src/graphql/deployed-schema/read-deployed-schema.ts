/**
 * The deployed AppSync schema as the generators read it: SDL (what `aws appsync
 * get-introspection-schema --format SDL` writes, and Amplify Gen1's `build/schema.graphql`) or
 * introspection JSON (`{ "data": { "__schema": … } }` or the bare `__schema` object), turned into
 * one SDL document. AppSync's SDL leaves its own scalars and directives undeclared; they are
 * declared here so that the document stands on its own.
 */
import { SchemaError } from '@uibuilder-codegen/transform';
import type { DocumentNode, IntrospectionQuery } from 'graphql';
import { buildClientSchema } from 'graphql/utilities/buildClientSchema.js';
import { printSchema } from 'graphql/utilities/printSchema.js';
import { GraphQLError } from 'graphql/error/GraphQLError.js';
import { Kind, parse } from '../graphql-language.js';
import { APPSYNC_PRELUDE } from '../appsync-schema/build-appsync-schema.js';
import type { DeployedApiSchema } from './deployed-api-schema.js';

const PRELUDE = parse(APPSYNC_PRELUDE, { noLocation: true }).definitions;

/** Parses `text` (from `source`, a file name for messages); a `SchemaError` (exit 3) when it cannot. */
export function readDeployedSchema(text: string, source: string): DeployedApiSchema {
  const sdl = text.trimStart().startsWith('{') ? sdlOfIntrospection(text, source) : text;
  let document: DocumentNode;
  try {
    document = parse(sdl, { noLocation: true });
  } catch (error) {
    const at = error instanceof GraphQLError ? error.locations?.[0] : undefined;
    const where = at === undefined ? source : `${source}:${at.line}:${at.column}`;
    throw unreadable(where, error instanceof GraphQLError ? error.message : String(error));
  }
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

function sdlOfIntrospection(text: string, source: string): string {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw unreadable(`${source}${jsonPosition(text, message)}`, message);
  }
  const root = json as { data?: { __schema?: unknown }; __schema?: unknown } | null;
  const schema = root?.data?.__schema ?? root?.__schema ?? (isSchema(root) ? root : undefined);
  if (schema === undefined || schema === null || typeof schema !== 'object') {
    throw unreadable(source, 'the JSON holds no "__schema" (nor "data.__schema")');
  }
  try {
    return printSchema(buildClientSchema({ __schema: schema } as IntrospectionQuery));
  } catch (error) {
    throw unreadable(source, error instanceof Error ? error.message : String(error));
  }
}

/** A bare `__schema` value (what some tools save): it has `types` and `queryType`. */
function isSchema(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'types' in value && 'queryType' in value;
}

/** `:line:column` of the offset a `JSON.parse` message names, or nothing. */
function jsonPosition(text: string, message: string): string {
  const match = /position (\d+)/.exec(message);
  if (match?.[1] === undefined) return '';
  const before = text.slice(0, Number(match[1]));
  const line = before.split('\n').length;
  return `:${line}:${before.length - before.lastIndexOf('\n')}`;
}

function unreadable(where: string, reason: string): SchemaError {
  return new SchemaError([
    {
      severity: 'error',
      code: 'UnreadableApiSchema',
      path: '',
      message: `${where}: the API schema is neither GraphQL SDL nor introspection JSON: ${reason}`,
      hint: 'Give the file `aws appsync get-introspection-schema --format SDL` writes, or Amplify Gen1 amplify/backend/api/<name>/build/schema.graphql.',
    },
  ]);
}
