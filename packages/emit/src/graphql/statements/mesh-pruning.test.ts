import { normalizeSchema } from '@uibuilder-codegen/transform';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain .mjs module without declarations
import { syntheticJob } from '../../../../../bench/synthetic-job.mjs';
import { DEFAULT_EMIT_OPTIONS } from '../../emit-defaults.js';
import { emitFiles } from '../../emit-files.js';

const bytes = (maxDepth: number, pruneCycles: boolean) => {
  const { ir } = normalizeSchema(syntheticJob({ shape: 'mesh', api: 'graphQL' }));
  return emitFiles(ir, { ...DEFAULT_EMIT_OPTIONS, maxDepth, pruneCycles }).files.reduce(
    (n, f) => n + f.contents.length,
    0,
  );
};

// Issue 9: 12 models, each related to every other. Without pruning every extra level multiplies
// the output; with it each model is expanded once per document, so depth stops mattering.
describe('cycle pruning on a 12-model mesh', () => {
  it('keeps maxDepth 6 within 2x of the output at maxDepth 3', () => {
    const atDepth3 = bytes(3, false);
    const pruned6 = bytes(6, true);
    expect(pruned6).toBeLessThan(2 * atDepth3);
  });

  it('without pruning, maxDepth 6 is refused with a usage error instead of exhausting memory', () => {
    expect(() => bytes(6, false)).toThrow(/maxDepth 6 makes getMesh\d+ select more/);
  });
});
