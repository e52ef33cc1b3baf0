import { describe, expect, it } from 'vitest';
import { recipesApiSchema } from '../test-support/reference-schema.js';
import { operationTypeAliases } from './operation-types.js';
import { printDeclarations } from './print-declarations.js';
import { operationDocument } from '../test-support/operation-documents.js';

const schema = recipesApiSchema();
const typesOf = (text: string) =>
  printDeclarations(operationTypeAliases(schema, operationDocument(text)));

describe('operationTypeAliases', () => {
  it('types a scalar field and the variables', () => {
    expect(typesOf('query GetRecipe($id: ID!) { getRecipe(id: $id) { title } }'))
      .toMatchInlineSnapshot(`
        "export type GetRecipeQueryVariables = {
          id: string;
        };

        export type GetRecipeQuery = {
          getRecipe?: {
            title: string;
          } | null;
        };
        "
      `);
  });

  it('types list fields by element and list nullability', () => {
    expect(typesOf('query GetRecipe($id: ID!) { getRecipe(id: $id) { cuisines tags } }'))
      .toMatchInlineSnapshot(`
        "export type GetRecipeQueryVariables = {
          id: string;
        };

        export type GetRecipeQuery = {
          getRecipe?: {
            cuisines: Array<Cuisine>;
            tags?: Array<string | null> | null;
          } | null;
        };
        "
      `);
  });

  it('nests selections, with a selected __typename first as a literal', () => {
    const text = `query ListSteps($filter: ModelStepFilterInput, $limit: Int, $nextToken: String) {
      listSteps(filter: $filter, limit: $limit, nextToken: $nextToken) {
        items { id recipe { title __typename } __typename }
        nextToken
        __typename
      }
    }`;
    expect(typesOf(text)).toMatchInlineSnapshot(`
      "export type ListStepsQueryVariables = {
        filter?: ModelStepFilterInput | null;
        limit?: number | null;
        nextToken?: string | null;
      };

      export type ListStepsQuery = {
        listSteps?: {
          __typename: "ModelStepConnection";
          items: Array<{
            __typename: "Step";
            id: string;
            recipe?: {
              __typename: "Recipe";
              title: string;
            } | null;
          } | null>;
          nextToken?: string | null;
        } | null;
      };
      "
    `);
  });

  it('gives an operation without arguments the empty variables type', () => {
    const text = 'subscription OnCreateStep { onCreateStep { id } }';
    expect(typesOf(text)).toMatchInlineSnapshot(`
      "export type OnCreateStepSubscriptionVariables = {};

      export type OnCreateStepSubscription = {
        onCreateStep?: {
          id: string;
        } | null;
      };
      "
    `);
  });

  it('keys members by alias and merges a field selected twice', () => {
    const text = `query GetRecipe($id: ID!) {
      getRecipe(id: $id) { name: title nutrition { calories } nutrition { measuredAt } title }
    }`;
    expect(typesOf(text)).toContain(`  getRecipe?: {
    name: string;
    nutrition?: {
      calories: number;
      measuredAt?: string | null;
    } | null;
    title: string;
  } | null;`);
  });

  it('inlines fragments on the same type', () => {
    const text = `query GetStep($id: ID!) {
      getStep(id: $id) { id ... on Step { position } ...StepText }
    }
    fragment StepText on Step { instruction }`;
    expect(typesOf(text)).toContain(`  getStep?: {
    id: string;
    position: number;
    instruction: string;
  } | null;`);
  });

  it('makes a field under @skip or @include optional', () => {
    const text = `query GetStep($id: ID!, $withText: Boolean!) {
      getStep(id: $id) { id instruction @include(if: $withText) }
    }`;
    expect(typesOf(text)).toContain('    instruction?: string;\n');
  });

  it('makes a variable with a default optional', () => {
    const text = 'query ListSteps($limit: Int! = 10) { listSteps(limit: $limit) { nextToken } }';
    expect(typesOf(text)).toContain('  limit?: number;\n');
  });

  it.each([
    [
      'a fragment on another type',
      'query GetStep($id: ID!) { getStep(id: $id) { ... on Recipe { title } } }',
      'GetStepQuery: an inline fragment on Recipe inside a selection on Step',
    ],
    [
      'a missing fragment',
      'query GetStep($id: ID!) { getStep(id: $id) { ...Missing } }',
      'GetStepQuery: the fragment "Missing" is not in the document',
    ],
    [
      'an unknown field',
      'query GetStep($id: ID!) { getStep(id: $id) { colour } }',
      'GetStepQuery: Step has no field "colour"',
    ],
    [
      'an object without a selection',
      'query GetStep($id: ID!) { getStep(id: $id) { recipe } }',
      'GetStepQuery: Step.recipe is an object but selects no fields',
    ],
    [
      'an unknown variable type',
      'query GetStep($id: Identifier!) { getStep(id: $id) { id } }',
      'GetStepQuery: variable $id has a type the schema does not define',
    ],
  ])('refuses %s with an error that names the operation', (_name, text, message) => {
    expect(() => typesOf(text)).toThrow(message);
  });

  it('refuses a document with two operations', () => {
    const document = operationDocument('query GetStep { getStep(id: "1") { id } }');
    const two = operationDocument(
      'query GetStep { getStep(id: "1") { id } } query Other { getStep(id: "2") { id } }',
    );
    expect(() => operationTypeAliases(schema, document)).not.toThrow();
    expect(() => operationTypeAliases(schema, two)).toThrow(
      'GetStepQuery: the document must hold exactly one operation, not 2',
    );
  });
});
