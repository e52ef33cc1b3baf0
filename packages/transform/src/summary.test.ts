import { describe, expect, it } from 'vitest';
import type { SchemaError } from '@uibuilder-codegen/core';
import { normalizeSchema } from './normalize-schema.js';
import { summarizeSchema } from './summary.js';
import { readFixture } from './test-support/fixtures.js';

describe('summarizeSchema', () => {
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
  });
});
