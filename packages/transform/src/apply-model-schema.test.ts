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
    // Every name is the SDL's: nothing rests on an assumption.
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
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

  it("gives a hasMany over an index with sort keys the index's sort keys as its key condition", () => {
    const byRecipe = { name: 'byRecipe', partitionKey: 'recipeID', queryField: undefined };
    const steps = (sortKeys: string[]): readonly string[] | undefined => {
      const { ir } = normalizeSchema(job, {
        modelSchema: facts({
          Recipe: { ...plain, hasManyIndexNames: { steps: 'byRecipe' } },
          Step: { ...plain, indexes: [{ ...byRecipe, sortKeys }] },
        }),
      });
      const relation = ir.models
        .find((m) => m.name === 'Recipe')
        ?.fields.find((f) => f.name === 'steps')?.relation;
      return relation?.kind === 'hasMany' ? relation.keyConditionFields : undefined;
    };
    expect(steps(['position'])).toEqual(['position']);
    expect(steps([])).toEqual([]);
  });

  it("gives the non-models' list fields the SDL's list nullability", () => {
    const { ir } = normalizeSchema(job, {
      modelSchema: {
        ...facts({}),
        nonModels: { Nutrition: { listNullable: { vitamins: false } } },
      },
    });
    const nutrition = ir.nonModels.find((n) => n.name === 'Nutrition');
    expect(nutrition?.fields.find((f) => f.name === 'vitamins')?.isArrayNullable).toBe(false);
    const macro = ir.nonModels.find((n) => n.name === 'Macro');
    expect(macro?.fields.some((f) => f.isArrayNullable !== undefined)).toBe(false);
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

  it('names an @index query by default without queryField, and none with queryField: null', () => {
    const index = { name: undefined, partitionKey: 'recipeID', sortKeys: ['position'] };
    const named = (queryField: string | null | undefined): string[] =>
      normalizeSchema(job, {
        modelSchema: facts({ Step: { ...plain, indexes: [{ ...index, queryField }] } }),
      }).ir.operations.flatMap((o) =>
        o.role === 'index' && o.model === 'Step' ? [o.fieldName] : [],
      );
    expect(named(undefined)).toEqual(['stepsByRecipeIDAndPosition']);
    expect(named(null)).toEqual([]);
    expect(named('stepsInOrder')).toEqual(['stepsInOrder']);
  });

  it('renames and removes operations and timestamps as @model(...) says', () => {
    const { ir } = normalizeSchema(job, {
      modelSchema: facts({
        Recipe: {
          ...plain,
          modelArguments: {
            queries: { get: 'fetchRecipe', list: null },
            subscriptions: { onCreate: ['recipeAdded', 'recipeNew'], level: 'on' },
            timestamps: { createdAt: null },
          },
        },
        Step: { ...plain, modelArguments: { mutations: { delete: null }, timestamps: null } },
      }),
    });
    const of = (model: string): string[] =>
      ir.operations.flatMap((o) => (o.model === model && o.role !== 'index' ? [o.fieldName] : []));
    expect(of('Recipe')).toEqual([
      'fetchRecipe',
      'createRecipe',
      'updateRecipe',
      'deleteRecipe',
      'recipeAdded',
      'recipeNew',
      'onUpdateRecipe',
      'onDeleteRecipe',
    ]);
    // A subscription goes with its mutation.
    expect(of('Step')).toEqual([
      'getStep',
      'listSteps',
      'createStep',
      'updateStep',
      'onCreateStep',
      'onUpdateStep',
    ]);
    const timestamps = (model: string): string[] | undefined =>
      ir.models
        .find((m) => m.name === model)
        ?.fields.flatMap((f) => (f.origin === 'timestamp' ? [f.name] : []));
    expect(timestamps('Recipe')).toEqual(['updatedAt']);
    expect(timestamps('Step')).toEqual([]);
    expect(timestamps('Chef')).toEqual(['createdAt', 'updatedAt']);
  });
});
