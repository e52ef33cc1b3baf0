import type { ModelIR, SchemaIR } from '@uibuilder-codegen/transform';

/** Which of a model's generated types the schema has. */
export interface ModelTypeUses {
  /** The connection type and filter input: a list or index query, or a connection field. */
  readonly list: boolean;
  /** The condition input: any mutation. */
  readonly condition: boolean;
  readonly create: boolean;
  readonly update: boolean;
  readonly delete: boolean;
  /** The subscription filter input: any subscription. */
  readonly subscriptions: boolean;
}

/**
 * The transformer declares a model's connection, inputs and filters only for the operations it
 * has: a model whose `@model(queries:, mutations:, subscriptions:)` removes some (known from the
 * model SDL) lacks theirs. Without the SDL every model has every operation, and so every type.
 */
export function modelTypeUses(ir: SchemaIR, model: ModelIR): ModelTypeUses {
  const roles = new Set(ir.operations.filter((o) => o.model === model.name).map((o) => o.role));
  const connected = ir.models.some((other) =>
    other.fields.some(
      (field) =>
        (field.relation?.kind === 'hasMany' && field.relation.relatedModel === model.name) ||
        (field.relation?.kind === 'manyToMany' && field.relation.joinModel === model.name),
    ),
  );
  return {
    list: connected || roles.has('list') || roles.has('index'),
    condition: roles.has('create') || roles.has('update') || roles.has('delete'),
    create: roles.has('create'),
    update: roles.has('update'),
    delete: roles.has('delete'),
    subscriptions: roles.has('onCreate') || roles.has('onUpdate') || roles.has('onDelete'),
  };
}
