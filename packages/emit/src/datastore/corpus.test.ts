import { afterAll, describe, expect, it } from 'vitest';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { EmittedSource } from '../emitted-source.js';
import { createDataStoreSources } from './datastore-sources.js';
import { createDataStoreIndexJs } from './datastore-index-js.js';
import { createDataStoreSchemaJs } from './datastore-schema-js.js';
import { createIntrospectionSchema } from './introspection-schema.js';
// The default run takes the example jobs and a sample of the corpus; `pnpm test:full` all of it.
import { sampleUnlessFull } from '../../../transform/src/test-support/test-scale.js';
import { corpusIRs, namedJobIRs } from './test-support/jobs.js';
import {
  probePackage,
  removeScratchRoot,
  scratchDirectory,
  writeSources,
} from './test-support/package-on-disk.js';
import type { ProbeReport } from './test-support/package-on-disk.js';
import { modelProbes } from './test-support/sample-values.js';

afterAll(removeScratchRoot);

/** Corpus schemas DataStore cannot order: a DataStoreCycle is expected for exactly these. */
const REFUSED_BY_DATASTORE = new Set<string>([]);

const context = (ir: SchemaIR) => ({
  ir,
  maxDepth: 3,
  typename: true,
  pruneCycles: false,
  appSyncSchemaPath: undefined,
});

async function load(
  name: string,
  ir: SchemaIR,
  sources: readonly EmittedSource[],
): Promise<ProbeReport> {
  const files = await writeSources(await scratchDirectory(name.replace(/[^\w-]/g, '_')), sources);
  return probePackage(
    files.get('../models/index.js')!,
    ir.enums.map((e) => e.name),
    modelProbes(ir),
  );
}

/** The package without the up-front check, to see what DataStore itself does with the schema. */
function uncheckedSources(ir: SchemaIR): EmittedSource[] {
  return [
    createDataStoreIndexJs(ir, '../models/index.js', './schema.js'),
    createDataStoreSchemaJs(createIntrospectionSchema(ir), '../models/schema.js'),
  ];
}

describe.concurrent.each([...namedJobIRs(), ...sampleUnlessFull(corpusIRs(), 6)])(
  '%s',
  (name, ir) => {
    const result = createDataStoreSources(context(ir));

    if (REFUSED_BY_DATASTORE.has(name)) {
      it('is refused up front with a DataStoreCycle, as DataStore itself refuses it', async () => {
        expect(result.sources).toEqual([]);
        expect(result.diagnostics.map((d) => [d.severity, d.code])).toContainEqual([
          'error',
          'DataStoreCycle',
        ]);
        const report = await load(name, ir, uncheckedSources(ir));
        expect(report.importError).toMatch(/Models are not topologically sortable/);
      });
    } else {
      it('loads in Node: initSchema accepts it and every model constructs and copies', async () => {
        expect(result.diagnostics).toEqual([]);
        const report = await load(name, ir, result.sources);
        expect(report.importError).toBeUndefined();
        expect(report.models?.filter((model) => !model.ok)).toEqual([]);
        expect(report.models).toHaveLength(ir.models.length);
        expect(Object.keys(report.frozenEnums ?? {})).toEqual(ir.enums.map((e) => e.name));
        for (const enumIR of ir.enums)
          expect(report.frozenEnums?.[enumIR.name]).toEqual(enumIR.values);
      });
    }
  },
);
