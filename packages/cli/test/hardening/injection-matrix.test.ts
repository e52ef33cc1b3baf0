import { emitFiles, type GeneratedFile } from '@uibuilder-codegen/emit';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import { CodegenError, SchemaError } from '@uibuilder-codegen/core';
import { describe, expect, it } from 'vitest';
import { blogJob, compileStrict, configure, type LooseJob } from './hardening-support.js';

/**
 * Hostile strings in every slot of a job that reaches generated code, through transform and emit
 * in-process, for every API configuration and both scripts. Each case must end in a typed error
 * (a diagnostic) or in files that compile under `tsc --strict`.
 */
export const HOSTILE_STRINGS: readonly [string, string][] = [
  ['comment end', 'Ab*/globalThis.__pwned=1;/*'],
  ['backtick', 'Ab`+globalThis.__pwned+`'],
  ['template hole', 'Ab${globalThis.__pwned=1}'],
  ['single quote', "Ab';globalThis.__pwned=1;'"],
  ['double quote', 'Ab";globalThis.__pwned=1;"'],
  ['newline', 'Ab\nglobalThis.__pwned=1'],
  ['line separator', 'Ab\u2028globalThis.__pwned=1'],
  ['non-ASCII', 'Caf\u00e9\u00dfStra\u00dfe\u4e2d'],
  ['1,000 characters', 'B'.repeat(1_000)],
  ['10,000 characters', 'A'.repeat(10_000)],
  ['backslash escape', 'Ab\\u0041'],
  ['reserved word', 'class'],
  ['type keyword', 'keyof'],
  ['prototype key', '__proto__'],
];

const VALID_GRAPHQL_NAMES = new Set([
  '1,000 characters',
  '10,000 characters',
  'reserved word',
  'type keyword',
]);

const STRING_FIELD = {
  dataType: 'String',
  dataTypeValue: 'String',
  required: false,
  readOnly: false,
  isArray: false,
};
const ID_FIELD = {
  dataType: 'ID',
  dataTypeValue: 'ID',
  required: true,
  readOnly: false,
  isArray: false,
};

/** Sets an own property even for `__proto__`, as JSON.parse does. */
function setOwn(target: object, key: string, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/** Where a hostile string goes. */
const SLOTS: Record<string, (job: LooseJob, value: string) => void> = {
  'model name': (job, value) => {
    setOwn(job.genericDataSchema.models, value, { primaryKeys: ['id'], fields: { id: ID_FIELD } });
  },
  'field name': (job, value) => {
    setOwn(
      (job.genericDataSchema.models['Author'] as { fields: object }).fields,
      value,
      STRING_FIELD,
    );
  },
  'enum name': (job, value) => {
    setOwn(job.genericDataSchema.enums, value, { values: ['ONE', 'TWO'] });
    (job.genericDataSchema.models['Author'] as { fields: Record<string, unknown> }).fields['mood'] =
      {
        ...STRING_FIELD,
        dataType: 'Enum',
        dataTypeValue: value,
      };
  },
  'enum value': (job, value) => {
    job.genericDataSchema.enums['PostStatus']?.values.push(value);
  },
  'non-model name': (job, value) => {
    setOwn(job.genericDataSchema.nonModels, value, { fields: { note: STRING_FIELD } });
    (job.genericDataSchema.models['Author'] as { fields: Record<string, unknown> }).fields[
      'extra'
    ] = {
      ...STRING_FIELD,
      dataType: 'NonModel',
      dataTypeValue: value,
    };
  },
  'job id (the banner)': (job, value) => {
    job.id = value;
  },
  dependencies: (job, value) => {
    job.renderConfig.react['dependencies'] = { [value]: value, 'aws-amplify': value };
    job['dependencies'] = [
      { name: value, supportedVersion: value, isSemVer: false, reason: value },
    ];
  },
};

type Outcome =
  { kind: 'rejected'; codes: string[] } | { kind: 'generated'; files: GeneratedFile[] };

function generateInProcess(job: LooseJob): Outcome {
  try {
    const { ir } = normalizeSchema(job as never);
    const emitted = emitFiles(ir, { maxDepth: 2, typename: true, pruneCycles: false });
    const errors = emitted.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0) return { kind: 'rejected', codes: errors.map((d) => d.code) };
    return { kind: 'generated', files: [...emitted.files] };
  } catch (error) {
    // Anything but the library's typed errors (a TypeError, a plain Error from emit) is a bug.
    expect(error).toBeInstanceOf(CodegenError);
    const codes =
      error instanceof SchemaError ? error.diagnostics.map((d) => d.code) : [(error as Error).name];
    return { kind: 'rejected', codes };
  }
}

const APIS = ['graphQL', 'noApi', 'dataStore'] as const;
const SCRIPTS = ['tsx', 'js'] as const;

describe('hostile names and values, in-process, every API config and script', () => {
  for (const [slotName, place] of Object.entries(SLOTS)) {
    it(`${slotName}: every hostile string is rejected with a diagnostic or generates compiling code`, () => {
      for (const api of APIS) {
        for (const script of SCRIPTS) {
          const generated: GeneratedFile[][] = [];
          for (const [label, value] of HOSTILE_STRINGS) {
            const job = configure(blogJob(), api, script);
            place(job, value);
            const outcome = generateInProcess(job);
            if (outcome.kind === 'rejected') {
              expect(
                outcome.codes.length,
                `${label} rejected without a diagnostic`,
              ).toBeGreaterThan(0);
            } else {
              generated.push(outcome.files);
              const text = outcome.files.map((f) => f.contents).join('\n');
              // Whatever was accepted must not leave an executable payload in the code.
              expect(text).not.toMatch(/^\s*globalThis\.__pwned/m);
            }
          }
          // Compiling is slow: one compile per slot, API and script, of the longest accepted output.
          const largest = generated.sort((a, b) => size(b) - size(a))[0];
          if (largest) expect(compileStrict(largest), `${slotName} ${api} ${script}`).toEqual([]);
        }
      }
    });
  }

  it('names that are not GraphQL names are all rejected, never turned into other names', () => {
    for (const [label, value] of HOSTILE_STRINGS.filter(([l]) => !VALID_GRAPHQL_NAMES.has(l))) {
      for (const slot of [
        'model name',
        'field name',
        'enum name',
        'enum value',
        'non-model name',
      ]) {
        const job = configure(blogJob(), 'noApi', 'tsx');
        SLOTS[slot]?.(job, value);
        expect(generateInProcess(job).kind, `${slot} ${label}`).toBe('rejected');
      }
    }
  });
});

function size(files: readonly GeneratedFile[]): number {
  return files.reduce((total, f) => total + f.contents.length, 0);
}
