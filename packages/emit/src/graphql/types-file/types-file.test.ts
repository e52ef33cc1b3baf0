import { describe, expect, it } from 'vitest';
import { DEFAULT_EMIT_OPTIONS } from '../../emit-defaults.js';
import { emitFiles } from '../../emit-files.js';
import { typeCheck } from '../../test-support/compile.js';
import { GRAPHQL_CONFIG, withRenderConfig } from '../../test-support/ir-builders.js';
import { buildAppSyncSchema } from '../test-support/appsync-graphql-schema.js';
import { recipesIR } from '../test-support/real-ir.js';

// The recipes job's typed statements at depth 2 (a connection has no items there, a non-model no
// objects), with the fragments left out, as emitFiles writes them.
const ir = withRenderConfig(recipesIR(), {
  script: 'tsx',
  apiConfiguration: { graphQLConfig: { ...GRAPHQL_CONFIG.graphQLConfig, fragmentsFilePath: '' } },
});

const BRANDS = ['Query', 'Mutation', 'Subscription'].map((kind) => {
  const key = `__generated${kind}`;
  return `declare function graphql${kind}<V, R>(o: { query: string & { ${key}Input: V; ${key}Output: R }; variables: V }): Promise<{ data: R }>;`;
});

function compile(typename: boolean, consumer: string) {
  const { files } = emitFiles(ir, { ...DEFAULT_EMIT_OPTIONS, maxDepth: 2, typename });
  const types = files.find((file) => file.path === '../API.ts')?.contents ?? '';
  const { diagnostics } = typeCheck(files, `${BRANDS.join('\n')}\n${consumer}`);
  return { types, diagnostics };
}

describe('the types file of recipes', () => {
  it('compiles with typed statements, and a consumer gets the right variables and results', () => {
    const { diagnostics } = compile(
      true,
      `
import * as APITypes from '../API';
import { getRecipe, listRecipes } from '../graphql/queries';
import { createRecipe } from '../graphql/mutations';
import { onCreateReview } from '../graphql/subscriptions';

export async function use(): Promise<void> {
  const { data } = await graphqlQuery({ query: getRecipe, variables: { id: '1' } });
  const recipe = data.getRecipe;
  if (recipe) {
    const typename: 'Recipe' = recipe.__typename;
    const title: string = recipe.title;
    const cuisines: APITypes.Cuisine[] | null | undefined = recipe.cuisines;
    const tags: (string | null)[] | null | undefined = recipe.tags;
    const calories: number | undefined = recipe.nutrition?.calories;
    const nextToken: string | null | undefined = recipe.steps?.nextToken;
    // @ts-expect-error tags may be null
    const tagList: string[] = recipe.tags;
    // @ts-expect-error at depth 2 a connection has no items
    void recipe.steps?.items;
    // @ts-expect-error at depth 2 a non-model cuts its objects: no macros
    void recipe.nutrition?.macros;
    void [typename, title, cuisines, tags, calories, nextToken, tagList];
  }
  // @ts-expect-error id must be a string
  await graphqlQuery({ query: getRecipe, variables: { id: 1 } });
  // @ts-expect-error id is required
  await graphqlQuery({ query: getRecipe, variables: {} });

  const list = await graphqlQuery({ query: listRecipes, variables: {} });
  const difficulty: APITypes.Difficulty | undefined = list.data.listRecipes?.items[0]?.difficulty;

  const input: APITypes.CreateRecipeInput = {
    title: 'Soup',
    difficulty: APITypes.Difficulty.EASY,
    cuisines: [APITypes.Cuisine.FRENCH],
  };
  const created = await graphqlMutation({ query: createRecipe, variables: { input } });
  const id: string | undefined = created.data.createRecipe?.id;
  await graphqlMutation({
    query: createRecipe,
    // @ts-expect-error difficulty is an enum, not any string
    variables: { input: { ...input, difficulty: 'EASY!' } },
  });
  // @ts-expect-error a query is not a mutation
  await graphqlMutation({ query: getRecipe, variables: { id: '1' } });

  const review = await graphqlSubscription({
    query: onCreateReview,
    variables: { filter: { stars: { gt: 3 } } },
  });
  const visitedAt: number | null | undefined = review.data.onCreateReview?.visitedAt;
  void [difficulty, id, visitedAt];
}
`,
    );
    expect(diagnostics).toEqual([]);
  });

  it('drops __typename everywhere when typename is off', () => {
    const { types, diagnostics } = compile(
      false,
      `
import { getRecipe } from '../graphql/queries';
import type { Recipe } from '../API';

export async function use(recipe: Recipe): Promise<void> {
  const { data } = await graphqlQuery({ query: getRecipe, variables: { id: '1' } });
  // @ts-expect-error no __typename in the result
  void data.getRecipe?.__typename;
  // @ts-expect-error no __typename on the model type
  void recipe.__typename;
}
`,
    );
    expect(diagnostics).toEqual([]);
    expect(types).not.toContain('__typename');
  });

  it('declares every schema type but the roots, in order: enums, objects, inputs, operations', () => {
    const { types } = compile(true, 'export {};');
    const declared = [...types.matchAll(/^export type (\w+)/gm)].map((m) => m[1]);
    // graphql-js's own type map, as an oracle independent of the index the generators use.
    const named = Object.values(buildAppSyncSchema(ir).getTypeMap())
      .filter(
        (type) => !type.name.startsWith('__') && !/^(Query|Mutation|Subscription)$/.test(type.name),
      )
      .filter((type) => !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
      .filter((type) => !type.name.startsWith('AWS'));
    expect(declared).toHaveLength(named.length + 2 * ir.operations.length);
    expect(declared.slice(0, 4)).toEqual([
      'Difficulty',
      'Cuisine',
      'ModelAttributeTypes',
      'ModelSortDirection',
    ]);
    expect(declared.slice(4, 6)).toEqual(['Macro', 'Nutrition']);
    expect(declared.indexOf('ModelStepConnection')).toBeLessThan(
      declared.indexOf('ModelStringInput'),
    );
    const last = ir.operations[ir.operations.length - 1]!;
    expect(declared.slice(-2)).toEqual([last.variablesTypeName, last.resultTypeName]);
    expect(types.endsWith('};\n')).toBe(true);
  });

  it('gives the same text on every run', () => {
    expect(compile(true, 'export {};').types).toBe(compile(true, 'export {};').types);
  });
});
