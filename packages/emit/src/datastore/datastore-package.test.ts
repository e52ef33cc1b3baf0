import { afterAll, describe, expect, it } from 'vitest';
import type { EmitContext } from '../emit-context.js';
import { createDataStoreSources } from './datastore-sources.js';
import { exampleIR } from './test-support/example-ir.js';
import { modelProbes } from './test-support/sample-values.js';
import {
  probePackage,
  removeScratchRoot,
  scratchDirectory,
  writeSources,
} from './test-support/package-on-disk.js';
import type { SchemaIR } from '@uibuilder-codegen/transform';

function context(ir: SchemaIR): EmitContext {
  return { ir, maxDepth: 3, typename: true, pruneCycles: false, appSyncSchemaPath: undefined };
}

afterAll(removeScratchRoot);

describe('the DataStore package in Node', () => {
  it('writes index.js, index.d.ts, schema.js and schema.d.ts beside the component directory', () => {
    const result = createDataStoreSources(context(exampleIR));
    expect(result.diagnostics).toEqual([]);
    expect(
      result.sources.map((source) => (source.kind === 'literal' ? source.path : source.specifier)),
    ).toEqual([
      '../models/index.js',
      '../models/index.d.ts',
      '../models/schema.js',
      '../models/schema.d.ts',
    ]);
  });

  it('loads with Node ESM and constructs and copies every model of the example', async () => {
    const result = createDataStoreSources(context(exampleIR));
    const files = await writeSources(await scratchDirectory('example'), result.sources);
    const report = await probePackage(
      files.get('../models/index.js')!,
      ['PostStatus'],
      modelProbes(exampleIR),
    );
    expect(report.importError).toBeUndefined();
    expect(report.models).toEqual(
      exampleIR.models.map((model) => ({ name: model.name, ok: true })),
    );
    expect(report.frozenEnums).toEqual({ PostStatus: ['DRAFT', 'PUBLISHED', 'ARCHIVED'] });
    expect(report.exports).toEqual([
      'Author',
      'Post',
      'PostMeta',
      'PostStatus',
      'PostTags',
      'Profile',
      'Review',
      'Tag',
    ]);
  });
});
