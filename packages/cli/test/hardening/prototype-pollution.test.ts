import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { emitFiles } from '@uibuilder-codegen/emit';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import { SchemaError } from '@uibuilder-codegen/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
  blogJob,
  compileStrict,
  configure,
  runHardened,
  scratchDir,
  writeJob,
  type LooseJob,
} from './hardening-support.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
] as const;
const PROTOTYPE_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

/** Sets an own, enumerable property even for `__proto__` (as JSON.parse does). */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

const SLOTS: Record<string, (job: LooseJob, name: string) => void> = {
  model: (job, name) =>
    setOwn(job.genericDataSchema.models, name, {
      primaryKeys: ['id'],
      fields: { id: { dataType: 'ID', dataTypeValue: 'ID', required: true } },
    }),
  field: (job, name) =>
    setOwn((job.genericDataSchema.models['Author'] as { fields: object }).fields, name, {
      dataType: 'String',
      dataTypeValue: 'String',
      required: false,
    }),
  enum: (job, name) => {
    setOwn(job.genericDataSchema.enums, name, { values: ['A'] });
    const fields = (job.genericDataSchema.models['Author'] as { fields: object }).fields;
    setOwn(fields, 'mood', { dataType: 'Enum', dataTypeValue: name, required: false });
  },
  'enum value': (job, name) => {
    job.genericDataSchema.enums['PostStatus']?.values.push(name);
  },
};

const POLLUTION = () => ({ polluted: 'yes', toString: 'polluted', hasOwnProperty: 1 });

/** Every object in the job a key can be added to, by name. */
function containers(job: LooseJob): Record<string, object> {
  const schema = job.genericDataSchema;
  const post = schema.models['Post'] as { fields: Record<string, { relationship?: object }> };
  return {
    job,
    renderConfig: job.renderConfig,
    react: job.renderConfig.react,
    apiConfiguration: job.renderConfig.react.apiConfiguration,
    graphQLConfig: job.renderConfig.react.apiConfiguration['graphQLConfig'] as object,
    dependencies: job.renderConfig.react['dependencies'] as object,
    genericDataSchema: schema,
    models: schema.models,
    model: post,
    fields: post.fields,
    field: post.fields['title'] as object,
    relationship: post.fields['author']?.relationship ?? {},
    enums: schema.enums,
    enum: schema.enums['PostStatus'] as object,
    nonModels: schema.nonModels,
    features: job['features'] as object,
  };
}

/** Round-trips through JSON text, as a job file or an AWS response arrives. */
function asParsedJson(job: LooseJob): LooseJob {
  return JSON.parse(JSON.stringify(job)) as LooseJob;
}

function expectPrototypesUntouched(): void {
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PROTOTYPE_NAMES);
  expect(typeof Object.prototype.toString).toBe('function');
  expect(typeof Object.prototype.hasOwnProperty).toBe('function');
}

/** Success (the files compile when `compile`) or a SchemaError; anything else fails the test. */
function generate(job: LooseJob, compile: boolean): 'generated' | 'rejected' {
  try {
    const { ir } = normalizeSchema(job as never);
    const { files, diagnostics } = emitFiles(ir, {
      maxDepth: 2,
      typename: true,
      pruneCycles: false,
    });
    if (diagnostics.some((d) => d.severity === 'error')) return 'rejected';
    if (compile) expect(compileStrict(files)).toEqual([]);
    return 'generated';
  } catch (error) {
    expect(error).toBeInstanceOf(SchemaError);
    return 'rejected';
  }
}

describe('prototype pollution', () => {
  it('dangerous keys as JSON keys in every object of the job touch no prototype', () => {
    let cases = 0;
    for (const key of DANGEROUS_KEYS) {
      for (const where of Object.keys(containers(blogJob()))) {
        const job = blogJob();
        const target = containers(job)[where];
        if (target === undefined) throw new Error(`no ${where} in the blog job`);
        setOwn(target, key, POLLUTION());
        generate(asParsedJson(job), false);
        expectPrototypesUntouched();
        cases += 1;
      }
    }
    expect(cases).toBe(DANGEROUS_KEYS.length * 16);
  });

  it.each(['graphQL', 'noApi', 'dataStore'] as const)(
    '%s: dangerous names as model, field, enum and enum-value names: success with compiling output or a diagnostic',
    (api) => {
      const outcomes: string[] = [];
      for (const name of DANGEROUS_KEYS) {
        // One slot at a time, so that one rejected slot does not hide what the others do.
        for (const [slot, place] of Object.entries(SLOTS)) {
          const job = configure(blogJob(), api, 'tsx');
          place(job, name);
          outcomes.push(`${name} ${slot}: ${generate(asParsedJson(job), true)}`);
          expectPrototypesUntouched();
        }
      }
      // __proto__ is no GraphQL name (it starts with __); the others are ordinary names that compile.
      const expected = DANGEROUS_KEYS.flatMap((name) =>
        Object.keys(SLOTS).map(
          (slot) => `${name} ${slot}: ${name === '__proto__' ? 'rejected' : 'generated'}`,
        ),
      );
      expect(outcomes).toEqual(expected);
    },
  );

  it('through the CLI, a job full of __proto__ keys leaves the process unpolluted and exits 0 or 3', async () => {
    const dir = scratchDir(cleanups);
    const probe = path.join(dir, 'probe.mjs');
    writeFileSync(
      probe,
      `process.on('exit', () => { if (({}).polluted !== undefined || Object.keys(Object.prototype).length > 0) process.stderr.write('PROTOTYPE POLLUTED\\n'); process.stderr.write('probe: prototypes checked\\n'); });\n`,
    );
    const env = { NODE_OPTIONS: `--import=${pathToFileURL(probe).href}` };
    for (const key of DANGEROUS_KEYS) {
      const job = blogJob();
      for (const target of Object.values(containers(job))) setOwn(target, key, POLLUTION());
      const run = await runHardened(
        ['generate', '--job-file', writeJob(dir, job), '--dry-run', '--verbose'],
        { cwd: dir, env },
      );
      expect([0, 3], run.stderr).toContain(run.code);
      expect(run.stderr).toContain('probe: prototypes checked');
      expect(run.stderr).not.toContain('PROTOTYPE POLLUTED');
      expect(run.stderr).not.toContain('InternalError');
    }
  });
});
