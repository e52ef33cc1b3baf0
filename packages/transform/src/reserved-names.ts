/**
 * Names that user types must not take. A model, enum or non-model becomes an exported TypeScript
 * type (and, for DataStore, a class) and a GraphQL type; these names cannot be either. Names of
 * JavaScript globals are not among them: generated code never relies on a global a user's type
 * shadows.
 */
import { SCALAR_TYPE_NAMES } from '@uibuilder-codegen/core';

/** JavaScript reserved words: fine as GraphQL field names and TS property names, noted in an info. */
export const JS_RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static await implements package protected interface private public'
  ).split(' '),
);

/**
 * The two globals no generated declaration may take: TypeScript cannot name a type `undefined`,
 * and `globalThis` is how generated code reaches a global that a user's type shadows
 * (`globalThis.Array<Tag>` in a schema with an enum `Array`). Every other global (`Promise`,
 * `Date`, `Array`, `Map`, `JSON`, ...) is a name the transformer deploys and AWS's generators emit,
 * so it is generated (fixtures/real/js-globals).
 */
const UNBINDABLE_GLOBALS = ['undefined', 'globalThis'];

/** GraphQL's root and built-in types, AWS's scalars, and the shared inputs every AppSync schema has (§1.10). */
const GRAPHQL_NAMES = [
  'Query',
  'Mutation',
  'Subscription',
  'Int',
  'Float',
  'ID',
  ...SCALAR_TYPE_NAMES,
  'ModelSortDirection',
  'ModelAttributeTypes',
  'ModelSizeInput',
  'AmplifyAIConversationTurnErrorInput',
];

/**
 * TypeScript's type keywords and the words a type position parses as an operator (`keyof Post`),
 * plus the names strict mode forbids as bindings: `type number = ...`, `Array<keyof | null>` and
 * `export const eval = ...` do not compile, so a type may not take them.
 */
const TS_TYPE_KEYWORDS = (
  'any unknown never number string boolean symbol bigint object void keyof readonly infer unique as ' +
  'arguments eval'
).split(' ');

/** Name → why it is reserved. */
export const RESERVED_TYPE_NAMES: ReadonlyMap<string, string> = new Map([
  ...[...JS_RESERVED_WORDS].map((n): [string, string] => [n, `the JavaScript reserved word ${n}`]),
  ...TS_TYPE_KEYWORDS.map((n): [string, string] => [n, `the TypeScript keyword ${n}`]),
  ...UNBINDABLE_GLOBALS.map((n): [string, string] => [n, `the global ${n}`]),
  ...GRAPHQL_NAMES.map((n): [string, string] => [n, `the GraphQL/AppSync type ${n}`]),
]);
