import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { repoRoot } from '../cli-harness.js';
import { API_CONFIGS } from './hardening-support.js';

/** A real job to mutate: the corpus schemas (with a render config), the blog and recipes jobs. */
export interface BaseJob {
  readonly name: string;
  readonly job: Record<string, unknown>;
}

/** Every real job in the repository, as plain JSON. */
export function realJobs(): BaseJob[] {
  const corpusDir = path.join(repoRoot, 'fixtures/corpus');
  const corpus = readdirSync(corpusDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => ({
      name: f,
      job: JSON.parse(readFileSync(path.join(corpusDir, f), 'utf8')) as Record<string, unknown>,
    }));
  const wrapped = ['examples/blog/codegen-job.json', 'fixtures/recipes/codegen-job.json'].map(
    (f) => ({
      name: f,
      job: (
        JSON.parse(readFileSync(path.join(repoRoot, f), 'utf8')) as { job: Record<string, unknown> }
      ).job,
    }),
  );
  return [...wrapped, ...corpus];
}

/** One change to a job. `pick` chooses a place (modulo the number of candidates). */
export type Mutation =
  | { kind: 'drop-key'; pick: number }
  | { kind: 'wrong-type'; pick: number; value: unknown }
  | { kind: 'dangling-reference'; pick: number; name: string }
  | { kind: 'cycle'; pick: number; other: number; required: boolean }
  | { kind: 'random-name'; pick: number; name: string };

const wrongValue = fc.oneof(
  fc.constantFrom(null, 0, -1, 1e308, true, '', 'x', [], {}, ['id'], { nonModel: 'X' }),
  fc.jsonValue({ maxDepth: 2 }),
);
const name = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,14}$/),
  fc.constantFrom('__proto__', 'constructor', 'id', 'Query', 'class', 'a*/b', 'x'.repeat(2000)),
);

/** The mutations the fuzz applies. */
export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('drop-key' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('wrong-type' as const), pick: fc.nat(), value: wrongValue }),
  fc.record({ kind: fc.constant('dangling-reference' as const), pick: fc.nat(), name }),
  fc.record({
    kind: fc.constant('cycle' as const),
    pick: fc.nat(),
    other: fc.nat(),
    required: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('random-name' as const), pick: fc.nat(), name }),
);

/** A fuzz case: a real job, an API config, mutations and a depth (up to the CLI's limit, 99). */
export function fuzzCase(bases: readonly BaseJob[]) {
  return fc.record({
    base: fc.nat({ max: bases.length - 1 }),
    api: fc.constantFrom(...(Object.keys(API_CONFIGS) as (keyof typeof API_CONFIGS)[])),
    script: fc.constantFrom('tsx', 'js' as const),
    maxDepth: fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 99 })),
    pruneCycles: fc.boolean(),
    mutations: fc.array(mutation, { minLength: 1, maxLength: 4 }),
  });
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null;

/** Every (container, key) pair in the job, depth-first, in key order. */
function slots(
  value: unknown,
  out: [Json | unknown[], string | number][] = [],
): [Json | unknown[], string | number][] {
  const children: [string | number, unknown][] = Array.isArray(value)
    ? Array.from(value, (v, i): [number, unknown] => [i, v]) // holes too (a renamed index leaves one)
    : isObject(value)
      ? Object.entries(value)
      : [];
  for (const [key, child] of children) {
    out.push([value as Json | unknown[], key]);
    slots(child, out);
  }
  return out;
}

function schemaOf(job: Json): { models: Json; nonModels: Json; enums: Json } {
  const schema = isObject(job['genericDataSchema']) ? job['genericDataSchema'] : {};
  const part = (key: string): Json => (isObject(schema[key]) ? (schema[key] as Json) : {});
  return { models: part('models'), nonModels: part('nonModels'), enums: part('enums') };
}

/** Every field object in the job's models and non-models. */
function fieldsOf(job: Json): Json[] {
  const { models, nonModels } = schemaOf(job);
  return [...Object.values(models), ...Object.values(nonModels)]
    .filter(isObject)
    .flatMap((t) => (isObject(t['fields']) ? Object.values(t['fields']).filter(isObject) : []));
}

function renameKey(container: Json, from: string, to: string): void {
  const entries = Object.entries(container);
  for (const key of Object.keys(container)) delete container[key];
  for (const [k, v] of entries)
    Object.defineProperty(container, k === from ? to : k, {
      value: v,
      enumerable: true,
      writable: true,
      configurable: true,
    });
}

/** Applies one mutation in place. */
export function applyMutation(job: Json, change: Mutation): void {
  if (change.kind === 'drop-key' || change.kind === 'wrong-type') {
    const all = slots(job);
    const [container, key] = all[change.pick % all.length] ?? [job, 'id'];
    if (change.kind === 'wrong-type')
      (container as Json)[key as string] = structuredClone(change.value);
    else if (Array.isArray(container)) container.splice(key as number, 1);
    else delete container[key as string];
    return;
  }
  const fields = fieldsOf(job);
  const models = Object.keys(schemaOf(job).models);
  if (change.kind === 'dangling-reference') {
    const field = fields[change.pick % Math.max(1, fields.length)];
    if (field === undefined) return;
    field['dataTypeValue'] = change.name;
    if (isObject(field['relationship'])) field['relationship']['relatedModelName'] = change.name;
    return;
  }
  if (change.kind === 'cycle') {
    // A required relationship from one model to another (or itself), and a non-model that holds itself.
    const from = schemaOf(job).models[models[change.pick % Math.max(1, models.length)] ?? ''];
    const to = models[change.other % Math.max(1, models.length)];
    if (isObject(from) && isObject(from['fields']) && to !== undefined) {
      from['fields']['loop'] = {
        dataType: 'Model',
        dataTypeValue: to,
        required: change.required,
        isArray: false,
        relationship: { type: 'HAS_ONE', relatedModelName: to, associatedFields: ['id'] },
      };
    }
    const nonModels = schemaOf(job).nonModels;
    const self = Object.keys(nonModels)[change.pick % Math.max(1, Object.keys(nonModels).length)];
    const holder = self === undefined ? undefined : nonModels[self];
    if (isObject(holder) && isObject(holder['fields'])) {
      holder['fields']['again'] = {
        dataType: 'NonModel',
        dataTypeValue: self,
        required: change.required,
        isArray: false,
      };
    }
    return;
  }
  const { models: modelMap, enums, nonModels } = schemaOf(job);
  const fieldMaps = [...Object.values(modelMap), ...Object.values(nonModels)]
    .filter(isObject)
    .map((t) => t['fields'])
    .filter(isObject);
  const targets = [modelMap, enums, nonModels, ...fieldMaps];
  const target = targets[change.pick % targets.length] ?? modelMap;
  const keys = Object.keys(target);
  const key = keys[Math.floor(change.pick / targets.length) % Math.max(1, keys.length)];
  if (key !== undefined) renameKey(target, key, change.name);
}
