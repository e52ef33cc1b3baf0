import type { OperationIR } from '@uibuilder-codegen/transform';
import type { DocumentNode } from 'graphql';

/**
 * One generated GraphQL operation: the contract between the statements builder (which makes the
 * documents from the AppSync schema and `maxDepth`) and the types file (which derives
 * `<Op>QueryVariables` / `<Op>Query` from exactly these documents).
 */
export interface OperationDocument {
  readonly operation: OperationIR;
  /** A document with exactly one operation definition and no fragments. */
  readonly document: DocumentNode;
}
