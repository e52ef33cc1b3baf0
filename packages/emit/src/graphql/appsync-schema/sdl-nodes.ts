/**
 * Small builders for the SDL nodes the AppSync schema is made of. The schema is assembled as a
 * graphql-js `DocumentNode` (so `@aws_subscribe` survives printing) and then built with
 * `buildASTSchema`.
 */
import { Kind } from '../graphql-language.js';
import type {
  ConstArgumentNode,
  ConstDirectiveNode,
  EnumTypeDefinitionNode,
  FieldDefinitionNode,
  InputObjectTypeDefinitionNode,
  InputValueDefinitionNode,
  ListTypeNode,
  NamedTypeNode,
  NameNode,
  NonNullTypeNode,
  ObjectTypeDefinitionNode,
  TypeNode,
} from 'graphql';

/** A name node. */
export function nameNode(value: string): NameNode {
  return { kind: Kind.NAME, value };
}

/** `T` */
export function namedType(name: string): NamedTypeNode {
  return { kind: Kind.NAMED_TYPE, name: nameNode(name) };
}

/** `T!` (idempotent). */
export function nonNull(type: TypeNode): TypeNode {
  return type.kind === Kind.NON_NULL_TYPE
    ? type
    : ({ kind: Kind.NON_NULL_TYPE, type } as NonNullTypeNode);
}

/** `T` without its outer `!`. */
export function nullable(type: TypeNode): TypeNode {
  return type.kind === Kind.NON_NULL_TYPE ? type.type : type;
}

/** `[T]` */
export function listOf(type: TypeNode): ListTypeNode {
  return { kind: Kind.LIST_TYPE, type };
}

/** An argument or input field: `name: Type`. */
export function inputValue(name: string, type: TypeNode): InputValueDefinitionNode {
  return { kind: Kind.INPUT_VALUE_DEFINITION, name: nameNode(name), type };
}

/** An output field with optional arguments and directives. */
export function fieldDefinition(
  name: string,
  type: TypeNode,
  args: readonly InputValueDefinitionNode[] = [],
  directives: readonly ConstDirectiveNode[] = [],
): FieldDefinitionNode {
  return {
    kind: Kind.FIELD_DEFINITION,
    name: nameNode(name),
    type,
    arguments: args,
    directives,
  };
}

/** `type Name { … }` */
export function objectType(
  name: string,
  fields: readonly FieldDefinitionNode[],
): ObjectTypeDefinitionNode {
  return {
    kind: Kind.OBJECT_TYPE_DEFINITION,
    name: nameNode(name),
    fields,
    interfaces: [],
    directives: [],
  };
}

/** `input Name { … }` */
export function inputType(
  name: string,
  fields: readonly InputValueDefinitionNode[],
): InputObjectTypeDefinitionNode {
  return { kind: Kind.INPUT_OBJECT_TYPE_DEFINITION, name: nameNode(name), fields, directives: [] };
}

/** `enum Name { … }` */
export function enumType(name: string, values: readonly string[]): EnumTypeDefinitionNode {
  return {
    kind: Kind.ENUM_TYPE_DEFINITION,
    name: nameNode(name),
    directives: [],
    values: values.map((value) => ({
      kind: Kind.ENUM_VALUE_DEFINITION,
      name: nameNode(value),
      directives: [],
    })),
  };
}

/** `@aws_subscribe(mutations: ["createPost"])` */
export function awsSubscribeDirective(mutationFieldNames: readonly string[]): ConstDirectiveNode {
  const mutations: ConstArgumentNode = {
    kind: Kind.ARGUMENT,
    name: nameNode('mutations'),
    value: {
      kind: Kind.LIST,
      values: mutationFieldNames.map((value) => ({ kind: Kind.STRING, value })),
    },
  };
  return { kind: Kind.DIRECTIVE, name: nameNode('aws_subscribe'), arguments: [mutations] };
}
