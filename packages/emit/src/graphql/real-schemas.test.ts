import { normalizeSchema } from '@uibuilder-codegen/transform';
import { parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { operationDocuments } from './test-support/documents.js';
import {
  realCaseAppSyncSchema,
  realCaseJob,
  realCaseNames,
} from './test-support/reference-schema.js';

/**
 * Per case and depth: documents that validate against the deployed API, and documents that do
 * not but whose root field the AssumedNames warning names. Measured, and held here so that a
 * change in either shows.
 */
const EXPECTED: Record<string, { valid: number; assumedAndInvalid: number }> = {
  'declared-implicit-fk': { valid: 16, assumedAndInvalid: 0 },
  'gen1-docs': { valid: 75, assumedAndInvalid: 0 },
  'index-sort-key': { valid: 32, assumedAndInvalid: 2 },
  'js-globals': { valid: 41, assumedAndInvalid: 0 },
  'model-arguments': { valid: 12, assumedAndInvalid: 12 },
  'model-named-then': { valid: 16, assumedAndInvalid: 0 },
  'non-model-holds-model': { valid: 16, assumedAndInvalid: 0 },
  'owner-auth': { valid: 16, assumedAndInvalid: 0 },
  'references-docs': { valid: 80, assumedAndInvalid: 0 },
  'references-repro': { valid: 24, assumedAndInvalid: 0 },
  'renamed-timestamps': { valid: 24, assumedAndInvalid: 0 },
};

describe('fixtures/real: the documents against the API AWS deploys', () => {
  it('covers every case', () => {
    expect(realCaseNames()).toEqual(Object.keys(EXPECTED));
  });

  describe.each(realCaseNames())('%s', (name) => {
    const { ir, diagnostics } = normalizeSchema(realCaseJob(name));
    const deployed = realCaseAppSyncSchema(name);
    // Index queries and (real/model-arguments) renamed or removed model operations.
    const assumed = new Set(ir.assumptions.map((a) => a.fieldName));

    it.each([2, 3])(
      'at maxDepth %i, every document validates or is an operation named in the warning',
      (maxDepth) => {
        const documents = operationDocuments(ir, {
          maxDepth,
          typename: true,
          pruneCycles: false,
        });
        const invalid = documents
          .filter(({ document }) => validate(deployed, parse(print(document))).length > 0)
          .map(({ operation }) => operation.fieldName);
        expect(invalid.filter((field) => !assumed.has(field))).toEqual([]);
        expect({
          valid: documents.length - invalid.length,
          assumedAndInvalid: invalid.length,
        }).toEqual(EXPECTED[name]);
      },
    );

    it('names every assumed index query in its one AssumedNames warning', () => {
      const warnings = diagnostics.filter((d) => d.code === 'AssumedNames');
      expect(warnings).toHaveLength(1);
      for (const { kind, fieldName } of ir.assumptions)
        if (kind === 'indexQuery') expect(warnings[0]?.message).toContain(fieldName);
    });
  });
});
