import { Kind } from '../graphql-language.js';
import type { TypeNode } from 'graphql';
import { isScalarTypeName } from '../api-schema/api-schema.js';
import type { ApiSchema } from '../api-schema/api-schema.js';
import { globalName } from '../../typescript/global-name.js';
import { scalarTypeText } from './scalar-type.js';
import type { TypeMember } from './type-literal.js';

/** The TypeScript text for a named type: a scalar's mapping, otherwise the type's own name. */
export function namedTypeText(schema: ApiSchema, name: string): string {
  return typeNameText(name, isScalarTypeName(schema, name));
}

/** {@link namedTypeText} when whether `name` is a scalar is already known. */
export function typeNameText(name: string, scalar: boolean): string {
  return scalar ? scalarTypeText(name) : name;
}

/**
 * How the types file names the list type: `Array`, or `globalThis.Array` when the schema declares a
 * type named `Array`, which the types file exports and so shadows the global.
 */
export function listTypeName(schema: ApiSchema): string {
  return globalName('Array', (name) => schema.type(name) !== undefined);
}

/**
 * The TypeScript text of a GraphQL type reference, wrapping `leaf` (the named type's text) the
 * way AWS does: nullable adds `| null`, `[T!]` is `Array<T>`, `[T]` is `Array<T | null>` (`list`
 * names `Array`, see {@link listTypeName}).
 */
export function typeReferenceText(list: string, type: TypeNode, leaf: string): string {
  if (type.kind === Kind.NON_NULL_TYPE) return nonNullText(list, type.type, leaf);
  return `${nonNullText(list, type, leaf)} | null`;
}

function nonNullText(list: string, type: TypeNode, leaf: string): string {
  if (type.kind === Kind.LIST_TYPE) return `${list}<${typeReferenceText(list, type.type, leaf)}>`;
  if (type.kind === Kind.NON_NULL_TYPE) return nonNullText(list, type.type, leaf);
  return leaf;
}

/**
 * A member for a field, input field or variable: non-null is `name: T`; nullable is
 * `name?: T | null`; a non-null one with a default may be left out, so it is `name?: T`.
 */
export function typeReferenceMember(
  list: string,
  name: string,
  type: TypeNode,
  leaf: string,
  hasDefault = false,
): TypeMember {
  const optional = type.kind !== Kind.NON_NULL_TYPE || hasDefault;
  return { name, optional, type: typeReferenceText(list, type, leaf) };
}
