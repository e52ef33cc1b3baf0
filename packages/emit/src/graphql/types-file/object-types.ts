import { Kind } from '../graphql-language.js';
import type { TypeDefinitionNode } from 'graphql';
import type { ApiSchema, FieldsTypeNode } from '../api-schema/api-schema.js';
import { typeAlias } from './declaration.js';
import type { Declaration } from './declaration.js';
import { typeLiteral } from './type-literal.js';
import type { TypeMember } from './type-literal.js';
import { listTypeName, typeNameText, typeReferenceMember } from './type-reference.js';

/**
 * Every output type (models, non-models, `Model<M>Connection`) as an exported type alias with
 * every field of the AppSync type, `__typename: "<Type>"` first when `typename` is on
 * (APPSYNC-CONVENTIONS.md §3, §4). Relationship fields name the connection or model type.
 * Interfaces and unions, which the transformer does not write, are still declared so that no
 * field names a missing type: an interface as its fields, a union as the union of its members.
 */
export function objectTypeAliases(
  schema: ApiSchema,
  types: readonly TypeDefinitionNode[],
  typename: boolean,
): Declaration[] {
  const aliases: Declaration[] = [];
  for (const type of types) {
    const name = type.name.value;
    if (type.kind === Kind.OBJECT_TYPE_DEFINITION || type.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      aliases.push(typeAlias(name, typeLiteral(objectMembers(schema, type, typename))));
    } else if (type.kind === Kind.UNION_TYPE_DEFINITION) {
      const members = (type.types ?? []).map((member) => member.name.value);
      aliases.push(typeAlias(name, members.length === 0 ? 'never' : members.join(' | ')));
    }
  }
  return aliases;
}

function objectMembers(schema: ApiSchema, type: FieldsTypeNode, typename: boolean): TypeMember[] {
  const members: TypeMember[] = [];
  if (typename) {
    members.push({ name: '__typename', optional: false, type: typenameText(schema, type) });
  }
  const list = listTypeName(schema);
  for (const { definition, typeName, scalar } of schema.fields(type)) {
    const leaf = typeNameText(typeName, scalar);
    members.push(typeReferenceMember(list, definition.name.value, definition.type, leaf));
  }
  return members;
}

/** `"Post"`; for an interface, the names of the object types that implement it. */
function typenameText(schema: ApiSchema, type: FieldsTypeNode): string {
  if (type.kind === Kind.OBJECT_TYPE_DEFINITION) return JSON.stringify(type.name.value);
  const names = schema
    .implementations(type.name.value)
    .map((possible) => JSON.stringify(possible.name.value));
  return names.length === 0 ? 'never' : names.join(' | ');
}
