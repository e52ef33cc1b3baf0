import { normalizeSchema } from '@uibuilder-codegen/transform';
import { print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildAppSyncSchema } from '../test-support/appsync-graphql-schema.js';
import { chainJob } from '../test-support/chain-job.js';
import { recipesIR } from '../test-support/real-ir.js';
import { operationDocuments } from '../test-support/documents.js';

function outputSize(count: number, pruneCycles: boolean, maxDepth = 6): number {
  const { ir, diagnostics } = normalizeSchema(chainJob(count));
  // Index query names are assumed (AssumedNames); nothing else may be reported.
  expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code)).toEqual([
    'AssumedNames',
  ]);
  const schema = buildAppSyncSchema(ir);
  const documents = operationDocuments(ir, {
    maxDepth,
    typename: true,
    pruneCycles,
  });
  for (const { document } of documents) expect(validate(schema, document)).toEqual([]);
  return documents.reduce((total, { document }) => total + print(document).length, 0);
}

describe('pruneCycles (issue #43)', () => {
  it('keeps a 50-model chain at depth 6 linear in the model count', () => {
    const at25 = outputSize(25, true);
    const at50 = outputSize(50, true);
    expect(at50 / at25).toBeLessThanOrEqual(2.2);
    expect(at50 / at25).toBeGreaterThan(1.8);
  });

  it('is much smaller than the unpruned output on the same chain', () => {
    expect(outputSize(50, false)).toBeGreaterThan(2 * outputSize(50, true));
  });

  it('never re-enters a model already on the path', () => {
    const ir = recipesIR();
    const [getStep] = operationDocuments(ir, {
      maxDepth: 6,
      typename: false,
      pruneCycles: true,
    }).filter((d) => d.operation.fieldName === 'getStep');
    const source = print(getStep?.document ?? ({ kind: 'Document', definitions: [] } as never));
    // getStep -> recipe -> (no steps: Step is on the path) ingredients -> items -> ingredient -> (no recipes)
    expect(source).toContain('recipe {');
    expect(source).not.toMatch(/steps \{/);
    expect(source).toContain('ingredient {');
    expect(source).not.toMatch(/ingredient \{[^}]*recipes \{/);
  });
});
