/**
 * Test support: a hand-written IR of `fixtures/recipes/codegen-job.json`, as APPSYNC-CONVENTIONS.md
 * §0–§1 read it (join-model FKs required, as the transformer makes them). Used until tests can
 * run the real transform on the job.
 */
import type { RenderIR, SchemaIR } from '@uibuilder-codegen/transform';
import {
  enumType,
  field,
  model,
  nonModel,
  renderConfig,
  schemaIR,
  timestampFields,
} from '../../test-support/index.js';
import { withOperations } from './with-operations.js';

const enumOf = (name: string) => ({ kind: 'enum', name }) as const;
const modelOf = (name: string) => ({ kind: 'model', name }) as const;

/** The recipes job's render config: tsx, `../API` and `../graphql/*`. */
export const RECIPES_RENDER: Partial<RenderIR> = {
  api: {
    kind: 'graphQL',
    typesFilePath: '../API',
    queriesFilePath: '../graphql/queries',
    mutationsFilePath: '../graphql/mutations',
    subscriptionsFilePath: '../graphql/subscriptions',
    fragmentsFilePath: '../graphql/fragments',
  },
};

/** The recipes IR with its operations (19 queries, 24 mutations, 24 subscriptions). */
export function recipesIR(render: Partial<RenderIR> = RECIPES_RENDER): SchemaIR {
  const recipe = model('Recipe', 'Recipes', [
    field('Recipe', 'id', 'ID', { required: true }),
    field('Recipe', 'title', 'String', { required: true }),
    field('Recipe', 'description', 'String'),
    field('Recipe', 'servings', 'Int'),
    field('Recipe', 'rating', 'Float'),
    field('Recipe', 'isVegetarian', 'Boolean'),
    field('Recipe', 'difficulty', enumOf('Difficulty'), { required: true }),
    field('Recipe', 'cuisines', enumOf('Cuisine'), { required: true, isArray: true }),
    field('Recipe', 'tags', 'String', { isArray: true }),
    field('Recipe', 'publishedOn', 'AWSDate'),
    field('Recipe', 'sourceUrl', 'AWSURL'),
    field('Recipe', 'nutrition', { kind: 'nonModel', name: 'Nutrition' }),
    field('Recipe', 'metadata', 'AWSJSON'),
    field('Recipe', 'steps', modelOf('Step'), {
      isArray: true,
      relation: {
        kind: 'hasMany',
        relatedModel: 'Step',
        foreignKeys: ['recipeID'],
        inverseField: 'recipe',
        keyConditionFields: [],
      },
    }),
    field('Recipe', 'ingredients', modelOf('RecipeIngredients'), {
      isArray: true,
      relation: {
        kind: 'manyToMany',
        relatedModel: 'Ingredient',
        joinModel: 'RecipeIngredients',
        joinField: 'recipe',
        otherJoinField: 'ingredient',
        foreignKeys: ['recipeId'],
        inverseField: 'recipes',
      },
    }),
    field('Recipe', 'reviews', modelOf('Review'), {
      isArray: true,
      relation: {
        kind: 'hasMany',
        relatedModel: 'Review',
        foreignKeys: ['recipeId'],
        inverseField: 'recipe',
        keyConditionFields: ['createdOn'],
      },
    }),
    ...timestampFields('Recipe'),
    field('Recipe', 'chefRecipesId', 'ID', {
      origin: 'implicitForeignKey',
      foreignKeyOf: { model: 'Chef', field: 'recipes' },
    }),
  ]);
  const step = model('Step', 'Steps', [
    field('Step', 'id', 'ID', { required: true }),
    field('Step', 'recipeID', 'ID', {
      required: true,
      foreignKeyOf: { model: 'Step', field: 'recipe' },
    }),
    field('Step', 'position', 'Int', { required: true }),
    field('Step', 'instruction', 'String', { required: true }),
    field('Step', 'timerAt', 'AWSTime'),
    field('Step', 'photoUrls', 'AWSURL', { required: true, isArray: true }),
    field('Step', 'recipe', modelOf('Recipe'), {
      relation: {
        kind: 'belongsTo',
        relatedModel: 'Recipe',
        foreignKeys: ['recipeID'],
        inverseField: 'steps',
      },
    }),
    ...timestampFields('Step'),
  ]);
  const ingredient = model('Ingredient', 'Ingredients', [
    field('Ingredient', 'id', 'ID', { required: true }),
    field('Ingredient', 'name', 'String', { required: true }),
    field('Ingredient', 'allergens', 'String', { required: true, isArray: true }),
    field('Ingredient', 'caloriesPer100g', 'Float'),
    field('Ingredient', 'recipes', modelOf('RecipeIngredients'), {
      isArray: true,
      relation: {
        kind: 'manyToMany',
        relatedModel: 'Recipe',
        joinModel: 'RecipeIngredients',
        joinField: 'ingredient',
        otherJoinField: 'recipe',
        foreignKeys: ['ingredientId'],
        inverseField: 'ingredients',
      },
    }),
    ...timestampFields('Ingredient'),
  ]);
  const review = model(
    'Review',
    'Reviews',
    [
      field('Review', 'recipeId', 'ID', {
        required: true,
        foreignKeyOf: { model: 'Review', field: 'recipe' },
      }),
      field('Review', 'createdOn', 'AWSDateTime', { required: true }),
      field('Review', 'stars', 'Int', { required: true }),
      field('Review', 'comment', 'String'),
      field('Review', 'reviewerEmail', 'AWSEmail'),
      field('Review', 'visitedAt', 'AWSTimestamp'),
      field('Review', 'recipe', modelOf('Recipe'), {
        relation: {
          kind: 'belongsTo',
          relatedModel: 'Recipe',
          foreignKeys: ['recipeId'],
          inverseField: 'reviews',
        },
      }),
      ...timestampFields('Review'),
    ],
    { partitionKey: 'recipeId', sortKeys: ['createdOn'] },
  );
  const chef = model('Chef', 'Chefs', [
    field('Chef', 'id', 'ID', { required: true }),
    field('Chef', 'name', 'String', { required: true }),
    field('Chef', 'email', 'AWSEmail', { required: true }),
    field('Chef', 'phone', 'AWSPhone'),
    field('Chef', 'website', 'AWSURL'),
    field('Chef', 'lastLoginIp', 'AWSIPAddress'),
    field('Chef', 'favoriteCuisine', enumOf('Cuisine')),
    field('Chef', 'specialties', enumOf('Cuisine'), { isArray: true }),
    field('Chef', 'profile', modelOf('Profile'), {
      relation: {
        kind: 'hasOne',
        relatedModel: 'Profile',
        foreignKeys: ['chefProfileId'],
        inverseField: undefined,
      },
    }),
    field('Chef', 'recipes', modelOf('Recipe'), {
      isArray: true,
      relation: {
        kind: 'hasMany',
        relatedModel: 'Recipe',
        foreignKeys: ['chefRecipesId'],
        inverseField: undefined,
        keyConditionFields: [],
      },
    }),
    ...timestampFields('Chef'),
    field('Chef', 'chefProfileId', 'ID', {
      origin: 'implicitForeignKey',
      foreignKeyOf: { model: 'Chef', field: 'profile' },
    }),
  ]);
  const profile = model('Profile', 'Profiles', [
    field('Profile', 'id', 'ID', { required: true }),
    field('Profile', 'bio', 'String'),
    field('Profile', 'avatarUrl', 'AWSURL'),
    field('Profile', 'birthday', 'AWSDate'),
    field('Profile', 'preferences', 'AWSJSON'),
    ...timestampFields('Profile'),
  ]);
  const equipment = model('Equipment', 'Equipment', [
    field('Equipment', 'id', 'ID', { required: true }),
    field('Equipment', 'name', 'String', { required: true }),
    field('Equipment', 'brand', 'String'),
    field('Equipment', 'priceCents', 'Int'),
    field('Equipment', 'inStock', 'Boolean', { required: true }),
    field('Equipment', 'purchasedAt', 'AWSTimestamp'),
    field('Equipment', 'serviceTime', 'AWSTime'),
    field('Equipment', 'lastSeenIp', 'AWSIPAddress'),
    field('Equipment', 'supportPhone', 'AWSPhone'),
    field('Equipment', 'dimensions', 'Float', { required: true, isArray: true }),
    field('Equipment', 'specs', 'AWSJSON'),
    ...timestampFields('Equipment'),
  ]);
  const join = model(
    'RecipeIngredients',
    'RecipeIngredients',
    [
      field('RecipeIngredients', 'id', 'ID', { required: true }),
      field('RecipeIngredients', 'recipeId', 'ID', {
        required: true,
        foreignKeyOf: { model: 'RecipeIngredients', field: 'recipe' },
      }),
      field('RecipeIngredients', 'ingredientId', 'ID', {
        required: true,
        foreignKeyOf: { model: 'RecipeIngredients', field: 'ingredient' },
      }),
      field('RecipeIngredients', 'recipe', modelOf('Recipe'), {
        required: true,
        relation: {
          kind: 'belongsTo',
          relatedModel: 'Recipe',
          foreignKeys: ['recipeId'],
          inverseField: 'ingredients',
        },
      }),
      field('RecipeIngredients', 'ingredient', modelOf('Ingredient'), {
        required: true,
        relation: {
          kind: 'belongsTo',
          relatedModel: 'Ingredient',
          foreignKeys: ['ingredientId'],
          inverseField: 'recipes',
        },
      }),
      ...timestampFields('RecipeIngredients'),
    ],
    { isJoinTable: true },
  );
  const ir = schemaIR({
    jobId: 'recipes',
    models: [recipe, step, ingredient, review, chef, profile, equipment, join],
    enums: [
      enumType('Difficulty', ['EASY', 'MEDIUM', 'HARD']),
      enumType('Cuisine', ['ITALIAN', 'JAPANESE', 'MEXICAN', 'INDIAN', 'FRENCH']),
    ],
    nonModels: [
      nonModel('Macro', [
        field('Macro', 'proteinGrams', 'Float', { required: true }),
        field('Macro', 'carbGrams', 'Float', { required: true }),
        field('Macro', 'fatGrams', 'Float'),
      ]),
      nonModel('Nutrition', [
        field('Nutrition', 'calories', 'Int', { required: true }),
        field('Nutrition', 'macros', { kind: 'nonModel', name: 'Macro' }, { required: true }),
        field('Nutrition', 'vitamins', 'String', { required: true, isArray: true }),
        field('Nutrition', 'measuredAt', 'AWSDateTime'),
      ]),
    ],
    render: renderConfig(render),
  });
  return withOperations(ir, {
    Step: [{ fieldName: 'stepsByRecipeID', partitionKey: 'recipeID', sortKeys: [] }],
    RecipeIngredients: [
      { fieldName: 'recipeIngredientsByRecipeId', partitionKey: 'recipeId', sortKeys: [] },
      { fieldName: 'recipeIngredientsByIngredientId', partitionKey: 'ingredientId', sortKeys: [] },
    ],
  });
}
