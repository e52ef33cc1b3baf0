#!/usr/bin/env node
/**
 * Checks that the synthetic jobs are valid input: every API kind at a few sizes, and the mesh,
 * normalise without an error diagnostic, and carry the constructs the benchmark claims (every
 * scalar, lists, enums, non-models, hasMany/belongsTo, hasOne, many-to-many, composite keys,
 * read-only timestamps). Also checks determinism. Exit code 0 when all is well, 1 otherwise.
 *
 *   node bench/check-synthetic.mjs        (needs `pnpm build` for @uibuilder-codegen/transform)
 *
 * Written so that it can become a vitest test as is: `checkSyntheticJobs()` returns the problems.
 */
import { pathToFileURL } from 'node:url';
import { syntheticJob } from './synthetic-job.mjs';

const SIZES = [1, 8, 10, 100];
const APIS = /** @type {const} */ (['graphQL', 'graphQLjs', 'dataStore', 'noApi']);

/**
 * @param {any} ir
 * @returns {string[]} the constructs missing from the IR
 */
function missingConstructs(ir) {
  const fields = ir.models.flatMap((/** @type {any} */ model) => model.fields);
  const relationKinds = new Set(
    fields.map((/** @type {any} */ f) => f.relation?.kind).filter(Boolean),
  );
  const scalars = new Set(
    [...fields, ...ir.nonModels.flatMap((/** @type {any} */ n) => n.fields)]
      .filter((/** @type {any} */ f) => f.type.kind === 'scalar')
      .map((/** @type {any} */ f) => f.type.name),
  );
  const missing = [];
  for (const kind of ['hasMany', 'belongsTo', 'hasOne', 'manyToMany']) {
    if (!relationKinds.has(kind)) missing.push(`relation ${kind}`);
  }
  if (scalars.size < 14) missing.push(`scalars (only ${[...scalars].join(' ')})`);
  if (!fields.some((/** @type {any} */ f) => f.isArray && f.type.kind === 'scalar'))
    missing.push('scalar list');
  if (!fields.some((/** @type {any} */ f) => f.isArray && f.type.kind === 'enum'))
    missing.push('enum list');
  if (!fields.some((/** @type {any} */ f) => f.type.kind === 'nonModel'))
    missing.push('non-model field');
  if (!ir.enums.length) missing.push('enums');
  if (!ir.models.some((/** @type {any} */ m) => m.isJoinTable)) missing.push('join model');
  if (!ir.models.some((/** @type {any} */ m) => m.primaryKey.sortKeys.length >= 2))
    missing.push('two sort keys');
  if (!ir.models.some((/** @type {any} */ m) => m.primaryKey.sortKeys.length === 1))
    missing.push('one sort key');
  if (!fields.some((/** @type {any} */ f) => f.readOnly && f.origin === 'timestamp'))
    missing.push('timestamps');
  return missing;
}

/** @returns {Promise<string[]>} every problem found */
export async function checkSyntheticJobs() {
  const { normalizeSchema } = await import('@uibuilder-codegen/transform');
  const problems = [];
  /** @type {[string, any][]} */
  const jobs = [];
  for (const api of APIS) {
    for (const models of SIZES) jobs.push([`${api} ${models}`, syntheticJob({ models, api })]);
  }
  jobs.push(['mesh', syntheticJob({ shape: 'mesh' })]);
  for (const [name, job] of jobs) {
    try {
      const { ir, diagnostics } = normalizeSchema(job);
      const noisy = diagnostics.filter((/** @type {any} */ d) => d.severity !== 'info');
      for (const d of noisy)
        problems.push(`${name}: ${d.severity} [${d.code}] ${d.path}: ${d.message}`);
      const count = Object.keys(job.job.genericDataSchema.models).length;
      if (ir.models.length !== count)
        problems.push(`${name}: ${ir.models.length} models in the IR, ${count} in the job`);
      if (name.endsWith(' 100')) {
        for (const missing of missingConstructs(ir)) problems.push(`${name}: no ${missing}`);
      }
    } catch (error) {
      const diagnostics = /** @type {any} */ (error).diagnostics;
      if (Array.isArray(diagnostics)) {
        for (const d of diagnostics.slice(0, 10))
          problems.push(`${name}: ${d.severity} [${d.code}] ${d.path}: ${d.message}`);
      } else {
        problems.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
  const a = JSON.stringify(syntheticJob({ models: 100, seed: 7 }));
  const b = JSON.stringify(syntheticJob({ models: 100, seed: 7 }));
  if (a !== b) problems.push('syntheticJob is not deterministic for a fixed seed');
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const problems = await checkSyntheticJobs();
  for (const problem of problems) process.stderr.write(`${problem}\n`);
  process.stderr.write(
    problems.length ? `${problems.length} problem(s)\n` : 'synthetic jobs: ok\n',
  );
  process.exitCode = problems.length ? 1 : 0;
}
