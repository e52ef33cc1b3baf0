/**
 * Test support: hand-written documents as the statements builder hands them over, with the
 * names `normalizeSchema` would give their root field (APPSYNC-CONVENTIONS.md §3).
 */
import type { OperationIR } from '@uibuilder-codegen/transform';
import { Kind, parse } from 'graphql';
import type { FieldNode, OperationDefinitionNode } from 'graphql';
import type { OperationDocument } from '../operation-document.js';

const KIND_SUFFIX = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** Parses one operation and names its types after its first root field (`getPost` → `GetPostQuery`). */
export function operationDocument(text: string): OperationDocument {
  const document = parse(text);
  const definition = document.definitions.find(
    (node): node is OperationDefinitionNode => node.kind === Kind.OPERATION_DEFINITION,
  );
  const rootField = definition?.selectionSet.selections.find(
    (node): node is FieldNode => node.kind === Kind.FIELD && node.name.value !== '__typename',
  );
  if (definition === undefined || rootField === undefined) {
    throw new Error(`not an operation with a root field: ${text}`);
  }
  const fieldName = rootField.name.value;
  const operationName = fieldName.charAt(0).toUpperCase() + fieldName.slice(1);
  const resultTypeName = operationName + KIND_SUFFIX[definition.operation];
  const operation: OperationIR = {
    kind: definition.operation,
    role: definition.operation === 'query' ? 'get' : 'create',
    model: '',
    fieldName,
    operationName,
    resultTypeName,
    variablesTypeName: `${resultTypeName}Variables`,
    index: undefined,
  };
  return { operation, document };
}
