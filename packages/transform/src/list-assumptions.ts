/**
 * `listAssumptions`: the operation names the job cannot confirm (DESIGN.md §2, §8): every index
 * query derived from a foreign key (an `@index`'s `sortKeyFields` or `queryField` would rename it:
 * the docs' `postID: ID! @index(name: "byPost", sortKeyFields: ["content"])` deploys
 * `commentsByPostIDAndContent`, not `commentsByPostID`), and every default model operation
 * (`@model(queries:, mutations:, subscriptions:)` would rename or remove it). A join model's index
 * queries are exact: `@manyToMany` generates the join model and names them itself; so are those
 * of a model whose `@index` directives the model SDL gave (`--model-schema`), whose `@model`
 * arguments name its model operations too.
 *
 * When the job asks for GraphQL statements, one warning lists them and says how to make them exact.
 */
import { diagnostic } from '@uibuilder-codegen/core';
import type { AssumptionIR } from './ir.js';
import type { Pass } from './pass.js';

/** Lists the assumptions of `ir.operations` and, for GraphQL output, warns once. */
export const listAssumptions: Pass = (ir) => {
  const joinModels = new Set(ir.models.filter((m) => m.isJoinTable).map((m) => m.name));
  // A model whose @index directives came from the model SDL has exact index queries.
  const fromModelSchema = new Set(
    ir.models.filter((m) => m.indexes !== undefined).map((m) => m.name),
  );
  const indexQueries: AssumptionIR[] = [];
  const modelOperations: AssumptionIR[] = [];
  // With the model SDL, the @model arguments named every model operation (join models take none).
  const sdlGiven = ir.models.some((m) => m.modelArguments !== undefined);
  for (const op of ir.operations) {
    if (op.role !== 'index') {
      if (!sdlGiven || !(fromModelSchema.has(op.model) || joinModels.has(op.model)))
        modelOperations.push({ kind: 'modelOperation', model: op.model, fieldName: op.fieldName });
    } else if (!joinModels.has(op.model) && !fromModelSchema.has(op.model))
      indexQueries.push({ kind: 'indexQuery', model: op.model, fieldName: op.fieldName });
  }
  const assumptions = [...indexQueries, ...modelOperations];
  const warn = ir.render.api.kind === 'graphQL' && assumptions.length > 0;
  return {
    ir: { ...ir, assumptions },
    diagnostics: warn
      ? [
          diagnostic('AssumedNames', '/genericDataSchema/models', {
            indexQueries: indexQueries.map((a) => a.fieldName),
            modelCount: new Set(modelOperations.map((a) => a.model)).size,
            operationCount: modelOperations.length,
          }),
        ]
      : [],
  };
};
