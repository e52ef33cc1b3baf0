import { Kind } from '../graphql-language.js';
import type { ApiSchema } from '../api-schema/api-schema.js';
import { typeAlias } from './declaration.js';
import type { Declaration } from './declaration.js';
import type { OperationDocument } from '../operation-document.js';
import { selectionShapeText } from './selection-shape.js';
import { variablesTypeText } from './variables-type.js';

/**
 * The two types a typed statement names (APPSYNC-CONVENTIONS.md §2.3, §3):
 * `<variablesTypeName>` from the operation's variable definitions, and `<resultTypeName>`, the
 * shape of the `data` the operation returns, read from the document's selection set exactly.
 * The document is the statements builder's: one operation definition, no fragments.
 */
export function operationTypeAliases(
  schema: ApiSchema,
  { operation, document }: OperationDocument,
): Declaration[] {
  const operationName = operation.resultTypeName;
  const [definition] = document.definitions;
  if (definition?.kind !== Kind.OPERATION_DEFINITION || document.definitions.length !== 1) {
    throw new Error(`${operationName}: the document must hold exactly one operation`);
  }
  const rootType = schema.rootType(definition.operation);
  if (rootType === undefined) {
    throw new Error(`${operationName}: the schema has no ${definition.operation} type`);
  }
  return [
    typeAlias(operation.variablesTypeName, variablesTypeText(schema, definition, operationName)),
    typeAlias(
      operation.resultTypeName,
      selectionShapeText({ schema, operationName }, rootType, definition.selectionSet),
    ),
  ];
}
