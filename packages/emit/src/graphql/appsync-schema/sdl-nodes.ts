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

/**
 * The name, named-type and non-null nodes of the schema being built, one per name (or wrapped
 * type): a 5,000-model schema refers to types by name about 490,000 times and names a million
 * things, and one node each was over a third of its 137 MB (BENCHMARKS.md, the library path's
 * memory). AST nodes are never changed once built, so sharing them is safe. Only inside
 * {@link withSharedTypeNodes}: nothing outlives the build.
 */
let shared:
  | {
      names: Map<string, NameNode>;
      types: Map<string, NamedTypeNode>;
      nonNull: Map<TypeNode, NonNullTypeNode>;
    }
  | undefined;

/** The empty list every field without arguments or directives shares (frozen: never changed). */
export const NONE: readonly never[] = Object.freeze([]);

/** Runs `build` with one node per name for every `nameNode`, `namedType` and `nonNull` it makes. */
export function withSharedTypeNodes<T>(build: () => T): T {
  const outer = shared;
  shared = { names: new Map(), types: new Map(), nonNull: new Map() };
  try {
    return build();
  } finally {
    shared = outer;
  }
}

/** A name node. */
export function nameNode(value: string): NameNode {
  const known = shared?.names.get(value);
  if (known !== undefined) return known;
  const node: NameNode = { kind: Kind.NAME, value };
  shared?.names.set(value, node);
  return node;
}

/** `T` */
export function namedType(name: string): NamedTypeNode {
  const known = shared?.types.get(name);
  if (known !== undefined) return known;
  const node: NamedTypeNode = { kind: Kind.NAMED_TYPE, name: nameNode(name) };
  shared?.types.set(name, node);
  return node;
}

/** `T!` (idempotent). */
export function nonNull(type: TypeNode): TypeNode {
  if (type.kind === Kind.NON_NULL_TYPE) return type;
  const known = shared?.nonNull.get(type);
  if (known !== undefined) return known;
  const node = { kind: Kind.NON_NULL_TYPE, type } as NonNullTypeNode;
  shared?.nonNull.set(type, node);
  return node;
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
  args: readonly InputValueDefinitionNode[] = NONE,
  directives: readonly ConstDirectiveNode[] = NONE,
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
    interfaces: NONE,
    directives: NONE,
  };
}

/** `input Name { … }` */
export function inputType(
  name: string,
  fields: readonly InputValueDefinitionNode[],
): InputObjectTypeDefinitionNode {
  return {
    kind: Kind.INPUT_OBJECT_TYPE_DEFINITION,
    name: nameNode(name),
    fields,
    directives: NONE,
  };
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
