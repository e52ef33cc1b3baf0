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
 * Built for every model in one pass over the operations and fields: asked model by model, the
 * same scans made the schema quadratic in the number of models (10 s at 5,000).
 */
export function modelTypeUses(ir: SchemaIR): (model: ModelIR) => ModelTypeUses {
  const roles = new Map<string, Set<string>>();
  for (const operation of ir.operations) {
    let set = roles.get(operation.model);
    if (set === undefined) roles.set(operation.model, (set = new Set()));
    set.add(operation.role);
  }
  const connected = new Set<string>();
  for (const other of ir.models) {
    for (const { relation } of other.fields) {
      if (relation?.kind === 'hasMany') connected.add(relation.relatedModel);
      else if (relation?.kind === 'manyToMany') connected.add(relation.joinModel);
    }
  }
  const none = new Set<string>();
  return (model) => {
    const has = roles.get(model.name) ?? none;
    return {
      list: connected.has(model.name) || has.has('list') || has.has('index'),
      condition: has.has('create') || has.has('update') || has.has('delete'),
      create: has.has('create'),
      update: has.has('update'),
      delete: has.has('delete'),
      subscriptions: has.has('onCreate') || has.has('onUpdate') || has.has('onDelete'),
    };
  };
}
