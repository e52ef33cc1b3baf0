/**
 * The repository's jobs, read from disk and turned into IR by the real transform, for the
 * DataStore tests: the DataStore example, the blog example, the recipes reference and the corpus.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import type { SchemaIR } from '@uibuilder-codegen/transform';

const REPOSITORY = fileURLToPath(new URL('../../../../../', import.meta.url));

/** The corpus schema AWS's own tests use as an error case (dangling references). */
export const BROKEN_CORPUS_SCHEMA = 'mock-schemas__schemaWithAssumptions';

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(`${REPOSITORY}${path}`, 'utf8'));
}

/** A job file of the repository as IR. */
export function jobIR(path: string): SchemaIR {
  return normalizeSchema(readJson(path)).ir;
}

/** `examples/datastore/codegen-job.json` as IR. */
export function dataStoreExampleIR(): SchemaIR {
  return jobIR('examples/datastore/codegen-job.json');
}

/** The named jobs every DataStore test covers: the examples and the recipes reference. */
export function namedJobIRs(): [string, SchemaIR][] {
  return [
    ['examples/datastore', dataStoreExampleIR()],
    ['examples/blog', jobIR('examples/blog/codegen-job.json')],
    ['fixtures/recipes', jobIR('fixtures/recipes/codegen-job.json')],
  ];
}

/** Every corpus schema but {@link BROKEN_CORPUS_SCHEMA}, as IR, by file stem, sorted. */
export function corpusIRs(): [string, SchemaIR][] {
  return readdirSync(`${REPOSITORY}fixtures/corpus`)
    .filter((name) => name.endsWith('.json') && name !== `${BROKEN_CORPUS_SCHEMA}.json`)
    .sort()
    .map((name) => [name.replace(/\.json$/, ''), jobIR(`fixtures/corpus/${name}`)]);
}
