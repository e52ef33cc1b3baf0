import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { ReactRenderConfig } from '@uibuilder-codegen/core';
import { describe, expect, test } from 'vitest';
import { emitFiles } from '../emit-files.js';
import { typeCheck } from '../test-support/compile.js';
import { withRenderConfig } from '../test-support/ir-builders.js';
import { EMIT_PACKAGE_DIR } from '../test-support/temp-dir.js';

const BLOG = resolve(EMIT_PACKAGE_DIR, '../../examples/blog');
const job: unknown = JSON.parse(readFileSync(join(BLOG, 'codegen-job.json'), 'utf8'));
const consumer = readFileSync(join(BLOG, 'consumers/models-consumer.ts'), 'utf8');

function blogModels(react: ReactRenderConfig): SchemaIR {
  return withRenderConfig(normalizeSchema(job).ir, react);
}

/** The example's own consumer sits in `<root>/consumers` and imports `../src/models/index`. */
const check = (files: Parameters<typeof typeCheck>[0]) =>
  typeCheck(files, consumer, { consumerPath: '../../consumers/models-consumer.ts' }).diagnostics;

describe('the blog example job, as plain model interfaces', () => {
  test.each([
    ['tsx', false, ['../models/index.ts']],
    ['jsx', true, ['../models/index.d.ts', '../models/index.js']],
    ['js', true, ['../models/index.d.ts', '../models/index.js']],
  ] as const)(
    '%s (declarations: %s) compiles with examples/blog/consumers/models-consumer.ts',
    (script, renderTypeDeclarations, paths) => {
      const { files } = emitFiles(blogModels({ script, renderTypeDeclarations }));
      expect(files.map((f) => f.path)).toEqual(paths);
      expect(check(files)).toEqual([]);
    },
  );

  test('byte-identical on a second run, from a fresh normalisation', () => {
    const render = { script: 'js', renderTypeDeclarations: true, inlineSourceMap: true } as const;
    expect(emitFiles(blogModels(render)).files).toEqual(emitFiles(blogModels(render)).files);
  });
});
