/**
 * Every root field of the deployed API as a statement to generate, in the API's order (queries,
 * mutations, subscriptions, each in field order): what `amplify codegen` emits for the same
 * schema, custom operations included, named as AWS's generators name them.
 */
import { OperationTypeNode } from '../graphql-language.js';
import type { ApiSchema } from '../api-schema/api-schema.js';
import type { StatementOperation } from '../operation-document.js';

const KINDS = [
  { kind: 'query', root: OperationTypeNode.QUERY, suffix: 'Query' },
  { kind: 'mutation', root: OperationTypeNode.MUTATION, suffix: 'Mutation' },
  { kind: 'subscription', root: OperationTypeNode.SUBSCRIPTION, suffix: 'Subscription' },
] as const;

/** One operation per root field of `schema`. */
export function deployedOperations(schema: ApiSchema): StatementOperation[] {
  return KINDS.flatMap(({ kind, root, suffix }) => {
    const type = schema.rootType(root);
    if (type === undefined) return [];
    return schema.fields(type).map(({ definition }) => {
      const fieldName = definition.name.value;
      const operationName = fieldName.charAt(0).toUpperCase() + fieldName.slice(1);
      const resultTypeName = operationName + suffix;
      return {
        kind,
        fieldName,
        operationName,
        resultTypeName,
        variablesTypeName: `${resultTypeName}Variables`,
      };
    });
  });
}
