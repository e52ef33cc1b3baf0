import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import { describe, expect, test } from 'vitest';
import { emitFiles } from '../emit-files.js';
import { EMIT_PACKAGE_DIR } from '../test-support/temp-dir.js';
import { typeCheck } from '../test-support/compile.js';
import { importGenerated } from '../test-support/import-module.js';
import { usesSyntaxNewerThanES2015 } from '../test-support/es-syntax.js';
import { withRenderConfig } from '../test-support/ir-builders.js';

const REPO = resolve(EMIT_PACKAGE_DIR, '../..');
const CORPUS = join(REPO, 'fixtures/corpus');
/** It names models that do not exist on purpose: the transform rejects it. */
const INVALID = new Set(['mock-schemas__schemaWithAssumptions.json']);

const jobs: [string, unknown][] = [
  ...readdirSync(CORPUS)
    .filter((name) => name.endsWith('.json') && !INVALID.has(name))
    .sort()
    .map((name): [string, unknown] => [name, JSON.parse(readFileSync(join(CORPUS, name), 'utf8'))]),
  [
    'recipes codegen-job.json',
    JSON.parse(readFileSync(join(REPO, 'fixtures/recipes/codegen-job.json'), 'utf8')),
  ],
];

/** Uses every export, so that a broken type or value anywhere is an error. */
const CONSUMER = `import * as models from '../models/index';
import type * as types from '../models/index';
export const all = models;
type Every = { [K in keyof typeof types]: (typeof types)[K] };
export type Check = Every;
`;

const STRICTEST = {
  erasableSyntaxOnly: true,
  verbatimModuleSyntax: true,
  exactOptionalPropertyTypes: true,
};

describe.each(jobs)('%s', (_name, job) => {
  const { ir } = normalizeSchema(job);

  test('tsx compiles', () => {
    const { files } = emitFiles(withRenderConfig(ir, { script: 'tsx' }));
    expect(files.map((f) => f.path)).toEqual(['../models/index.ts']);
    expect(typeCheck(files, CONSUMER, { compilerOptions: STRICTEST }).diagnostics).toEqual([]);
  });

  test.each([
    ['js', 'es2015'],
    ['jsx', 'es2020'],
  ] as const)('%s (%s) runs in Node and its declarations compile', async (script, target) => {
    const { files } = emitFiles(
      withRenderConfig(ir, {
        script,
        target,
        renderTypeDeclarations: true,
        inlineSourceMap: script === 'jsx',
      }),
    );
    expect(files.map((f) => f.path)).toEqual(['../models/index.d.ts', '../models/index.js']);
    const loaded = { ...(await importGenerated(files, '../models/index.js')) };
    expect(Object.keys(loaded).sort()).toEqual(ir.enums.map((e) => e.name).sort());
    for (const enumIR of ir.enums) {
      expect(Object.values(loaded[enumIR.name] as object)).toEqual(enumIR.values);
    }
    if (target === 'es2015') {
      expect(usesSyntaxNewerThanES2015(files[1]?.contents ?? '')).toBe(false);
    }
    expect(typeCheck(files, CONSUMER, { compilerOptions: STRICTEST }).diagnostics).toEqual([]);
  });
});
