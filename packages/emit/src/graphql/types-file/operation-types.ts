import { Kind } from '../graphql-language.js';
import type { FragmentDefinitionNode, OperationDefinitionNode } from 'graphql';
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
 */
export function operationTypeAliases(
  schema: ApiSchema,
  { operation, document }: OperationDocument,
): Declaration[] {
  const operationName = operation.resultTypeName;
  const definitions = document.definitions.filter(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION,
  );
  const definition = definitions[0];
  if (definition === undefined || definitions.length > 1) {
    throw new Error(
      `${operationName}: the document must hold exactly one operation, not ${definitions.length}`,
    );
  }
  const rootType = schema.rootType(definition.operation);
  if (rootType === undefined) {
    throw new Error(`${operationName}: the schema has no ${definition.operation} type`);
  }
  const fragments = new Map(
    document.definitions
      .filter((node): node is FragmentDefinitionNode => node.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return [
    typeAlias(operation.variablesTypeName, variablesTypeText(schema, definition, operationName)),
    typeAlias(
      operation.resultTypeName,
      selectionShapeText({ schema, operationName, fragments }, rootType, [definition.selectionSet]),
    ),
  ];
}
