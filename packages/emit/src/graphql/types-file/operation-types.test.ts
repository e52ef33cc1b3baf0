import { describe, expect, it } from 'vitest';
import { buildApiSchema } from '../appsync-schema/build-appsync-schema.js';
import { eachOperationDocument } from '../statements/operation-documents.js';
import { recipesIR } from '../test-support/real-ir.js';
import { operationTypeAliases } from './operation-types.js';
import { printDeclarations } from './print-declarations.js';

const ir = recipesIR();
const schema = buildApiSchema(ir);

/** The types of the statement the recipes job gets for `fieldName`, as the types file prints them. */
function typesOf(fieldName: string, maxDepth: number, typename: boolean): string {
  const operations = ir.operations.filter((operation) => operation.fieldName === fieldName);
  const options = { maxDepth, typename, pruneCycles: false };
  const [document] = [...eachOperationDocument(ir, schema, options, operations)];
  if (document === undefined) throw new Error(`recipes has no operation ${fieldName}`);
  return printDeclarations(operationTypeAliases(schema, document));
}

describe('operationTypeAliases', () => {
  it('types scalar, enum and list fields and the variables', () => {
    expect(typesOf('getRecipe', 1, false)).toMatchInlineSnapshot(`
      "export type GetRecipeQueryVariables = {
        id: string;
      };

      export type GetRecipeQuery = {
        getRecipe?: {
          id: string;
          title: string;
          description?: string | null;
          servings?: number | null;
          rating?: number | null;
          isVegetarian?: boolean | null;
          difficulty: Difficulty;
          cuisines?: Array<Cuisine> | null;
          tags?: Array<string | null> | null;
          publishedOn?: string | null;
          sourceUrl?: string | null;
          metadata?: string | null;
          createdAt: string;
          updatedAt: string;
          chefRecipesId?: string | null;
        } | null;
      };
      "
    `);
  });

  it('nests selections, with a selected __typename first as a literal', () => {
    expect(typesOf('listSteps', 3, true)).toMatchInlineSnapshot(`
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
            recipeID: string;
            position: number;
            instruction: string;
            timerAt?: string | null;
            photoUrls?: Array<string> | null;
            recipe?: {
              __typename: "Recipe";
              id: string;
              title: string;
              description?: string | null;
              servings?: number | null;
              rating?: number | null;
              isVegetarian?: boolean | null;
              difficulty: Difficulty;
              cuisines?: Array<Cuisine> | null;
              tags?: Array<string | null> | null;
              publishedOn?: string | null;
              sourceUrl?: string | null;
              metadata?: string | null;
              createdAt: string;
              updatedAt: string;
              chefRecipesId?: string | null;
            } | null;
            createdAt: string;
            updatedAt: string;
          } | null>;
          nextToken?: string | null;
        } | null;
      };
      "
    `);
  });

  it('refuses a document that is not one operation, naming the operation', () => {
    const [document] = [
      ...eachOperationDocument(
        ir,
        schema,
        { maxDepth: 1, typename: false, pruneCycles: false },
        ir.operations.slice(0, 1),
      ),
    ];
    if (document === undefined) throw new Error('recipes has operations');
    const resultTypeName = document.operation.resultTypeName;
    const empty = { ...document, document: { ...document.document, definitions: [] } };
    expect(() => operationTypeAliases(schema, empty)).toThrow(
      `${resultTypeName}: the document must hold exactly one operation`,
    );
  });
});
