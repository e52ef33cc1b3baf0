import type { OperationIR } from '@uibuilder-codegen/transform';
import type { DocumentNode } from 'graphql';

/**
 * What the statement and types generators read of an operation: its root field and the names
 * made from it. An IR operation is one; so is a root field of a deployed API that the job knows
 * nothing of (a custom query).
 */
export type StatementOperation = Pick<
  OperationIR,
  'kind' | 'fieldName' | 'operationName' | 'resultTypeName' | 'variablesTypeName'
>;

/**
 * One generated GraphQL operation: the contract between the statements builder (which makes the
 * documents from the AppSync schema and `maxDepth`) and the types file (which derives
 * `<Op>QueryVariables` / `<Op>Query` from exactly these documents).
 */
export interface OperationDocument {
  readonly operation: StatementOperation;
  /** A document with exactly one operation definition and no fragments. */
  readonly document: DocumentNode;
}
