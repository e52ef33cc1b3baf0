/**
 * Test support: IRs made by the real transform from the repository's jobs.
 */
import { normalizeSchema } from '@uibuilder-codegen/transform';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { blogExampleJob, corpusJobs, recipesJob } from './reference-schema.js';

/** The recipes job (`fixtures/recipes/codegen-job.json`, tsx, `../API`, `../graphql/*`) as IR. */
export function recipesIR(): SchemaIR {
  return normalizeSchema(recipesJob()).ir;
}

/** The blog example's job (`examples/blog/codegen-job.json`) as IR. */
export function blogExampleIR(): SchemaIR {
  return normalizeSchema(blogExampleJob()).ir;
}

/** Every corpus job but the deliberately broken one, as IR, by file stem. */
export function corpusIRs(): [string, SchemaIR][] {
  return corpusJobs().map(([name, job]) => [name, normalizeSchema(job).ir]);
}
