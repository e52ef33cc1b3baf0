/**
 * Test support: fills a hand-written IR's `operations` the way `normalizeSchema` does
 * (APPSYNC-CONVENTIONS.md §1.4–§1.7: per model get and list, then every index query; per model
 * create, update, delete; per model onCreate, onUpdate, onDelete). Names here are plain
 * concatenations (no 50-character rule), enough for hand-written test models.
 */
import type {
  IndexQueryIR,
  ModelIR,
  OperationIR,
  OperationRole,
  SchemaIR,
} from '@uibuilder-codegen/transform';

function upperFirst(value: string): string {
  return value.charAt(0).toUpperCase() + value.slice(1);
}

function operation(
  kind: OperationIR['kind'],
  role: OperationRole,
  model: ModelIR,
  fieldName: string,
  index?: IndexQueryIR,
): OperationIR {
  const operationName = upperFirst(fieldName);
  const resultTypeName = operationName + upperFirst(kind);
  return {
    kind,
    role,
    model: model.name,
    fieldName,
    operationName,
    resultTypeName,
    variablesTypeName: `${resultTypeName}Variables`,
    index,
  };
}

/** Returns `ir` with `indexQueries` set per model (by name) and `operations` filled in. */
export function withOperations(
  ir: SchemaIR,
  indexQueries: Readonly<Record<string, readonly IndexQueryIR[]>> = {},
): SchemaIR {
  const models = ir.models.map((m) => ({
    ...m,
    indexQueries: indexQueries[m.name] ?? m.indexQueries,
  }));
  const operations: OperationIR[] = [
    ...models.flatMap((m) => [
      operation('query', 'get', m, `get${m.name}`),
      operation('query', 'list', m, `list${m.pluralName}`),
    ]),
    ...models.flatMap((m) =>
      m.indexQueries.map((q) => operation('query', 'index', m, q.fieldName, q)),
    ),
    ...models.flatMap((m) =>
      (['create', 'update', 'delete'] as const).map((role) =>
        operation('mutation', role, m, `${role}${m.name}`),
      ),
    ),
    ...models.flatMap((m) =>
      (['onCreate', 'onUpdate', 'onDelete'] as const).map((role) =>
        operation('subscription', role, m, `${role}${m.name}`),
      ),
    ),
  ];
  return { ...ir, models, operations };
}
