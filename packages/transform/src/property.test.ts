import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SchemaError } from '@uibuilder-codegen/core';
import { normalizeSchema } from './normalize-schema.js';
import { corruptedJob, validJob } from './test-support/arbitrary-job.js';

const SETTINGS = { seed: 20261129, numRuns: 200 };

describe('normalizeSchema on random input (fast-check)', () => {
  it('gives no errors for random valid schemas', () => {
    fc.assert(
      fc.property(validJob, (job) => {
        const { ir, diagnostics } = normalizeSchema(job);
        expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
        expect(ir.operations.length).toBeGreaterThanOrEqual(ir.models.length * 8);
      }),
      SETTINGS,
    );
  });

  it('throws nothing but SchemaError on random corruptions, and never an internal error', () => {
    fc.assert(
      fc.property(corruptedJob, (job) => {
        try {
          normalizeSchema(job);
        } catch (error) {
          expect(error).toBeInstanceOf(SchemaError);
          const codes = (error as SchemaError).diagnostics.map((d) => d.code);
          expect(codes).not.toContain('InternalError');
        }
      }),
      SETTINGS,
    );
  });

  it('throws nothing but SchemaError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(() => normalizeSchema(value)).toThrow(SchemaError);
      }),
      SETTINGS,
    );
  });

  it('is deterministic: the same job gives the same IR', () => {
    fc.assert(
      fc.property(validJob, (job) => {
        expect(normalizeSchema(structuredClone(job))).toEqual(
          normalizeSchema(structuredClone(job)),
        );
      }),
      { ...SETTINGS, numRuns: 50 },
    );
  });
});
