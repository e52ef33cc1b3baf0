import { getNamedType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import type {
  GraphQLInterfaceType,
  GraphQLNamedType,
  GraphQLObjectType,
  GraphQLSchema,
} from 'graphql';
import { typeAlias } from './declaration.js';
import type { Declaration } from './declaration.js';
import { typeLiteral } from './type-literal.js';
import type { TypeMember } from './type-literal.js';
import { namedTypeText, typeReferenceMember } from './type-reference.js';

/**
 * Every output type (models, non-models, `Model<M>Connection`) as an exported type alias with
 * every field of the AppSync type, `__typename: "<Type>"` first when `typename` is on
 * (APPSYNC-CONVENTIONS.md §3, §4). Relationship fields name the connection or model type.
 * Interfaces and unions, which the transformer does not write, are still declared so that no
 * field names a missing type: an interface as its fields, a union as the union of its members.
 */
export function objectTypeAliases(
  schema: GraphQLSchema,
  types: readonly GraphQLNamedType[],
  typename: boolean,
): Declaration[] {
  const aliases: Declaration[] = [];
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      aliases.push(typeAlias(type.name, typeLiteral(objectMembers(schema, type, typename))));
    } else if (isUnionType(type)) {
      const members = type.getTypes().map((member) => member.name);
      aliases.push(typeAlias(type.name, members.length === 0 ? 'never' : members.join(' | ')));
    }
  }
  return aliases;
}

function objectMembers(
  schema: GraphQLSchema,
  type: GraphQLObjectType | GraphQLInterfaceType,
  typename: boolean,
): TypeMember[] {
  const members: TypeMember[] = [];
  if (typename) {
    members.push({ name: '__typename', optional: false, type: typenameText(schema, type) });
  }
  for (const field of Object.values(type.getFields())) {
    members.push(
      typeReferenceMember(field.name, field.type, namedTypeText(getNamedType(field.type))),
    );
  }
  return members;
}

/** `"Post"`; for an interface, the names of the object types that implement it. */
function typenameText(
  schema: GraphQLSchema,
  type: GraphQLObjectType | GraphQLInterfaceType,
): string {
  if (isObjectType(type)) return JSON.stringify(type.name);
  const names = schema.getPossibleTypes(type).map((possible) => JSON.stringify(possible.name));
  return names.length === 0 ? 'never' : names.join(' | ');
}
