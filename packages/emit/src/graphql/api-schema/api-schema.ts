/**
 * The AppSync schema as the generators read it: an index over the SDL document, not a graphql-js
 * `GraphQLSchema`. Building a `GraphQLSchema` from the document (`buildASTSchema`) was a third of
 * the emit time for 1,000 models and held a second copy of every type; the generators only look
 * types and fields up by name and read type references, which the document already holds. Tests
 * still build a real `GraphQLSchema` from the same document to validate what is emitted.
 */
import { Kind, OperationTypeNode, parse } from '../graphql-language.js';
import type {
  DocumentNode,
  FieldDefinitionNode,
  InterfaceTypeDefinitionNode,
  ObjectTypeDefinitionNode,
  TypeDefinitionNode,
  TypeNode,
} from 'graphql';

/** A type whose fields can be selected. */
export type FieldsTypeNode = ObjectTypeDefinitionNode | InterfaceTypeDefinitionNode;

/** The named types, root types and fields of one SDL document, by name. */
export interface ApiSchema {
  /** The document's named types in declaration order (built-in scalars are not declared). */
  readonly types: readonly TypeDefinitionNode[];
  /** The declared type named `name`. */
  readonly type: (name: string) => TypeDefinitionNode | undefined;
  /** The object type for `operation`: the `schema { … }` entry, else `Query`/`Mutation`/`Subscription`. */
  readonly rootType: (operation: OperationTypeNode) => ObjectTypeDefinitionNode | undefined;
  /** The fields of `type` in order, each with its named type resolved. */
  readonly fields: (type: FieldsTypeNode) => readonly ResolvedField[];
  /** The field `name` of `type`. */
  readonly field: (type: FieldsTypeNode, name: string) => ResolvedField | undefined;
  /** The object types that implement the interface `name`, in declaration order. */
  readonly implementations: (name: string) => readonly ObjectTypeDefinitionNode[];
}

/**
 * A field with what its named type is, looked up once per type: a large schema's documents
 * select millions of fields, and resolving each by name was a tenth of the emit time.
 */
export interface ResolvedField {
  readonly definition: FieldDefinitionNode;
  /** The named type inside the field's type (`[Post!]!` -> `Post`). */
  readonly typeName: string;
  /** A scalar, built in or declared. */
  readonly scalar: boolean;
  /** A scalar or an enum: selected without a selection set. */
  readonly leaf: boolean;
  /** The object type the field returns, when it returns one. */
  readonly object: ObjectTypeDefinitionNode | undefined;
}

/** GraphQL's built-in scalars, which an SDL document uses without declaring. */
export const BUILT_IN_SCALARS: ReadonlySet<string> = new Set([
  'String',
  'Int',
  'Float',
  'Boolean',
  'ID',
]);

const DEFAULT_ROOTS: Readonly<Record<OperationTypeNode, string>> = {
  [OperationTypeNode.QUERY]: 'Query',
  [OperationTypeNode.MUTATION]: 'Mutation',
  [OperationTypeNode.SUBSCRIPTION]: 'Subscription',
};

function isTypeDefinition(node: DocumentNode['definitions'][number]): node is TypeDefinitionNode {
  switch (node.kind) {
    case Kind.SCALAR_TYPE_DEFINITION:
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_DEFINITION:
    case Kind.UNION_TYPE_DEFINITION:
    case Kind.ENUM_TYPE_DEFINITION:
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      return true;
    default:
      return false;
  }
}

/**
 * Indexes an SDL document. It is trusted as the AppSync builder writes it (valid SDL, every
 * referenced type declared); type extensions are not read.
 */
export function apiSchemaFromDocument(document: DocumentNode): ApiSchema {
  const types = document.definitions.filter(isTypeDefinition);
  const byName = new Map(types.map((type) => [type.name.value, type]));
  const roots = new Map<OperationTypeNode, string>();
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.SCHEMA_DEFINITION) continue;
    for (const entry of definition.operationTypes)
      roots.set(entry.operation, entry.type.name.value);
  }
  const resolved = new Map<FieldsTypeNode, readonly ResolvedField[]>();
  const fieldMaps = new Map<FieldsTypeNode, Map<string, ResolvedField>>();
  const schema: ApiSchema = {
    types,
    type: (name) => byName.get(name),
    rootType(operation) {
      const root = byName.get(roots.get(operation) ?? DEFAULT_ROOTS[operation]);
      return root?.kind === Kind.OBJECT_TYPE_DEFINITION ? root : undefined;
    },
    fields(type) {
      let fields = resolved.get(type);
      if (fields === undefined) {
        fields = (type.fields ?? []).map((field) => resolveField(schema, field));
        resolved.set(type, fields);
      }
      return fields;
    },
    field(type, name) {
      let fields = fieldMaps.get(type);
      if (fields === undefined) {
        fields = new Map(schema.fields(type).map((field) => [field.definition.name.value, field]));
        fieldMaps.set(type, fields);
      }
      return fields.get(name);
    },
    implementations: (name) =>
      types.filter(
        (type): type is ObjectTypeDefinitionNode =>
          type.kind === Kind.OBJECT_TYPE_DEFINITION &&
          (type.interfaces ?? []).some((i) => i.name.value === name),
      ),
  };
  return schema;
}

function resolveField(schema: ApiSchema, definition: FieldDefinitionNode): ResolvedField {
  const typeName = namedTypeName(definition.type);
  return {
    definition,
    typeName,
    scalar: isScalarTypeName(schema, typeName),
    leaf: isLeafTypeName(schema, typeName),
    object: objectTypeNamed(schema, typeName),
  };
}

/** {@link apiSchemaFromDocument} of SDL text (tests and small schemas). */
export function apiSchemaFromSdl(sdl: string): ApiSchema {
  return apiSchemaFromDocument(parse(sdl, { noLocation: true }));
}

/** The name of the named type inside `type` (`[Post!]!` -> `Post`). */
export function namedTypeName(type: TypeNode): string {
  let inner = type;
  while (inner.kind !== Kind.NAMED_TYPE) inner = inner.type;
  return inner.name.value;
}

/** Whether values of the type named `name` are leaves: a scalar (built in or declared) or an enum. */
export function isLeafTypeName(schema: ApiSchema, name: string): boolean {
  if (BUILT_IN_SCALARS.has(name)) return true;
  const kind = schema.type(name)?.kind;
  return kind === Kind.SCALAR_TYPE_DEFINITION || kind === Kind.ENUM_TYPE_DEFINITION;
}

/** Whether `name` is a scalar, built in or declared. */
export function isScalarTypeName(schema: ApiSchema, name: string): boolean {
  return BUILT_IN_SCALARS.has(name) || schema.type(name)?.kind === Kind.SCALAR_TYPE_DEFINITION;
}

/** The object type named `name`, or `undefined` for any other kind. */
export function objectTypeNamed(
  schema: ApiSchema,
  name: string,
): ObjectTypeDefinitionNode | undefined {
  const type = schema.type(name);
  return type?.kind === Kind.OBJECT_TYPE_DEFINITION ? type : undefined;
}
