/**
 * One document per IR operation (APPSYNC-CONVENTIONS.md §2.1): the operation is named
 * `operationName`, declares every argument of the root field in argument order as
 * `$arg: <exact type>`, passes each one, and selects to `maxDepth` (§2.2).
 */
import type { OperationIR, SchemaIR } from '@uibuilder-codegen/transform';
import { getNamedType, isObjectType, Kind, OperationTypeNode } from 'graphql';
import type {
  DocumentNode,
  GraphQLObjectType,
  GraphQLSchema,
  VariableDefinitionNode,
} from 'graphql';
import type { OperationDocument } from '../operation-document.js';
import { MAX_SELECTED_FIELDS, objectSelection } from './selection-set.js';
import type { SelectionOptions } from './selection-set.js';
import { typeNode } from './type-node.js';

/** Options for {@link createOperationDocuments}. */
export interface OperationDocumentOptions {
  /** Levels the root field gets. */
  readonly maxDepth: number;
  /** Select `__typename` on every object. */
  readonly typename: boolean;
  /** Never re-enter a model already on the selection path. */
  readonly pruneCycles: boolean;
}

const OPERATION_TYPES = {
  query: OperationTypeNode.QUERY,
  mutation: OperationTypeNode.MUTATION,
  subscription: OperationTypeNode.SUBSCRIPTION,
} as const;

function rootType(schema: GraphQLSchema, operation: OperationIR): GraphQLObjectType {
  const root = schema.getRootType(OPERATION_TYPES[operation.kind]);
  if (root === undefined || root === null)
    throw new Error(`statements: the schema has no ${operation.kind} type`);
  return root;
}

function selectionOptions(ir: SchemaIR, options: OperationDocumentOptions): SelectionOptions {
  const owners = new Map<string, string>();
  for (const model of ir.models) {
    owners.set(model.name, model.name);
    owners.set(model.typeNames.connection, model.name);
  }
  return {
    maxDepth: options.maxDepth,
    typename: options.typename,
    pruneCycles: options.pruneCycles ? owners : undefined,
    modelTypes: new Set(ir.models.map((m) => m.name)),
  };
}

function operationDocument(
  schema: GraphQLSchema,
  operation: OperationIR,
  options: SelectionOptions,
): DocumentNode {
  const field = rootType(schema, operation).getFields()[operation.fieldName];
  if (field === undefined)
    throw new Error(`statements: the schema has no root field ${operation.fieldName}`);
  const returned = getNamedType(field.type);
  const budget = { remaining: MAX_SELECTED_FIELDS, operation: operation.fieldName };
  const expanded = new Set<string>();
  const selectionSet = isObjectType(returned)
    ? objectSelection(returned, options.maxDepth, [], { ...options, budget, expanded })
    : undefined;
  if (selectionSet === undefined)
    throw new Error(`statements: ${operation.fieldName} selects nothing`);
  const variableDefinitions: VariableDefinitionNode[] = field.args.map((arg) => ({
    kind: Kind.VARIABLE_DEFINITION,
    variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: arg.name } },
    type: typeNode(arg.type),
    directives: [],
  }));
  return {
    kind: Kind.DOCUMENT,
    definitions: [
      {
        kind: Kind.OPERATION_DEFINITION,
        operation: OPERATION_TYPES[operation.kind],
        name: { kind: Kind.NAME, value: operation.operationName },
        variableDefinitions,
        directives: [],
        selectionSet: {
          kind: Kind.SELECTION_SET,
          selections: [
            {
              kind: Kind.FIELD,
              name: { kind: Kind.NAME, value: operation.fieldName },
              arguments: field.args.map((arg) => ({
                kind: Kind.ARGUMENT,
                name: { kind: Kind.NAME, value: arg.name },
                value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: arg.name } },
              })),
              directives: [],
              selectionSet,
            },
          ],
        },
      },
    ],
  };
}

/** Builds the documents of every operation in `ir.operations`, in IR order. */
export function createOperationDocuments(
  ir: SchemaIR,
  schema: GraphQLSchema,
  options: OperationDocumentOptions,
): OperationDocument[] {
  return [...eachOperationDocument(ir, schema, options)];
}

/**
 * The same documents, one at a time: a caller that turns each into text and drops it holds one
 * document tree at a time, not tens of thousands (most of the memory of a large schema).
 */
export function* eachOperationDocument(
  ir: SchemaIR,
  schema: GraphQLSchema,
  options: OperationDocumentOptions,
): Generator<OperationDocument> {
  const selection = selectionOptions(ir, options);
  for (const operation of ir.operations) {
    yield { operation, document: operationDocument(schema, operation, selection) };
  }
}
