import { describe, expect, it } from 'vitest';
import type { SchemaError } from '@uibuilder-codegen/core';
import { normalizeSchema } from './normalize-schema.js';
import { formatSummary, summarizeSchema } from './summary.js';
import { readFixture } from './test-support/fixtures.js';

describe('summarizeSchema / formatSummary', () => {
  it('summarises the recipes job', () => {
    const summary = summarizeSchema(normalizeSchema(readFixture('recipes/codegen-job.json')));
    expect(summary.ok).toBe(true);
    expect(summary.jobId).toBe('example-recipes');
    expect(summary.api).toBe('graphQL');
    expect(summary.operationCounts).toEqual({ queries: 19, mutations: 24, subscriptions: 24 });
    expect(summary.models.find((m) => m.name === 'Review')).toMatchObject({
      primaryKey: ['recipeId', 'createdOn'],
      relations: [
        {
          field: 'recipe',
          kind: 'belongsTo',
          relatedModel: 'Recipe',
          foreignKeys: ['recipeId'],
          inverseField: 'reviews',
        },
      ],
    });
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
    const text = formatSummary(summary);
    expect(text).toContain('Review: key [recipeId, createdOn], 9 fields, plural Reviews');
    expect(text).toContain(
      'ingredients: manyToMany Ingredient through RecipeIngredients (keys: recipeId), inverse recipes',
    );
    expect(text).toContain('index queries: stepsByRecipeID');
    expect(text).toContain('Operations: 19 queries, 24 mutations, 24 subscriptions');
    expect(text.endsWith('\n')).toBe(true);
  });

  it('lists the assumed names: index queries by name, default operations by model', () => {
    const summary = summarizeSchema(
      normalizeSchema(readFixture('real/index-sort-key/codegen-job.json')),
    );
    expect(summary.assumptions.slice(0, 3)).toEqual([
      { kind: 'indexQuery', model: 'Comment', fieldName: 'commentsByPostID' },
      { kind: 'indexQuery', model: 'Order', fieldName: 'ordersByCustomerID' },
      { kind: 'modelOperation', model: 'Post', fieldName: 'getPost' },
    ]);
    const text = formatSummary(summary);
    expect(text).toContain(
      'Assumed names (34; the deployed AppSync schema, --api-schema, makes them exact):',
    );
    expect(text).toContain('    commentsByPostID (Comment)\n    ordersByCustomerID (Order)\n');
    expect(text).toContain(
      'default @model operations of 4 model(s) (an @model argument would rename or remove them): Post, Comment, Customer, Order',
    );
    expect(text).toContain('warning [AssumedNames] 34 operation names rest on');
  });

  it('summarises the diagnostics of a schema that failed', () => {
    let diagnostics: SchemaError['diagnostics'] = [];
    try {
      normalizeSchema(readFixture('corpus/mock-schemas__schemaWithAssumptions.json'));
    } catch (error) {
      diagnostics = (error as SchemaError).diagnostics;
    }
    const summary = summarizeSchema({ diagnostics });
    expect(summary.ok).toBe(false);
    expect(summary.models).toEqual([]);
    expect(summary.diagnosticCounts.errors).toBe(1);
    const text = formatSummary(summary);
    expect(text).toContain(
      'error [DanglingModelReference] User.friends points at model "Friend", which does not exist',
    );
    expect(text).toContain(
      'at /genericDataSchema/models/User/fields/friends/relationship/relatedModelName',
    );
    expect(text).toContain(
      'Resolution: Add model Friend to the schema, or correct relatedModelName.',
    );
  });
});
