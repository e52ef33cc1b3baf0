import { Kind, visit } from 'graphql';
import type { DocumentNode, FieldNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { field, model, nonModel, schemaIR, timestampFields } from '../../test-support/index.js';
import { buildApiSchema } from '../appsync-schema/build-appsync-schema.js';
import { buildAppSyncSchema } from '../test-support/appsync-graphql-schema.js';
import { recipesIR } from '../test-support/real-ir.js';
import { withOperations } from '../test-support/with-operations.js';
import type { OperationDocument } from '../operation-document.js';
import { objectTypeNamed } from '../api-schema/api-schema.js';
import { operationDocuments } from '../test-support/documents.js';
import { objectSelection } from './selection-set.js';

function documentsAt(maxDepth: number, typename = true, ir = recipesIR()): OperationDocument[] {
  return operationDocuments(ir, {
    maxDepth,
    typename,
    pruneCycles: false,
  });
}

/** The field names selected at `path` (root field first) in the document of `fieldName`. */
function selectedAt(
  documents: readonly OperationDocument[],
  path: readonly string[],
): string[] | undefined {
  const found = documents.find((d) => d.operation.fieldName === path[0]);
  if (found === undefined) throw new Error(`no document for ${String(path[0])}`);
  const definition = found.document.definitions[0];
  if (definition?.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
  let selections = definition.selectionSet.selections;
  for (const name of path) {
    const next = selections.find(
      (s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === name,
    );
    if (next?.selectionSet === undefined) return undefined;
    selections = next.selectionSet.selections;
  }
  return selections.map((s) => (s.kind === Kind.FIELD ? s.name.value : s.kind));
}

const RECIPE_SCALARS = [
  'id',
  'title',
  'description',
  'servings',
  'rating',
  'isVegetarian',
  'difficulty',
  'cuisines',
  'tags',
  'publishedOn',
  'sourceUrl',
  'metadata',
  'createdAt',
  'updatedAt',
  'chefRecipesId',
  '__typename',
];

describe('selection sets, as AWS writes them for recipes (APPSYNC-CONVENTIONS §2.2)', () => {
  const at2 = documentsAt(2);
  const at3 = documentsAt(3);
  const at4 = documentsAt(4);

  it.each([
    [
      'maxDepth 2: getRecipe.nutrition without macros',
      at2,
      ['getRecipe', 'nutrition'],
      ['calories', 'vitamins', 'measuredAt', '__typename'],
    ],
    [
      'maxDepth 2: getRecipe.steps without items',
      at2,
      ['getRecipe', 'steps'],
      ['nextToken', '__typename'],
    ],
    [
      'maxDepth 2: getRecipe.ingredients without items',
      at2,
      ['getRecipe', 'ingredients'],
      ['nextToken', '__typename'],
    ],
    [
      'maxDepth 2: getRecipe.reviews without items',
      at2,
      ['getRecipe', 'reviews'],
      ['nextToken', '__typename'],
    ],
    ['maxDepth 2: listRecipes.items only scalars', at2, ['listRecipes', 'items'], RECIPE_SCALARS],
    ['maxDepth 2: getStep.recipe only scalars', at2, ['getStep', 'recipe'], RECIPE_SCALARS],
    [
      'maxDepth 3: getRecipe.nutrition.macros',
      at3,
      ['getRecipe', 'nutrition', 'macros'],
      ['proteinGrams', 'carbGrams', 'fatGrams', '__typename'],
    ],
    [
      'maxDepth 3: join items without recipe/ingredient',
      at3,
      ['getRecipe', 'ingredients', 'items'],
      ['id', 'recipeId', 'ingredientId', 'createdAt', 'updatedAt', '__typename'],
    ],
    [
      'maxDepth 3: listRecipes.items.nutrition without macros',
      at3,
      ['listRecipes', 'items', 'nutrition'],
      ['calories', 'vitamins', 'measuredAt', '__typename'],
    ],
    [
      'maxDepth 3: listRecipes.items.steps',
      at3,
      ['listRecipes', 'items', 'steps'],
      ['nextToken', '__typename'],
    ],
    [
      'maxDepth 3: getStep.recipe.steps back-reference',
      at3,
      ['getStep', 'recipe', 'steps'],
      ['nextToken', '__typename'],
    ],
    [
      'maxDepth 4: getRecipe reaches the ingredient',
      at4,
      ['getRecipe', 'ingredients', 'items', 'ingredient', 'id'],
      undefined,
    ],
  ] as const)('%s', (_name, documents, path, want) => {
    const got = selectedAt(documents, path);
    if (want === undefined) {
      expect(selectedAt(documents, path.slice(0, -1))).toContain(path.at(-1));
    } else {
      expect(got).toEqual(want);
    }
  });

  it('maxDepth 3: getRecipe.steps.items has Step scalars only, no recipe', () => {
    expect(selectedAt(at3, ['getRecipe', 'steps', 'items'])).toEqual([
      'id',
      'recipeID',
      'position',
      'instruction',
      'timerAt',
      'photoUrls',
      'createdAt',
      'updatedAt',
      '__typename',
    ]);
  });

  it('maxDepth 3: the ingredient is not reachable from getRecipe', () => {
    expect(selectedAt(at3, ['getRecipe', 'ingredients', 'items'])).not.toContain('ingredient');
  });

  it('selects nested connection fields without arguments, the root field with every one', () => {
    const doc = at4.find((d) => d.operation.fieldName === 'getRecipe')?.document as DocumentNode;
    const withArguments: string[] = [];
    visit(doc, {
      Field(node) {
        if ((node.arguments ?? []).length > 0) withArguments.push(node.name.value);
      },
    });
    expect(withArguments).toEqual(['getRecipe']);
  });

  it('without __typename, selects none', () => {
    for (const { document } of documentsAt(3, false)) {
      expect(JSON.stringify(document)).not.toContain('__typename');
    }
  });

  it('appends __typename last in every object selection', () => {
    for (const { document } of at3) {
      visit(document, {
        SelectionSet(node, _key, parent) {
          if ((parent as { kind?: string }).kind === Kind.OPERATION_DEFINITION) return;
          const last = node.selections.at(-1);
          expect(last?.kind === Kind.FIELD && last.name.value).toBe('__typename');
        },
      });
    }
  });
});

describe('objects whose subfields all drop', () => {
  const ir = withOperations(
    schemaIR({
      models: [
        model('Dish', 'Dishes', [
          field('Dish', 'id', 'ID', { required: true }),
          field('Dish', 'box', { kind: 'nonModel', name: 'Box' }),
          ...timestampFields('Dish'),
        ]),
      ],
      nonModels: [
        nonModel('Box', [field('Box', 'inner', { kind: 'nonModel', name: 'Inner' })]),
        nonModel('Inner', [field('Inner', 'size', 'Int')]),
      ],
    }),
  );

  it('selects { __typename } with typename on (box at one level left)', () => {
    expect(selectedAt(documentsAt(2, true, ir), ['getDish', 'box'])).toEqual(['__typename']);
  });

  it('drops the object with typename off, never leaving an empty selection', () => {
    expect(selectedAt(documentsAt(2, false, ir), ['getDish'])).toEqual([
      'id',
      'createdAt',
      'updatedAt',
    ]);
  });
});

describe('operations and names come from the IR', () => {
  it('recipes has exactly the three derivable index queries', () => {
    const ir = recipesIR();
    const indexQueries = new Set(
      ir.operations.filter((o) => o.role === 'index').map((o) => o.fieldName),
    );
    const names = documentsAt(2, true, ir)
      .map((d) => d.operation.fieldName)
      .filter((name) => indexQueries.has(name));
    expect(names).toEqual([
      'stepsByRecipeID',
      'recipeIngredientsByRecipeId',
      'recipeIngredientsByIngredientId',
    ]);
    const queryFields = Object.keys(buildAppSyncSchema(ir).getQueryType()?.getFields() ?? {});
    expect(queryFields.filter((n) => n.includes('By'))).toEqual(names);
  });

  it('recipes has AWS’s 67 operations: 19 queries, 24 mutations, 24 subscriptions', () => {
    const kinds = documentsAt(2).map((d) => d.operation.kind);
    expect([
      kinds.length,
      ...['query', 'mutation', 'subscription'].map((k) => kinds.filter((x) => x === k).length),
    ]).toEqual([67, 19, 24, 24]);
  });

  it('names each operation with the IR’s operationName', () => {
    for (const { operation, document } of documentsAt(1)) {
      const definition = document.definitions[0];
      expect(definition?.kind === Kind.OPERATION_DEFINITION && definition.name?.value).toBe(
        operation.operationName,
      );
    }
  });
});

describe('selection trees shared between documents', () => {
  const rootSelection = (documents: readonly OperationDocument[], fieldName: string) => {
    const definition = documents.find((d) => d.operation.fieldName === fieldName)?.document
      .definitions[0];
    if (definition?.kind !== Kind.OPERATION_DEFINITION) throw new Error('not an operation');
    return (definition.selectionSet.selections[0] as FieldNode).selectionSet;
  };

  it('without pruneCycles, operations returning one type at one depth share one tree', () => {
    const documents = documentsAt(3);
    const tree = rootSelection(documents, 'getRecipe');
    expect(tree).toBeDefined();
    expect(rootSelection(documents, 'createRecipe')).toBe(tree);
    expect(rootSelection(documents, 'onUpdateRecipe')).toBe(tree);
    expect(rootSelection(documents, 'listRecipes')).not.toBe(tree);
  });

  it('with pruneCycles, each document builds its own', () => {
    const ir = recipesIR();
    const documents = operationDocuments(ir, {
      maxDepth: 3,
      typename: true,
      pruneCycles: true,
    });
    expect(rootSelection(documents, 'createRecipe')).not.toBe(
      rootSelection(documents, 'getRecipe'),
    );
  });

  it('charges a shared tree to every operation that selects it, in full', () => {
    const ir = recipesIR();
    const schema = buildApiSchema(ir);
    const recipe = objectTypeNamed(schema, 'Recipe')!;
    const options = {
      schema,
      maxDepth: 3,
      typename: true,
      pruneCycles: undefined,
      modelTypes: new Set(ir.models.map((m) => m.name)),
      shared: new Map(),
    };
    const first = { remaining: 10_000, operation: 'first' };
    const tree = objectSelection(recipe, 3, [], { ...options, budget: first });
    const fields = 10_000 - first.remaining;
    expect(fields).toBeGreaterThan(10);
    const exact = { remaining: fields, operation: 'exact' };
    expect(objectSelection(recipe, 3, [], { ...options, budget: exact })).toBe(tree);
    expect(exact.remaining).toBe(0);
    const short = { remaining: fields - 1, operation: 'short' };
    expect(() => objectSelection(recipe, 3, [], { ...options, budget: short })).toThrow(
      /short select more than/,
    );
  });
});
