import { normalizeSchema } from '@uibuilder-codegen/transform';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { GraphQLRenderConfig, ReactRenderConfig } from '@uibuilder-codegen/core';
import { buildASTSchema, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMIT_OPTIONS } from '../emit-defaults.js';
import { emitFiles } from '../emit-files.js';
import { typeCheck } from '../test-support/compile.js';
import { GRAPHQL_CONFIG, withRenderConfig } from '../test-support/ir-builders.js';
import { chainJob } from './test-support/chain-job.js';
import { recipesIR } from './test-support/real-ir.js';

function recipesWith(react: ReactRenderConfig, paths: GraphQLRenderConfig = {}): SchemaIR {
  const graphQLConfig = { ...GRAPHQL_CONFIG.graphQLConfig, ...paths };
  return withRenderConfig(recipesIR(), { ...react, apiConfiguration: { graphQLConfig } });
}

/** Functions typed like amplify-js v6 `client.graphql()`, reading the statement brands. */
const CONSUMER = `import { getRecipe, listReviews, stepsByRecipeID } from '../graphql/queries';
import { createRecipe } from '../graphql/mutations';
import { onCreateChef } from '../graphql/subscriptions';
import { recipeFields } from '../graphql/fragments';
import { Difficulty } from '../API';

declare function graphql<V, R>(o: { query: string & { __generatedQueryInput: V; __generatedQueryOutput: R }; variables: V }): Promise<{ data: R }>;
declare function mutate<V, R>(o: { query: string & { __generatedMutationInput: V; __generatedMutationOutput: R }; variables: V }): Promise<{ data: R }>;
declare function subscribe<V, R>(o: { query: string & { __generatedSubscriptionInput: V; __generatedSubscriptionOutput: R }; variables: V }): R;

export async function use(): Promise<unknown[]> {
  const recipe = await graphql({ query: getRecipe, variables: { id: 'r1' } });
  const title: string | undefined = recipe.data.getRecipe?.title;
  const reviews = await graphql({ query: listReviews, variables: { recipeId: 'r1', createdOn: { beginsWith: '2024' } } });
  const stars: number[] = (reviews.data.listReviews?.items ?? []).flatMap((r) => (r ? [r.stars] : []));
  const steps = await graphql({ query: stepsByRecipeID, variables: { recipeID: 'r1', limit: 10 } });
  const created = await mutate({
    query: createRecipe,
    variables: { input: { title: 'Soup', difficulty: Difficulty.EASY, cuisines: [] } },
  });
  const chef = subscribe({ query: onCreateChef, variables: {} });
  const fragment: string = recipeFields;
  // @ts-expect-error id is a string
  await graphql({ query: getRecipe, variables: { id: 1 } });
  // @ts-expect-error recipeID is required
  await graphql({ query: stepsByRecipeID, variables: {} });
  // @ts-expect-error not a variable of listReviews
  await graphql({ query: listReviews, variables: { id: 'r1' } });
  // @ts-expect-error a mutation is not a query
  await graphql({ query: createRecipe, variables: { input: { title: 'x', difficulty: Difficulty.EASY, cuisines: [] } } });
  return [title, stars, steps, created.data.createRecipe?.id, chef.onCreateChef?.name, fragment];
}
`;

describe('createGraphQLSources through emitFiles, recipes', () => {
  it('writes the five files at the render config paths', () => {
    const { files } = emitFiles(recipesIR());
    expect(files.map((f) => f.path)).toEqual([
      '../API.ts',
      '../graphql/fragments.ts',
      '../graphql/mutations.ts',
      '../graphql/queries.ts',
      '../graphql/subscriptions.ts',
    ]);
    const queries = files.find((f) => f.path === '../graphql/queries.ts')?.contents ?? '';
    expect(queries).toContain('import * as APITypes from "../API";');
    expect(queries).toContain(
      'as GeneratedQuery<APITypes.GetReviewQueryVariables, APITypes.GetReviewQuery>;',
    );
    expect(queries).not.toContain('export type');
    expect(queries.match(/^export const /gm)).toHaveLength(19);
  });

  it.each([
    ['tsx', { script: 'tsx' }],
    ['js with declarations', { script: 'js', renderTypeDeclarations: true }],
  ] as const)(
    '%s: types and statements compile with an amplify-js style consumer',
    (_name, render) => {
      const { files } = emitFiles(recipesWith(render));
      expect(typeCheck(files, CONSUMER).diagnostics).toEqual([]);
    },
  );

  it('the consumer’s misuses really are errors', () => {
    const { files } = emitFiles(recipesIR());
    const diagnostics = typeCheck(
      files,
      CONSUMER.replaceAll('// @ts-expect-error', '//'),
    ).diagnostics;
    expect(diagnostics.length).toBeGreaterThanOrEqual(4);
  });

  it('writes plain strings when there is no types file, and no file for an empty path', () => {
    const { files } = emitFiles(
      recipesWith({}, { typesFilePath: '', subscriptionsFilePath: '', fragmentsFilePath: '' }),
    );
    expect(files.map((f) => f.path)).toEqual(['../graphql/mutations.ts', '../graphql/queries.ts']);
    const queries = files.find((f) => f.path === '../graphql/queries.ts')?.contents ?? '';
    expect(queries).not.toMatch(/APITypes|GeneratedQuery| as /);
    expect(queries).toMatch(
      /^export const getRecipe = \/\* GraphQL \*\/ `\n {2}query GetRecipe\(\$id: ID!\) \{$/m,
    );
  });

  it('writes the AppSync schema SDL when asked, loadable as it is', () => {
    const { files } = emitFiles(recipesIR(), {
      ...DEFAULT_EMIT_OPTIONS,
      appSyncSchemaPath: '../appsync.graphql',
    });
    const sdl = files.find((f) => f.path === '../appsync.graphql')?.contents ?? '';
    expect(sdl).toMatch(/^# /);
    expect(buildASTSchema(parse(sdl)).getQueryType()?.getFields()['stepsByRecipeID']).toBeDefined();
  });
});

describe('createGraphQLSources diagnostics', () => {
  it('warns that maxDepth 2 is shallow when relationships exist, not at 3', () => {
    expect(
      emitFiles(recipesIR(), { ...DEFAULT_EMIT_OPTIONS, maxDepth: 2 }).diagnostics.map(
        (d) => d.code,
      ),
    ).toEqual(['ShallowMaxDepth']);
    expect(emitFiles(recipesIR(), DEFAULT_EMIT_OPTIONS).diagnostics).toEqual([]);
  });

  it('warns about unrolled cycles above the size threshold, unless pruning', () => {
    const { ir } = normalizeSchema(chainJob(50));
    expect(
      emitFiles(ir, { ...DEFAULT_EMIT_OPTIONS, maxDepth: 6 }).diagnostics.map((d) => d.code),
    ).toEqual(['LargeSelectionSets']);
    expect(
      emitFiles(ir, { ...DEFAULT_EMIT_OPTIONS, maxDepth: 6, pruneCycles: true }).diagnostics,
    ).toEqual([]);
  });
});
