/** The AST type node of a graphql-js input type (`ModelStringKeyConditionInput`, `ID!`, `[T]`). */
import { isListType, isNonNullType, Kind } from 'graphql';
import type { GraphQLInputType, TypeNode } from 'graphql';

/** Converts `type` to the type node a variable definition uses. */
export function typeNode(type: GraphQLInputType): TypeNode {
  if (isNonNullType(type)) {
    const inner = typeNode(type.ofType);
    if (inner.kind === Kind.NON_NULL_TYPE) throw new Error('typeNode: nested non-null type');
    return { kind: Kind.NON_NULL_TYPE, type: inner };
  }
  if (isListType(type)) return { kind: Kind.LIST_TYPE, type: typeNode(type.ofType) };
  return { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: type.name } };
}
