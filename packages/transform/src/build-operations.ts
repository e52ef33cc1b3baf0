/**
 * `buildOperations`: every root field of the API with the names emitters use, in the order AppSync
 * lists them (APPSYNC-CONVENTIONS.md §1.4, §1.6, §1.7): queries (per model `get`, `list`, then all
 * index queries), mutations (`create`, `update`, `delete` per model), subscriptions (`onCreate`,
 * `onUpdate`, `onDelete`, names over 50 characters truncated). Join models come after the others.
 */
import type { IndexQueryIR, ModelIR, OperationIR, OperationRole } from './ir.js';
import { listQueryName, subscriptionFieldName, upperFirst } from './names.js';
import type { Pass } from './pass.js';

const SUFFIX = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** Builds one operation's names from its root field name. */
export function operation(
  kind: OperationIR['kind'],
  role: OperationRole,
  model: string,
  fieldName: string,
  index?: IndexQueryIR,
): OperationIR {
  const operationName = upperFirst(fieldName);
  const resultTypeName = operationName + SUFFIX[kind];
  return {
    kind,
    role,
    model,
    fieldName,
    operationName,
    resultTypeName,
    variablesTypeName: `${resultTypeName}Variables`,
    index,
  };
}

/** Builds `operations` from the models. */
export const buildOperations: Pass = (ir) => {
  const ordered: ModelIR[] = [
    ...ir.models.filter((m) => !m.isJoinTable),
    ...ir.models.filter((m) => m.isJoinTable),
  ];
  const operations: OperationIR[] = [];
  // The transformer raises the first letter of the model name in operation names (`getThen`).
  for (const m of ordered) {
    operations.push(
      operation('query', 'get', m.name, `get${upperFirst(m.name)}`),
      operation('query', 'list', m.name, listQueryName(upperFirst(m.pluralName))),
    );
  }
  for (const m of ordered) {
    for (const index of m.indexQueries)
      operations.push(operation('query', 'index', m.name, index.fieldName, index));
  }
  for (const m of ordered) {
    for (const role of ['create', 'update', 'delete'] as const)
      operations.push(operation('mutation', role, m.name, `${role}${upperFirst(m.name)}`));
  }
  for (const m of ordered) {
    for (const role of ['onCreate', 'onUpdate', 'onDelete'] as const) {
      operations.push(
        operation(
          'subscription',
          role,
          m.name,
          subscriptionFieldName(`${role}${upperFirst(m.name)}`),
        ),
      );
    }
  }
  return { ir: { ...ir, operations }, diagnostics: [] };
};
