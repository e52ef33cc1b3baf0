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

/**
 * A job file of the repository as IR, rendered for DataStore: most of these jobs ask for GraphQL
 * statements, and the DataStore tests want the model package from the same schema.
 */
export function jobIR(path: string): SchemaIR {
  return normalizeSchema(asDataStoreJob(readJson(path))).ir;
}

/** `job` with its render config's API configuration replaced by `dataStoreConfig`. */
export function asDataStoreJob(job: unknown): unknown {
  const value = job as { job?: Record<string, unknown> } & Record<string, unknown>;
  const inner = value.job ?? value;
  const renderConfig = (inner['renderConfig'] ?? {}) as { react?: Record<string, unknown> };
  const withDataStore = {
    ...inner,
    renderConfig: {
      ...renderConfig,
      react: { ...renderConfig.react, apiConfiguration: { dataStoreConfig: {} } },
    },
  };
  return value.job === undefined ? withDataStore : { ...value, job: withDataStore };
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
