import { describe, expect, it } from 'vitest';
import {
  implicitForeignKeyName,
  indexQueryName,
  isGraphQLName,
  listQueryName,
  pluralName,
  subscriptionFieldName,
} from './names.js';
import { normalizeSchema } from './normalize-schema.js';

const PLURALS: [string, { given: string; want: string }][] = [
  ['seen in recipes', { given: 'Recipe', want: 'Recipes' }],
  ['uncountable', { given: 'Equipment', want: 'Equipment' }],
  ['already plural join model', { given: 'RecipeIngredients', want: 'RecipeIngredients' }],
  ['irregular', { given: 'Person', want: 'People' }],
  ['latin -um', { given: 'Datum', want: 'Data' }],
  ['-us', { given: 'Status', want: 'Statuses' }],
  ['-us to -i', { given: 'Cactus', want: 'Cacti' }],
  ['compound uncountable', { given: 'UserData', want: 'UserData' }],
  ['all caps keeps case', { given: 'SKU', want: 'SKUS' }],
  ['child', { given: 'Child', want: 'Children' }],
  ['-z doubles', { given: 'Quiz', want: 'Quizzes' }],
  ['-is', { given: 'Analysis', want: 'Analyses' }],
  ['-ex', { given: 'Index', want: 'Indices' }],
  ['octopus', { given: 'Octopus', want: 'Octopuses' }],
  ['staff', { given: 'Staff', want: 'Staff' }],
  ['info', { given: 'Info', want: 'Infos' }],
  ['wish', { given: 'Wish', want: 'Wishes' }],
  ['wishes stays', { given: 'Wishes', want: 'Wishes' }],
];

describe('names', () => {
  it.each(PLURALS)('pluralName: %s', (_name, { given, want }) => {
    expect(pluralName(given)).toBe(want);
    expect(listQueryName(pluralName(given))).toBe(`list${want}`);
  });

  it.each([
    ['Step', ['recipeID'], 'stepsByRecipeID'],
    ['SKU', ['code'], 'sKUSByCode'],
    ['RecipeIngredients', ['recipeId'], 'recipeIngredientsByRecipeId'],
    ['BookTags', ['bookIsbn', 'bookedition'], 'bookTagsByBookIsbnAndBookedition'],
  ] as const)('indexQueryName(%s, %j) = %s', (model, keys, want) => {
    expect(indexQueryName(pluralName(model), keys)).toBe(want);
  });

  it.each([
    [
      'onCreateSeasonalIngredientSubstitutionSuggestionForVegan',
      'onCreateSeasonalIngredientSubstitutionSuggest27e2d',
    ],
    ['onCreateShortModelNameIsFineHereAndNowAb', 'onCreateShortModelNameIsFineHereAndNowAb'],
    ['x'.repeat(50), 'x'.repeat(50)],
  ])('subscriptionFieldName(%s) = %s', (given, want) => {
    expect(subscriptionFieldName(given)).toBe(want);
  });

  it('a 51-character subscription name is cut to 50', () => {
    expect(subscriptionFieldName('y'.repeat(51))).toMatch(/^y{45}[0-9a-f]{5}$/);
  });

  it.each([
    ['Chef', 'recipes', 'id', 'chefRecipesId'],
    ['CPKTeacher', 'CPKStudent', 'specialStudentId', 'cPKTeacherCPKStudentSpecialStudentId'],
    ['Review', 'tips', 'createdOn', 'reviewTipsCreatedOn'],
  ])('implicitForeignKeyName(%s, %s, %s) = %s', (model, field, key, want) => {
    expect(implicitForeignKeyName(model, field, key)).toBe(want);
  });

  it.each([
    ['title', true],
    ['_private', true],
    ['switch', true],
    ['primary-author', false],
    ['1st', false],
    ['', false],
    ['__typename', false],
    ['héllo', false],
  ])('isGraphQLName(%j) = %s', (name, want) => {
    expect(isGraphQLName(name)).toBe(want);
  });

  it('operations of a long model use the truncated subscription names everywhere', () => {
    const name = 'SeasonalIngredientSubstitutionSuggestionForVegan';
    const { ir } = normalizeSchema({ genericDataSchema: { models: { [name]: { fields: {} } } } });
    const subscriptions = ir.operations.filter((o) => o.kind === 'subscription');
    expect(subscriptions.map((o) => o.fieldName.length)).toEqual([50, 50, 50]);
    expect(subscriptions[0]).toMatchObject({
      fieldName: 'onCreateSeasonalIngredientSubstitutionSuggest27e2d',
      operationName: 'OnCreateSeasonalIngredientSubstitutionSuggest27e2d',
      resultTypeName: 'OnCreateSeasonalIngredientSubstitutionSuggest27e2dSubscription',
      variablesTypeName: 'OnCreateSeasonalIngredientSubstitutionSuggest27e2dSubscriptionVariables',
    });
    expect(ir.operations.find((o) => o.role === 'create')?.fieldName).toBe(`create${name}`);
  });
});
