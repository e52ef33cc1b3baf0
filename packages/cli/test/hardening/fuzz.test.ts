import { emitFiles, type GeneratedFile } from '@uibuilder-codegen/emit';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import { CodegenError } from '@uibuilder-codegen/core';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { scaleUnlessFull } from '../../../transform/src/test-support/test-scale.js';
import { generateInProcess } from '../cli-harness.js';
import { applyMutation, fuzzCase, realJobs } from './fuzz-mutations.js';
import {
  API_CONFIGS,
  compileStrict,
  runHardened,
  scratchDir,
  snapshotTree,
  writeJob,
} from './hardening-support.js';

/**
 * Cases per run: 300 in `pnpm test`, 10,000 in `pnpm test:full` (RELIABILITY.md has the figures);
 * `FUZZ_RUNS` overrides both.
 */
const FUZZ_RUNS = Number(process.env['FUZZ_RUNS'] ?? scaleUnlessFull(10_000, 300));
/** Fixed, so that CI runs the same cases every time; `FUZZ_SEED` explores others. */
const SEED = Number(process.env['FUZZ_SEED'] ?? 20261129);
/** Compiling is slow: every `COMPILE_EVERY`-th successful case is type-checked. */
const COMPILE_EVERY = 50;

const bases = realJobs();
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

type FuzzInput = ReturnType<typeof fuzzCase> extends fc.Arbitrary<infer T> ? T : never;

/** The mutated job a case describes. */
function buildJob(input: FuzzInput): Record<string, unknown> {
  const base = structuredClone(bases[input.base]?.job ?? {});
  base['id'] ??= `fuzz-${input.base}`;
  base['renderConfig'] = {
    react: {
      script: input.script,
      renderTypeDeclarations: input.script === 'js',
      apiConfiguration: structuredClone(API_CONFIGS[input.api]),
    },
  };
  for (const change of input.mutations) applyMutation(base, change);
  return JSON.parse(JSON.stringify(base)) as Record<string, unknown>;
}

type Outcome =
  { kind: 'generated'; files: GeneratedFile[] } | { kind: 'refused'; error: CodegenError };

/** transform + emit in-process; throws anything that is not one of the library's typed errors. */
function run(input: FuzzInput): Outcome {
  try {
    const { ir } = normalizeSchema(buildJob(input) as never);
    const emitted = emitFiles(ir, {
      maxDepth: input.maxDepth,
      typename: true,
      pruneCycles: input.pruneCycles,
    });
    return { kind: 'generated', files: [...emitted.files] };
  } catch (error) {
    if (error instanceof CodegenError) return { kind: 'refused', error };
    throw error;
  }
}

describe(`fuzzing real jobs (${FUZZ_RUNS} cases, seed ${SEED})`, () => {
  it(
    'every mutated job ends in generated files or a typed error, never an uncaught exception',
    () => {
      const tally = { generated: 0, refused: 0, compiled: 0 };
      const codes = new Map<string, number>();
      fc.assert(
        fc.property(fuzzCase(bases), (input) => {
          const outcome = run(input);
          if (outcome.kind === 'refused') {
            tally.refused += 1;
            const code = outcome.error.name;
            codes.set(code, (codes.get(code) ?? 0) + 1);
            expect([2, 3, 5]).toContain(outcome.error.exitCode);
            return;
          }
          tally.generated += 1;
          if (tally.generated % COMPILE_EVERY === 1) {
            tally.compiled += 1;
            expect(compileStrict(outcome.files), JSON.stringify(input).slice(0, 500)).toEqual([]);
          }
        }),
        { numRuns: FUZZ_RUNS, seed: SEED, endOnFailure: true },
      );
      console.info(
        `fuzz: ${JSON.stringify(tally)} refusals by error: ${JSON.stringify(Object.fromEntries(codes))}`,
      );
      expect(tally.generated + tally.refused).toBe(FUZZ_RUNS);
      // The mutations must exercise both outcomes, or the fuzz proves little.
      expect(tally.generated).toBeGreaterThan(FUZZ_RUNS / 20);
      expect(tally.refused).toBeGreaterThan(FUZZ_RUNS / 20);
    },
    Math.max(300_000, FUZZ_RUNS * 150),
  );

  it('through the CLI, refused cases exit 3 and leave the previous generation untouched', async () => {
    const dir = scratchDir(cleanups);
    const blog = bases.find((b) => b.name === 'examples/blog/codegen-job.json');
    // The previous generation comes from the library in this process; the refusals are the CLI's.
    expect(
      (await generateInProcess({ job: { file: writeJob(dir, blog?.job) }, cwd: dir })).code,
    ).toBe(0);
    const refused = fc
      .sample(fuzzCase(bases), { numRuns: 400, seed: SEED + 1 })
      .filter((input) => input.maxDepth <= 4)
      .map((input) => ({ input, outcome: run(input) }))
      .filter(({ outcome }) => outcome.kind === 'refused' && outcome.error.exitCode === 3)
      .slice(0, 6);
    expect(refused).toHaveLength(6);
    let exited3 = 0;
    for (const { input } of refused) {
      // The same out dir as the previous generation: the refused job must not touch it.
      const job = buildJob(input);
      job['renderConfig'] = blog?.job['renderConfig'];
      const jobFile = writeJob(dir, job, 'fuzzed-job.json');
      const before = snapshotTree(dir);
      const cli = await runHardened(['generate', '--job-file', jobFile, '--verbose'], { cwd: dir });
      expect(cli.stderr).not.toContain('InternalError');
      if (cli.code === 0) continue; // the blog render config may have healed a render-config mutation
      expect(cli.code, cli.stderr.slice(0, 1000)).toBe(3);
      expect(snapshotTree(dir)).toEqual(before);
      exited3 += 1;
    }
    expect(exited3).toBeGreaterThanOrEqual(4);
  });

  it('a --max-depth that unrolls cycles into millions of fields is refused (exit 2) at once', async () => {
    const dir = scratchDir(cleanups);
    const blog = bases.find((b) => b.name === 'examples/blog/codegen-job.json');
    const cli = await runHardened(
      ['generate', '--job-file', writeJob(dir, blog?.job), '--max-depth', '99'],
      { cwd: dir },
    );
    expect(cli.code).toBe(2);
    expect(cli.stderr).toContain('--prune-cycles');
    expect(snapshotTree(dir)).toEqual({ 'codegen-job.json': expect.stringMatching(/^file /) });
    const pruned = await runHardened(
      ['generate', '--job-file', writeJob(dir, blog?.job), '--max-depth', '99', '--prune-cycles'],
      { cwd: dir },
    );
    expect(pruned.code, pruned.stderr).toBe(0);
  });
});
