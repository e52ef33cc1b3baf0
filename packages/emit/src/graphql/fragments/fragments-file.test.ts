import { Kind, NoUnusedFragmentsRule, print, specifiedRules, validate } from 'graphql';
import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { field, model, nonModel, renderConfig, schemaIR } from '../../test-support/index.js';
import { buildApiSchema } from '../appsync-schema/build-appsync-schema.js';
import { buildAppSyncSchema } from '../test-support/appsync-graphql-schema.js';
import { corpusIRs, recipesIR } from '../test-support/real-ir.js';
import { recipesAppSyncSchema } from '../test-support/reference-schema.js';
import { withOperations } from '../test-support/with-operations.js';
import { createFragments, createFragmentsSource } from './fragments-file.js';

const RULES = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);

describe('fragments', () => {
  it.each([['recipes', recipesIR()], ...corpusIRs()])(
    '%s: every fragment validates and selects something',
    (_n, ir) => {
      const schema = buildAppSyncSchema(ir);
      for (const typename of [true, false]) {
        const fragments = createFragments(ir, buildApiSchema(ir), typename);
        expect(fragments.length).toBeGreaterThan(0);
        const document: DocumentNode = {
          kind: Kind.DOCUMENT,
          definitions: fragments.map((f) => f.fragment),
        };
        expect(validate(schema, document, RULES)).toEqual([]);
        for (const { fragment } of fragments)
          expect(fragment.selectionSet.selections.length).toBeGreaterThan(0);
      }
    },
  );

  it('recipes: one per model and non-model, scalar and enum fields only, named <Type>Fields / <type>Fields', () => {
    const ir = recipesIR();
    const fragments = createFragments(ir, buildApiSchema(ir), true);
    expect(fragments.map((f) => f.exportName)).toEqual([
      'recipeFields',
      'stepFields',
      'ingredientFields',
      'reviewFields',
      'chefFields',
      'profileFields',
      'equipmentFields',
      'recipeIngredientsFields',
      'macroFields',
      'nutritionFields',
    ]);
    const nutrition = fragments.find((f) => f.exportName === 'nutritionFields')?.fragment;
    expect(print(nutrition ?? { kind: Kind.DOCUMENT, definitions: [] })).toBe(
      'fragment NutritionFields on Nutrition {\n  calories\n  vitamins\n  measuredAt\n  __typename\n}',
    );
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: fragments.map((f) => f.fragment),
    };
    expect(validate(recipesAppSyncSchema(), document, RULES)).toEqual([]);
  });

  it('leaves out a type without scalar fields, and writes no file when no type has one', () => {
    const ir = withOperations(
      schemaIR({
        models: [],
        nonModels: [
          nonModel('Box', [field('Box', 'inner', { kind: 'nonModel', name: 'Inner' })]),
          nonModel('Inner', [field('Inner', 'box', { kind: 'nonModel', name: 'Box' })]),
        ],
        render: renderConfig({
          apiConfiguration: {
            graphQLConfig: {
              queriesFilePath: 'q',
              mutationsFilePath: 'm',
              subscriptionsFilePath: 's',
              fragmentsFilePath: 'fragments',
            },
          },
        }),
      }),
    );
    expect(createFragmentsSource(ir, buildApiSchema(ir), true)).toEqual([]);
    const withModel = withOperations({
      ...ir,
      models: [model('A', 'As', [field('A', 'id', 'ID', { required: true })])],
    });
    expect(
      createFragments(withModel, buildApiSchema(withModel), false).map((f) => f.exportName),
    ).toEqual(['aFields']);
  });
});
