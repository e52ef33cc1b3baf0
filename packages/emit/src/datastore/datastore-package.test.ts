import { afterAll, describe, expect, it } from 'vitest';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { emitFiles } from '../emit-files.js';
import type { EmitContext } from '../emit-context.js';
import { createDataStoreSources } from './datastore-sources.js';
import { dataStoreExampleIR } from './test-support/jobs.js';
import { withOutputForm } from '../test-support/ir-builders.js';
import { modelProbes } from './test-support/sample-values.js';
import {
  probePackage,
  removeScratchRoot,
  scratchDirectory,
  writeSources,
} from './test-support/package-on-disk.js';

function context(ir: SchemaIR): EmitContext {
  return { ir, maxDepth: 3, typename: true, pruneCycles: false, appSyncSchemaPath: undefined };
}

afterAll(removeScratchRoot);

const ir = dataStoreExampleIR();

describe('the DataStore package', () => {
  it('is index.js, index.d.ts, schema.js and schema.d.ts in ../models, whatever the script', () => {
    for (const script of ['jsx', 'tsx', 'js'] as const) {
      const result = createDataStoreSources(context(withOutputForm(ir, { script })));
      expect(result.diagnostics).toEqual([]);
      expect(result.sources.map((source) => source.kind === 'literal' && source.path)).toEqual([
        '../models/index.js',
        '../models/index.d.ts',
        '../models/schema.js',
        '../models/schema.d.ts',
      ]);
    }
  });

  it('imports with explicit .js extensions', () => {
    const index = createDataStoreSources(context(ir)).sources[0];
    expect(index?.kind === 'literal' && index.contents).toContain(
      'import { initSchema } from "@aws-amplify/datastore";\nimport { schema } from "./schema.js";',
    );
  });

  it('is byte-identical on every run, through emitFiles with its banner', () => {
    const first = emitFiles(ir);
    const second = emitFiles(structuredClone(ir));
    expect(first.files.map((file) => file.path)).toEqual([
      '../models/index.d.ts',
      '../models/index.js',
      '../models/schema.d.ts',
      '../models/schema.js',
    ]);
    expect(second.files).toEqual(first.files);
    for (const file of first.files) {
      expect(file.contents).toContain('example-datastore');
      expect(file.contents.endsWith('\n')).toBe(true);
    }
  });
});

describe('the DataStore package in Node (no network, no Amplify.configure)', () => {
  it('loads with the ESM loader, constructs and copies every model of the example', async () => {
    const files = await writeSources(
      await scratchDirectory('example'),
      createDataStoreSources(context(ir)).sources,
    );
    const report = await probePackage(
      files.get('../models/index.js')!,
      ['PostStatus'],
      modelProbes(ir),
    );
    expect(report.importError).toBeUndefined();
    expect(report.models).toEqual(ir.models.map((model) => ({ name: model.name, ok: true })));
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

  it('reports what DataStore rejects (the probe can fail)', async () => {
    const files = await writeSources(
      await scratchDirectory('rejects'),
      createDataStoreSources(context(ir)).sources,
    );
    const probes = modelProbes(ir);
    const review = probes.find((probe) => probe.name === 'Review')!;
    const post = probes.find((probe) => probe.name === 'Post')!;
    const author = probes.find((probe) => probe.name === 'Author')!;
    expect(post.links).toEqual([
      { field: 'author', relatedModel: 'Author', localFields: ['authorID'], remoteFields: ['id'] },
    ]);
    const wrongLink = { ...post.links[0]!, remoteFields: ['name'] };
    const report = await probePackage(
      files.get('../models/index.js')!,
      [],
      [
        { ...author, links: [] },
        { ...review, init: { ...review.init, stars: 'five' } },
        { ...review, init: { ...review.init, reviewerIp: 'not an address' } },
        { ...post, links: [wrongLink] },
      ],
    );
    expect(report.models?.map((model) => model.error)).toEqual([
      undefined,
      expect.stringMatching(/Field stars should be of type number/),
      expect.stringMatching(/Field reviewerIp should be of type AWSIPAddress/),
      'author did not set authorID',
    ]);
  });
});
