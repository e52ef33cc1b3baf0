/**
 * One document per IR operation (APPSYNC-CONVENTIONS.md §2.1): the operation is named
 * `operationName`, declares every argument of the root field in argument order as
 * `$arg: <exact type>`, passes each one, and selects to `maxDepth` (§2.2).
 */
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { Kind, OperationTypeNode } from '../graphql-language.js';
import type { DocumentNode, ObjectTypeDefinitionNode, VariableDefinitionNode } from 'graphql';
import type { ApiSchema } from '../api-schema/api-schema.js';
import type { OperationDocument, StatementOperation } from '../operation-document.js';
import { MAX_SELECTED_FIELDS, objectSelection } from './selection-set.js';
import type { SelectionOptions } from './selection-set.js';

/** Options for {@link eachOperationDocument}. */
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

function rootType(schema: ApiSchema, operation: StatementOperation): ObjectTypeDefinitionNode {
  const root = schema.rootType(OPERATION_TYPES[operation.kind]);
  if (root === undefined) throw new Error(`statements: the schema has no ${operation.kind} type`);
  return root;
}

function selectionOptions(
  ir: SchemaIR,
  schema: ApiSchema,
  options: OperationDocumentOptions,
): SelectionOptions {
  const owners = new Map<string, string>();
  for (const model of ir.models) {
    owners.set(model.name, model.name);
    owners.set(model.typeNames.connection, model.name);
  }
  return {
    schema,
    maxDepth: options.maxDepth,
    typename: options.typename,
    pruneCycles: options.pruneCycles ? owners : undefined,
    modelTypes: new Set(ir.models.map((m) => m.name)),
    shared: new Map(),
  };
}

function operationDocument(
  schema: ApiSchema,
  operation: StatementOperation,
  options: SelectionOptions,
): DocumentNode {
  const resolved = schema.field(rootType(schema, operation), operation.fieldName);
  if (resolved === undefined)
    throw new Error(`statements: the schema has no root field ${operation.fieldName}`);
  const field = resolved.definition;
  const returned = resolved.object;
  const budget = { remaining: MAX_SELECTED_FIELDS, operation: operation.fieldName };
  const expanded = new Set<string>();
  const selectionSet =
    returned === undefined
      ? undefined
      : objectSelection(returned, options.maxDepth, [], { ...options, budget, expanded });
  // A custom operation of a deployed API may return a scalar or an enum: nothing to select.
  if (selectionSet === undefined && !resolved.leaf)
    throw new Error(`statements: ${operation.fieldName} selects nothing`);
  const args = field.arguments ?? [];
  // The argument's type node is the variable's type as it stands: `[T]!` declares `$x: [T]!`.
  const variableDefinitions: VariableDefinitionNode[] = args.map((arg) => ({
    kind: Kind.VARIABLE_DEFINITION,
    variable: { kind: Kind.VARIABLE, name: arg.name },
    type: arg.type,
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
              arguments: args.map((arg) => ({
                kind: Kind.ARGUMENT,
                name: arg.name,
                value: { kind: Kind.VARIABLE, name: arg.name },
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

/**
 * The documents of `operations` (the IR's, or a deployed schema's root fields), in that order, one
 * at a time: a caller that turns each into text and drops it holds one document tree at a time,
 * not tens of thousands (most of the memory of a large schema).
 */
export function* eachOperationDocument(
  ir: SchemaIR,
  schema: ApiSchema,
  options: OperationDocumentOptions,
  operations: readonly StatementOperation[],
): Generator<OperationDocument> {
  const selection = selectionOptions(ir, schema, options);
  for (const operation of operations) {
    yield { operation, document: operationDocument(schema, operation, selection) };
  }
}
