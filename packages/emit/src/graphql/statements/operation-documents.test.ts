import { parse, print, specifiedRules, validate } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { describe, expect, it } from 'vitest';
import { buildAppSyncSchema } from '../test-support/appsync-graphql-schema.js';
import { blogExampleIR, corpusIRs, recipesIR } from '../test-support/real-ir.js';
import { recipesAppSyncSchema } from '../test-support/reference-schema.js';
import { operationDocuments } from '../test-support/documents.js';

const SCHEMAS: [string, SchemaIR][] = [
  ['recipes', recipesIR()],
  ['blog example', blogExampleIR()],
  ...corpusIRs(),
];
const DEPTHS = [1, 2, 3, 4];
const TYPENAME = [true, false];
const CASES = SCHEMAS.flatMap(([name, ir]) =>
  DEPTHS.flatMap((maxDepth) => TYPENAME.map((typename) => ({ name, ir, maxDepth, typename }))),
);

function errorsOf(schema: GraphQLSchema, source: string): string[] {
  return validate(schema, parse(source), specifiedRules).map((e) => e.message);
}

describe('every document parses and validates', () => {
  const aws = recipesAppSyncSchema();
  it.each(CASES)(
    '$name at maxDepth $maxDepth, typename $typename',
    ({ name, ir, maxDepth, typename }) => {
      const schema = buildAppSyncSchema(ir);
      const documents = operationDocuments(ir, {
        maxDepth,
        typename,
        pruneCycles: false,
      });
      expect(documents.map((d) => d.operation.fieldName)).toEqual(
        ir.operations.map((o) => o.fieldName),
      );
      for (const { operation, document } of documents) {
        const source = print(document);
        expect({ field: operation.fieldName, errors: errorsOf(schema, source) }).toEqual({
          field: operation.fieldName,
          errors: [],
        });
        if (name === 'recipes') {
          expect({ field: operation.fieldName, errors: errorsOf(aws, source) }).toEqual({
            field: operation.fieldName,
            errors: [],
          });
        }
        expect(source).not.toMatch(/\{\s*\}/);
      }
    },
  );

  it.each(SCHEMAS)('%s with pruned cycles at maxDepth 4', (_name, ir) => {
    const schema = buildAppSyncSchema(ir);
    for (const { document } of operationDocuments(ir, {
      maxDepth: 4,
      typename: true,
      pruneCycles: true,
    })) {
      expect(validate(schema, document)).toEqual([]);
    }
  });
});

describe('variables (APPSYNC-CONVENTIONS §2.1)', () => {
  const ir = recipesIR();
  const documents = operationDocuments(ir, {
    maxDepth: 1,
    typename: false,
    pruneCycles: false,
  });
  /** The operation line and the root call, whitespace collapsed. */
  const header = (fieldName: string): string => {
    const found = documents.find((d) => d.operation.fieldName === fieldName);
    const source = print(found?.document ?? parse('{ a }')).replace(/\s+/g, ' ');
    return source.slice(0, source.indexOf(') {', source.indexOf(`${fieldName}(`)) + 1);
  };

  it.each([
    [
      'getReview',
      'query GetReview($recipeId: ID!, $createdOn: AWSDateTime!) { getReview(recipeId: $recipeId, createdOn: $createdOn)',
    ],
    [
      'listReviews',
      'query ListReviews($recipeId: ID, $createdOn: ModelStringKeyConditionInput, $filter: ModelReviewFilterInput, $limit: Int, $nextToken: String, $sortDirection: ModelSortDirection) { listReviews( recipeId: $recipeId createdOn: $createdOn filter: $filter limit: $limit nextToken: $nextToken sortDirection: $sortDirection )',
    ],
    [
      'stepsByRecipeID',
      'query StepsByRecipeID($recipeID: ID!, $sortDirection: ModelSortDirection, $filter: ModelStepFilterInput, $limit: Int, $nextToken: String) { stepsByRecipeID( recipeID: $recipeID sortDirection: $sortDirection filter: $filter limit: $limit nextToken: $nextToken )',
    ],
    [
      'createRecipe',
      'mutation CreateRecipe($input: CreateRecipeInput!, $condition: ModelRecipeConditionInput) { createRecipe(input: $input, condition: $condition)',
    ],
    [
      'onCreateChef',
      'subscription OnCreateChef($filter: ModelSubscriptionChefFilterInput) { onCreateChef(filter: $filter)',
    ],
  ])('%s', (fieldName, want) => {
    expect(header(fieldName)).toBe(want);
  });
});
