import { GraphQLList, GraphQLNonNull, GraphQLScalarType } from 'graphql';
import type { GraphQLNamedType, GraphQLType } from 'graphql';
import { scalarTypeText } from './scalar-type.js';
import type { TypeMember } from './type-literal.js';

// Plain `instanceof` rather than graphql-js's `isNonNullType` & co.: in development mode those
// take a slow path on every `false`, which was a tenth of the time on a 1,000-model schema. The
// schema is always built with this package's own graphql-js.

/** The TypeScript text for a named type: a scalar's mapping, otherwise the type's own name. */
export function namedTypeText(type: GraphQLNamedType): string {
  return type instanceof GraphQLScalarType ? scalarTypeText(type.name) : type.name;
}

/**
 * The TypeScript text of a GraphQL type reference, wrapping `leaf` (the named type's text) the
 * way AWS does: nullable adds `| null`, `[T!]` is `Array<T>`, `[T]` is `Array<T | null>`.
 */
export function typeReferenceText(type: GraphQLType, leaf: string): string {
  if (type instanceof GraphQLNonNull) return nonNullText(type.ofType, leaf);
  return `${nonNullText(type, leaf)} | null`;
}

function nonNullText(type: GraphQLType, leaf: string): string {
  if (type instanceof GraphQLList) return `Array<${typeReferenceText(type.ofType, leaf)}>`;
  if (type instanceof GraphQLNonNull) return nonNullText(type.ofType, leaf);
  return leaf;
}

/**
 * A member for a field, input field or variable: non-null is `name: T`; nullable is
 * `name?: T | null`; a non-null one with a default may be left out, so it is `name?: T`.
 */
export function typeReferenceMember(
  name: string,
  type: GraphQLType,
  leaf: string,
  hasDefault = false,
): TypeMember {
  const optional = !(type instanceof GraphQLNonNull) || hasDefault;
  return { name, optional, type: typeReferenceText(type, leaf) };
}
