import { isIntrospectionType, isSpecifiedScalarType } from 'graphql';
import type { GraphQLNamedType, GraphQLSchema } from 'graphql';

/**
 * The schema's own named types in schema order, without the root operation types, the
 * introspection types and the built-in scalars.
 *
 * Schema order is the order of `schema.getTypeMap()`: for a schema built from SDL, the order the
 * types are declared in; for one built with `new GraphQLSchema({ types })`, the order of `types`.
 * Either way the same schema gives the same order on every run.
 */
export function declaredTypes(schema: GraphQLSchema): GraphQLNamedType[] {
  const roots = new Set<GraphQLNamedType | null | undefined>([
    schema.getQueryType(),
    schema.getMutationType(),
    schema.getSubscriptionType(),
  ]);
  return Object.values(schema.getTypeMap()).filter(
    (type) => !roots.has(type) && !isIntrospectionType(type) && !isSpecifiedScalarType(type),
  );
}
