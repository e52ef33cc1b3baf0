import { describe, expect, it } from 'vitest';
import type { ModelFacts, ModelSchemaFacts } from '@uibuilder-codegen/core';
import { normalizeSchema } from './normalize-schema.js';
import { readFixture } from './test-support/fixtures.js';

const job = readFixture('recipes/codegen-job.json');
const plain: ModelFacts = { indexes: [], listNullable: {} };

/** Facts for every non-join model of recipes, changed by `models`. */
function facts(models: Record<string, ModelFacts | undefined>): ModelSchemaFacts {
  const all: Record<string, ModelFacts> = {};
  for (const name of ['Recipe', 'Step', 'Ingredient', 'Chef', 'Profile', 'Equipment'])
    all[name] = plain;
  all['Review'] = { ...plain, primaryKey: { partitionKey: 'recipeId', sortKeys: ['createdOn'] } };
  for (const [name, value] of Object.entries(models)) {
    if (value === undefined) delete all[name];
    else all[name] = value;
  }
  return { source: 'schema.graphql', models: all };
}

describe('normalizeSchema with the model SDL', () => {
  it("replaces the guessed index queries with the SDL's, sort keys and query fields included", () => {
    const guessed = normalizeSchema(job).ir;
    expect(guessed.operations.map((o) => o.fieldName)).toContain('stepsByRecipeID');
    const { ir, diagnostics } = normalizeSchema(job, {
      modelSchema: facts({
        Step: {
          indexes: [
            {
              name: 'byRecipe',
              partitionKey: 'recipeID',
              sortKeys: ['position'],
              queryField: 'stepsInOrder',
            },
          ],
          listNullable: {},
        },
        Recipe: { indexes: [], listNullable: { cuisines: false } },
      }),
    });
    // Only the default model operations still rest on an assumption; the index queries do not.
    const warnings = diagnostics.filter((d) => d.severity !== 'info');
    expect(warnings.map((d) => d.code)).toEqual(['AssumedNames']);
    expect(warnings[0]?.message).not.toContain('stepsInOrder');
    const step = ir.models.find((m) => m.name === 'Step');
    expect(step?.indexQueries).toEqual([
      { fieldName: 'stepsInOrder', partitionKey: 'recipeID', sortKeys: ['position'] },
    ]);
    const names = ir.operations.map((o) => o.fieldName);
    expect(names).toContain('stepsInOrder');
    expect(names).not.toContain('stepsByRecipeID');
    // Join models are not in the SDL: their index queries stay.
    expect(names).toContain('recipeIngredientsByRecipeId');
    const recipe = ir.models.find((m) => m.name === 'Recipe');
    expect(recipe?.fields.find((f) => f.name === 'cuisines')?.isArrayNullable).toBe(false);
  });

  it('warns when the SDL lacks a model or keys it otherwise', () => {
    const { diagnostics } = normalizeSchema(job, {
      modelSchema: facts({ Chef: undefined, Review: plain }),
    });
    expect(
      diagnostics.filter((d) => d.severity === 'warning').map((d) => [d.code, d.path]),
    ).toEqual([
      ['PrimaryKeyDisagreesWithModelSchema', '/genericDataSchema/models/Review/primaryKeys'],
      ['ModelMissingFromModelSchema', '/genericDataSchema/models/Chef'],
      ['AssumedNames', '/genericDataSchema/models'],
    ]);
  });
});
