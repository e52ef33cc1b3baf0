import { describe, expect, it } from 'vitest';
import type { FieldIR } from './ir.js';
import { normalizeSchema } from './normalize-schema.js';
import { codesAt, readFixture, readFixtureText, sdlTypes } from './test-support/fixtures.js';

const { ir, diagnostics } = normalizeSchema(readFixture('recipes/codegen-job.json'));
const sdl = sdlTypes(readFixtureText('recipes/appsync.graphql'));
const rootFields = (name: string) => sdl.get(name) ?? [];

/** The SDL type the API gives an IR field (connection for list relations; element rule §0). */
function sdlTypeOf(f: FieldIR): string {
  if (f.relation?.kind === 'hasMany' || f.relation?.kind === 'manyToMany')
    return `Model${f.type.name}Connection`;
  const inner = f.type.name + (f.required ? '!' : '');
  return f.isArray ? `[${inner}]` : inner;
}

describe('recipes reference job', () => {
  it('normalises without errors, warning only that the operation names are assumed', () => {
    expect(codesAt(diagnostics, 'error')).toEqual([]);
    expect(codesAt(diagnostics, 'warning')).toEqual(['AssumedNames /genericDataSchema/models']);
  });

  it('has the models of appsync.graphql, in job order', () => {
    const modelsInApi = rootFields('Query')
      .filter((f) => f.name.startsWith('get'))
      .map((f) => f.name.slice(3));
    expect(ir.models.map((m) => m.name)).toEqual(modelsInApi);
    expect(ir.models.map((m) => m.pluralName)).toEqual([
      'Recipes',
      'Steps',
      'Ingredients',
      'Reviews',
      'Chefs',
      'Profiles',
      'Equipment',
      'RecipeIngredients',
    ]);
  });

  it.each(ir.models.map((m) => [m.name, m] as const))(
    "%s has the API type's fields, in order, with their types",
    (name, model) => {
      const api = sdl.get(name) ?? [];
      expect(model.fields.map((f) => f.name)).toEqual(api.map((f) => f.name));
      // The job does not record list nullability (§1.16): compare with the outer `!` dropped.
      expect(model.fields.map(sdlTypeOf)).toEqual(
        api.map((f) => (f.type.startsWith('[') ? f.type.replace(/!$/, '') : f.type)),
      );
    },
  );

  it.each(ir.models.map((m) => [m.name, m] as const))(
    '%s has the key that get%s takes',
    (name, model) => {
      const get = rootFields('Query').find((f) => f.name === `get${name}`);
      const keys = [...(get?.args ?? '').matchAll(/(\w+):/g)].map((a) => a[1]);
      expect([model.primaryKey.partitionKey, ...model.primaryKey.sortKeys]).toEqual(keys);
      expect(model.primaryKey.isCustom).toBe(name === 'Review');
    },
  );

  it('adds and marks the implicit foreign keys', () => {
    const implicit = ir.models.flatMap((m) =>
      m.fields
        .filter((f) => f.origin === 'implicitForeignKey')
        .map((f) => `${m.name}.${f.name}:${f.type.name}`),
    );
    expect(implicit).toEqual(['Recipe.chefRecipesId:ID', 'Chef.chefProfileId:ID']);
    const chefRecipesId = ir.models[0]?.fields.find((f) => f.name === 'chefRecipesId');
    expect(chefRecipesId?.foreignKeyOf).toEqual({ model: 'Chef', field: 'recipes' });
  });

  it('has exactly the index queries of appsync.graphql', () => {
    const apiIndexes = rootFields('Query')
      .filter((f) => !/^(get|list)[A-Z]/.test(f.name))
      .map((f) => `${f.name}(${(f.args.match(/^(\w+):/) ?? [])[1]})`);
    expect(apiIndexes).toHaveLength(3);
    expect(
      ir.models.flatMap((m) => m.indexQueries.map((q) => `${q.fieldName}(${q.partitionKey})`)),
    ).toEqual(apiIndexes);
  });

  it('has the relations the SDL declares, with key conditions where the API has them', () => {
    const recipe = ir.models[0];
    expect(recipe?.fields.find((f) => f.name === 'reviews')?.relation).toEqual({
      kind: 'hasMany',
      relatedModel: 'Review',
      foreignKeys: ['recipeId'],
      inverseField: 'recipe',
      keyConditionFields: ['createdOn'],
      viaReferences: false,
    });
    expect(recipe?.fields.find((f) => f.name === 'ingredients')?.relation).toEqual({
      kind: 'manyToMany',
      relatedModel: 'Ingredient',
      joinModel: 'RecipeIngredients',
      joinField: 'recipe',
      otherJoinField: 'ingredient',
      foreignKeys: ['recipeId'],
      inverseField: 'recipes',
    });
  });

  it('lists the 67 operations of appsync.graphql, in its order', () => {
    const api = ['Query', 'Mutation', 'Subscription'].flatMap((t) =>
      rootFields(t).map((f) => `${t}.${f.name}`),
    );
    const kinds = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;
    expect(ir.operations.map((o) => `${kinds[o.kind]}.${o.fieldName}`)).toEqual(api);
    expect(api).toHaveLength(67);
    expect(ir.operations.find((o) => o.fieldName === 'stepsByRecipeID')).toMatchObject({
      role: 'index',
      model: 'Step',
      operationName: 'StepsByRecipeID',
      resultTypeName: 'StepsByRecipeIDQuery',
      variablesTypeName: 'StepsByRecipeIDQueryVariables',
    });
  });

  it('reads the render config, features and job id', () => {
    expect(ir.jobId).toBe('example-recipes');
    const at = (key: string) => `/renderConfig/react/apiConfiguration/graphQLConfig/${key}`;
    expect(ir.render).toEqual({
      output: { language: 'ts' },
      dependencies: {},
      api: {
        kind: 'graphQL',
        types: { stem: '../API', path: at('typesFilePath') },
        queries: { stem: '../graphql/queries', path: at('queriesFilePath') },
        mutations: { stem: '../graphql/mutations', path: at('mutationsFilePath') },
        subscriptions: { stem: '../graphql/subscriptions', path: at('subscriptionsFilePath') },
        fragments: { stem: '../graphql/fragments', path: at('fragmentsFilePath') },
        typesImports: { query: '../API', mutation: '../API', subscription: '../API' },
      },
    });
    expect(ir.features).toEqual({ relationships: true, nonModels: true });
    expect(ir.nonModels.map((n) => `${n.name}:${n.inputTypeName}`)).toEqual([
      'Macro:MacroInput',
      'Nutrition:NutritionInput',
    ]);
    expect(ir.enums.map((e) => e.name)).toEqual(['Difficulty', 'Cuisine']);
  });
});
