/**
 * `assignNames`: decides, once, the plural and the GraphQL type names of every model and the input
 * type name of every non-model (APPSYNC-CONVENTIONS.md §1.3, §1.8–1.11, §1.14). Operation names
 * are decided by `buildOperations`, index query names by `computeIndexQueries`.
 */
import type { ModelIR, ModelTypeNamesIR } from './ir.js';
import { pluralName, upperFirst } from './names.js';
import type { Pass } from './pass.js';

/**
 * The type names the transformer generates for model `name`, whose first letter it raises
 * (`then` gives `ModelThenConnection`, fixtures/real/model-named-then).
 */
export function modelTypeNames(modelName: string): ModelTypeNamesIR {
  const name = upperFirst(modelName);
  return {
    connection: `Model${name}Connection`,
    createInput: `Create${name}Input`,
    updateInput: `Update${name}Input`,
    deleteInput: `Delete${name}Input`,
    filterInput: `Model${name}FilterInput`,
    conditionInput: `Model${name}ConditionInput`,
    subscriptionFilterInput: `ModelSubscription${name}FilterInput`,
  };
}

/** Assigns plural names and type names. */
export const assignNames: Pass = (ir) => ({
  ir: {
    ...ir,
    models: ir.models.map((m): ModelIR => ({
      ...m,
      pluralName: pluralName(m.name),
      typeNames: modelTypeNames(m.name),
    })),
    nonModels: ir.nonModels.map((n) => ({ ...n, inputTypeName: `${upperFirst(n.name)}Input` })),
  },
  diagnostics: [],
});
