import { describe, expect, it } from 'vitest';
import { typeCheck } from '../../test-support/compile.js';
import { schemaIR } from '../../test-support/ir-builders.js';
import type { OperationDocument } from '../operation-document.js';
import { recipesApiSchema, recipesAppSyncSchema } from '../test-support/reference-schema.js';
import { operationDocument } from '../test-support/operation-documents.js';
import { createTypesSource } from './types-file.js';

const schema = recipesApiSchema();

const WITH_TYPENAME = {
  getRecipe: `query GetRecipe($id: ID!) {
    getRecipe(id: $id) {
      id title cuisines tags
      nutrition { calories __typename }
      steps { items { id position __typename } nextToken __typename }
      __typename
    }
  }`,
  listRecipes: `query ListRecipes {
    listRecipes { items { id difficulty __typename } nextToken __typename }
  }`,
  createRecipe: `mutation CreateRecipe($input: CreateRecipeInput!, $condition: ModelRecipeConditionInput) {
    createRecipe(input: $input, condition: $condition) { id title __typename }
  }`,
  onCreateReview: `subscription OnCreateReview($filter: ModelSubscriptionReviewFilterInput) {
    onCreateReview(filter: $filter) { recipeId createdOn stars visitedAt __typename }
  }`,
};

const WITHOUT_TYPENAME = Object.fromEntries(
  Object.entries(WITH_TYPENAME).map(([name, text]) => [name, text.replaceAll('__typename', '')]),
);

const BRANDS = {
  query: ['GeneratedQuery', '__generatedQuery'],
  mutation: ['GeneratedMutation', '__generatedMutation'],
  subscription: ['GeneratedSubscription', '__generatedSubscription'],
} as const;

/** A typed statements file of the form the statements generator writes (§2.3), all kinds in one. */
function statementsSource(documents: readonly [string, OperationDocument][]): string {
  const brands = Object.values(BRANDS).map(
    ([brand, key]) =>
      `type ${brand}<InputType, OutputType> = string & { ${key}Input: InputType; ${key}Output: OutputType; };`,
  );
  const statements = documents.map(([name, { operation }]) => {
    const text = (WITH_TYPENAME as Record<string, string>)[name]!;
    return `export const ${name} = /* GraphQL */ \`${text}\` as ${BRANDS[operation.kind][0]}<APITypes.${operation.variablesTypeName}, APITypes.${operation.resultTypeName}>;`;
  });
  return ['import * as APITypes from "./API";', ...brands, ...statements].join('\n');
}

/** Functions typed like amplify-js v6 `client.graphql()`, one per brand. */
const GRAPHQL_DECLARATIONS = Object.values(BRANDS)
  .map(
    ([brand, key]) =>
      `declare function graphql${brand.slice('Generated'.length)}<V, R>(o: { query: string & { ${key}Input: V; ${key}Output: R }; variables: V }): Promise<{ data: R }>;`,
  )
  .join('\n');

function compile(texts: Record<string, string>, typename: boolean, consumer: string) {
  const documents = Object.entries(texts).map(
    ([name, text]) => [name, operationDocument(text)] as [string, OperationDocument],
  );
  const types = createTypesSource({
    schema,
    documents: documents.map(([, document]) => document),
    ir: schemaIR(),
    typename,
  });
  const { diagnostics } = typeCheck(
    [
      { path: 'API.ts', contents: types },
      { path: 'queries.ts', contents: statementsSource(documents) },
    ],
    `${GRAPHQL_DECLARATIONS}\n${consumer}`,
  );
  return { types, diagnostics };
}

describe('createTypesSource on recipes', () => {
  it('compiles with typed statements, and a consumer gets the right variables and results', () => {
    const { diagnostics } = compile(
      WITH_TYPENAME,
      true,
      `
import * as APITypes from './API';
import { createRecipe, getRecipe, listRecipes, onCreateReview } from './queries';

export async function use(): Promise<void> {
  const { data } = await graphqlQuery({ query: getRecipe, variables: { id: '1' } });
  const recipe = data.getRecipe;
  if (recipe) {
    const typename: 'Recipe' = recipe.__typename;
    const title: string = recipe.title;
    const cuisines: APITypes.Cuisine[] = recipe.cuisines;
    const tags: (string | null)[] | null | undefined = recipe.tags;
    const calories: number | undefined = recipe.nutrition?.calories;
    const positions: (number | undefined)[] | undefined = recipe.steps?.items.map((s) => s?.position);
    // @ts-expect-error tags may be null
    const tagList: string[] = recipe.tags;
    // @ts-expect-error description is not selected
    void recipe.description;
    // @ts-expect-error nutrition.macros is not selected
    void recipe.nutrition?.macros;
    void [typename, title, cuisines, tags, calories, positions, tagList];
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
      WITHOUT_TYPENAME,
      false,
      `
import { getRecipe } from './queries';
import type { Recipe } from './API';

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
    const types = createTypesSource({
      schema,
      documents: [operationDocument(WITH_TYPENAME.getRecipe)],
      ir: schemaIR(),
      typename: true,
    });
    const declared = [...types.matchAll(/^export (?:type|enum) (\w+)/gm)].map((m) => m[1]);
    // graphql-js's own type map, as an oracle independent of the index the generators use.
    const named = Object.values(recipesAppSyncSchema().getTypeMap())
      .filter(
        (type) => !type.name.startsWith('__') && !/^(Query|Mutation|Subscription)$/.test(type.name),
      )
      .filter((type) => !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name))
      .filter((type) => !type.name.startsWith('AWS'));
    expect(declared).toHaveLength(named.length + 2);
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
    expect(declared.slice(-2)).toEqual(['GetRecipeQueryVariables', 'GetRecipeQuery']);
    expect(types.endsWith('};\n')).toBe(true);
  });

  it('gives the same text on every run', () => {
    const input = {
      schema,
      documents: Object.values(WITH_TYPENAME).map(operationDocument),
      ir: schemaIR(),
      typename: true,
    };
    expect(createTypesSource(input)).toBe(createTypesSource(input));
  });
});
