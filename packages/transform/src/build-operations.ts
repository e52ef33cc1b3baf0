/**
 * `buildOperations`: every root field of the API with the names emitters use, in the order AppSync
 * lists them (APPSYNC-CONVENTIONS.md §1.4, §1.6, §1.7): queries (per model `get`, `list`, then all
 * index queries), mutations (`create`, `update`, `delete` per model), subscriptions (`onCreate`,
 * `onUpdate`, `onDelete`, names over 50 characters truncated). Join models come after the others.
 */
import type { IndexQueryIR, ModelIR, OperationIR, OperationRole } from './ir.js';
import { modelOperationNames } from './model-operation-names.js';
import type { ModelOperationNames } from './model-operation-names.js';
import { upperFirst } from './names.js';
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

/** Builds `operations` from the models, named as their `@model` arguments say (when known). */
export const buildOperations: Pass = (ir) => {
  const ordered: ModelIR[] = [
    ...ir.models.filter((m) => !m.isJoinTable),
    ...ir.models.filter((m) => m.isJoinTable),
  ];
  const named = ordered.map((m) => ({ model: m, names: modelOperationNames(m) }));
  const operations: OperationIR[] = [];
  const add = (
    kind: OperationIR['kind'],
    roles: readonly (keyof ModelOperationNames & OperationRole)[],
  ): void => {
    for (const { model, names } of named)
      for (const role of roles)
        for (const fieldName of names[role])
          operations.push(operation(kind, role, model.name, fieldName));
  };
  add('query', ['get', 'list']);
  for (const m of ordered) {
    for (const index of m.indexQueries)
      operations.push(operation('query', 'index', m.name, index.fieldName, index));
  }
  add('mutation', ['create', 'update', 'delete']);
  add('subscription', ['onCreate', 'onUpdate', 'onDelete']);
  return { ir: { ...ir, operations }, diagnostics: [] };
};
