import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SchemaError } from '@uibuilder-codegen/core';
import { normalizeSchema, summarizeSchema } from '@uibuilder-codegen/transform';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic, NO_COLORS } from './format-diagnostic.js';
import { formatSummary } from './format-summary.js';

const fixture = (name: string): unknown =>
  JSON.parse(
    readFileSync(fileURLToPath(new URL(`../../../../fixtures/${name}`, import.meta.url)), 'utf8'),
  );

describe('formatSummary (what inspect prints)', () => {
  it('prints the models, relations, index queries and operation counts of the recipes job', () => {
    const text = formatSummary(
      summarizeSchema(normalizeSchema(fixture('recipes/codegen-job.json'))),
    );
    expect(text).toContain('Review: key [recipeId, createdOn], 9 fields, plural Reviews');
    expect(text).toContain(
      'ingredients: manyToMany Ingredient through RecipeIngredients (keys: recipeId), inverse recipes',
    );
    expect(text).toContain('index queries: stepsByRecipeID');
    expect(text).toContain('Operations: 19 queries, 24 mutations, 24 subscriptions');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('lists the assumed names: index queries by name, default operations by model', () => {
    const text = formatSummary(
      summarizeSchema(normalizeSchema(fixture('real/index-sort-key/codegen-job.json'))),
    );
    expect(text).toContain(
      'Assumed names (34; the deployed AppSync schema, --api-schema, makes them exact):',
    );
    expect(text).toContain('    commentsByPostID (Comment)\n    ordersByCustomerID (Order)\n');
    expect(text).toContain(
      'default @model operations of 4 model(s) (an @model argument would rename or remove them): Post, Comment, Customer, Order',
    );
    expect(text).toContain('  warning [AssumedNames] 34 operation names rest on');
  });

  it("prints each diagnostic in generate's layout, indented under the counts, without colours", () => {
    let error: unknown;
    try {
      normalizeSchema(fixture('corpus/mock-schemas__schemaWithAssumptions.json'));
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(SchemaError);
    const dangling = (error as SchemaError).diagnostics.find((d) => d.severity === 'error');
    const text = formatSummary(summarizeSchema({ diagnostics: [dangling!] }));
    expect(text).toBe(
      'Diagnostics: 1 error(s), 0 warning(s), 0 info(s)\n' +
        '  error [DanglingModelReference] User.friends points at model "Friend", which does not exist\n' +
        '    at /genericDataSchema/models/User/fields/friends/relationship/relatedModelName\n' +
        '    Resolution: Add model Friend to the schema, or correct relatedModelName.\n',
    );
    // The same three lines generate prints (for a SchemaError and for warnings), unindented.
    expect(text).toContain(formatDiagnostic(dangling!, NO_COLORS).replace(/^/gm, '  ') + '\n');
  });
});
