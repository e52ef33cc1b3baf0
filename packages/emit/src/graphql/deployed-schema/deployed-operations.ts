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

/**
 * One operation per root field of `schema` that returns an object type, a scalar or an enum.
 * Root fields returning an interface or a union (which AppSync model schemas never have) are
 * `skipped`: the selection builder does not select through them.
 */
export function deployedOperations(schema: ApiSchema): {
  operations: StatementOperation[];
  skipped: string[];
} {
  const skipped: string[] = [];
  const operations = KINDS.flatMap(({ kind, root, suffix }) => {
    const type = schema.rootType(root);
    if (type === undefined) return [];
    return schema.fields(type).flatMap(({ definition, leaf, object }) => {
      const fieldName = definition.name.value;
      if (!leaf && object === undefined) {
        skipped.push(`${type.name.value}.${fieldName}`);
        return [];
      }
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
  return { operations, skipped };
}
