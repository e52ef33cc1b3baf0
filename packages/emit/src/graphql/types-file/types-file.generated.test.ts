import type { SchemaIR } from '@uibuilder-codegen/transform';
import { describe, expect, it } from 'vitest';
import { DEFAULT_EMIT_OPTIONS } from '../../emit-defaults.js';
import { emitFiles } from '../../emit-files.js';
import type { GeneratedFile } from '../../generated-file.js';
import { typeCheck } from '../../test-support/compile.js';
import { GRAPHQL_CONFIG, withRenderConfig } from '../../test-support/ir-builders.js';
import { corpusIRs, recipesIR } from '../test-support/real-ir.js';

/** The reference render config's GraphQL paths (`../API`, `../graphql/*`), whatever the job says. */
function withGraphQLApi(ir: SchemaIR): SchemaIR {
  const graphQLConfig = { ...GRAPHQL_CONFIG.graphQLConfig, fragmentsFilePath: '' };
  return withRenderConfig(ir, { script: 'tsx', apiConfiguration: { graphQLConfig } });
}

/**
 * The types file and the typed statement files the real generators write for `ir`, under
 * `<dir>/components/` so that many of them can share one program.
 */
function generatedFiles(
  dir: string,
  ir: SchemaIR,
  maxDepth: number,
  typename: boolean,
): GeneratedFile[] {
  return emitFiles(ir, { ...DEFAULT_EMIT_OPTIONS, maxDepth, typename }).files.map((file) => ({
    path: `${dir}/components/${file.path}`,
    contents: file.contents,
  }));
}

const IRS = ([['recipes', recipesIR()], ...corpusIRs()] as [string, SchemaIR][]).map(
  ([name, ir]): [string, SchemaIR] => [name, withGraphQLApi(ir)],
);

describe('the types file with the real statements', () => {
  it('compiles with every typed statement file, recipes and the corpus, depths 1 to 4', () => {
    const files = IRS.flatMap(([name, ir]) => [
      ...[1, 2, 3, 4].flatMap((depth) => generatedFiles(`${name}/d${depth}`, ir, depth, true)),
      ...generatedFiles(`${name}/plain`, ir, 3, false),
    ]);
    expect(files.length).toBeGreaterThan(IRS.length * 5 * 3);
    expect(typeCheck(files, 'export {};').diagnostics).toEqual([]);
  });

  it('gives a recipes consumer the selection of each depth', () => {
    const ir = IRS[0]![1];
    const files = [
      ...generatedFiles('d2', ir, 2, true),
      ...generatedFiles('d3', ir, 3, true),
      ...generatedFiles('plain', ir, 3, false),
    ];
    const consumer = `
import * as D2 from './d2/graphql/queries';
import * as D3 from './d3/graphql/queries';
import * as Plain from './plain/graphql/queries';
import * as D3Mutations from './d3/graphql/mutations';
import { Difficulty } from './d3/API';

declare function graphql<V, R>(o: {
  query: string & { __generatedQueryInput: V; __generatedQueryOutput: R };
  variables: V;
}): Promise<{ data: R }>;
declare function graphqlMutation<V, R>(o: {
  query: string & { __generatedMutationInput: V; __generatedMutationOutput: R };
  variables: V;
}): Promise<{ data: R }>;

export async function use(): Promise<void> {
  const d2 = (await graphql({ query: D2.getRecipe, variables: { id: '1' } })).data.getRecipe;
  const d3 = (await graphql({ query: D3.getRecipe, variables: { id: '1' } })).data.getRecipe;
  const plain = (await graphql({ query: Plain.getRecipe, variables: { id: '1' } })).data.getRecipe;
  const nextToken: string | null | undefined = d2?.steps?.nextToken;
  // @ts-expect-error at depth 2 a connection has no items (APPSYNC-CONVENTIONS.md §2.2)
  void d2?.steps?.items;
  // @ts-expect-error at depth 2 a non-model cuts its objects: no macros
  void d2?.nutrition?.macros;
  const instruction: string | undefined = d3?.steps?.items[0]?.instruction;
  const protein: number | undefined = d3?.nutrition?.macros.proteinGrams;
  // @ts-expect-error at depth 3 the step items carry no recipe
  void d3?.steps?.items[0]?.recipe;
  const typename: 'ModelStepConnection' | undefined = d3?.steps?.__typename;
  // @ts-expect-error typename off: nothing selects __typename
  void plain?.__typename;
  const difficulty: Difficulty | undefined = plain?.difficulty;
  // @ts-expect-error id is an ID, a string
  await graphql({ query: D3.getRecipe, variables: { id: 1 } });

  const created = await graphqlMutation({
    query: D3Mutations.createRecipe,
    variables: {
      input: { title: 'Soup', difficulty: Difficulty.EASY, cuisines: [] },
      condition: { title: { beginsWith: 'S' } },
    },
  });
  const createdAt: string | undefined = created.data.createRecipe?.createdAt;
  // @ts-expect-error title is required in CreateRecipeInput
  await graphqlMutation({ query: D3Mutations.createRecipe, variables: { input: { difficulty: Difficulty.EASY, cuisines: [] } } });
  void [nextToken, instruction, protein, typename, difficulty, createdAt];
}
`;
    expect(typeCheck(files, consumer).diagnostics).toEqual([]);
  });
});
