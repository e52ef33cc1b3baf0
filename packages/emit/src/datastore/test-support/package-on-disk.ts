/**
 * Writes generated DataStore packages under `packages/emit/.tmp/` (inside the repository, so that
 * `@aws-amplify/datastore` resolves from emit's `node_modules`) and loads them in a fresh Node
 * process each: `initSchema` keeps one schema per process, so every package needs its own.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { Diagnostic } from '@uibuilder-codegen/core';
import type { EmittedSource } from '../../emitted-source.js';
import { createDataStoreSources } from '../datastore-sources.js';

const run = promisify(execFile);

/** `packages/emit/.tmp`, shared by test files running in parallel. */
export const SCRATCH_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../.tmp');

/** The directories this test file made (vitest loads this module once per test file). */
const made: string[] = [];

/** A fresh directory under {@link SCRATCH_ROOT}, removed by {@link removeScratchRoot}. */
export async function scratchDirectory(prefix: string): Promise<string> {
  await mkdir(SCRATCH_ROOT, { recursive: true });
  const directory = await mkdtemp(join(SCRATCH_ROOT, `${prefix}-`));
  made.push(directory);
  return directory;
}

/**
 * Removes the directories this test file made, then `.tmp` itself once no other test file is
 * still using it.
 */
export async function removeScratchRoot(): Promise<void> {
  await Promise.all(
    made.splice(0).map((directory) => rm(directory, { recursive: true, force: true })),
  );
  await rmdir(SCRATCH_ROOT).catch(() => undefined);
}

/**
 * Writes literal sources as the CLI would, with `root/ui-components` as the component directory,
 * and returns the path of each file by its source path (`../models/index.js`).
 */
export async function writeSources(
  root: string,
  sources: readonly EmittedSource[],
): Promise<Map<string, string>> {
  const componentDirectory = join(root, 'ui-components');
  const written = new Map<string, string>();
  for (const source of sources) {
    if (source.kind !== 'literal') throw new Error(`unexpected ${source.kind} source`);
    const target = resolve(componentDirectory, source.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, source.contents);
    written.set(source.path, target);
  }
  return written;
}

/** What the probe does with one model: construct it, then `copyOf` with one change. */
export interface ModelProbe {
  readonly name: string;
  readonly init: Readonly<Record<string, unknown>>;
  /** Fields whose value must read back unchanged (AWSJSON is parsed, so it is left out). */
  readonly compare: readonly string[];
  readonly keyFields: readonly string[];
  readonly mutation: { readonly field: string; readonly value: unknown } | undefined;
  /**
   * Single-valued relationship fields: given a record of `relatedModel`, DataStore must copy its
   * `remoteFields` into this model's `localFields` (on construction, and in `copyOf` unless they
   * are key fields).
   */
  readonly links: readonly {
    readonly field: string;
    readonly relatedModel: string;
    readonly localFields: readonly string[];
    readonly remoteFields: readonly string[];
  }[];
}

/** What the probe reports. */
export interface ProbeReport {
  readonly importError?: string;
  readonly exports?: string[];
  readonly frozenEnums?: Record<string, string[]>;
  readonly models?: { name: string; ok: boolean; error?: string }[];
}

const PROBE_SCRIPT = `
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
const plan = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
let mod;
try {
  mod = await import(pathToFileURL(plan.index).href);
} catch (error) {
  console.log(JSON.stringify({ importError: String(error && error.message || error) }));
  process.exit(0);
}
const frozenEnums = {};
for (const name of plan.enums) {
  frozenEnums[name] = Object.isFrozen(mod[name]) ? Object.values(mod[name]) : [];
}
const models = [];
const instances = {};
for (const probe of plan.models) {
  try {
    instances[probe.name] = new mod[probe.name](probe.init);
  } catch {}
}
const checkLinks = (probe, Model) => {
  for (const link of probe.links) {
    const related = instances[link.relatedModel];
    if (!related) throw new Error('no ' + link.relatedModel + ' to link');
    const linked = new Model({ ...probe.init, [link.field]: related });
    link.localFields.forEach((local, i) => {
      if (linked[local] !== related[link.remoteFields[i]]) throw new Error(link.field + ' did not set ' + local);
    });
    if (link.localFields.some((local) => probe.keyFields.includes(local))) continue;
    const relinked = Model.copyOf(new Model(probe.init), (draft) => { draft[link.field] = related; });
    link.localFields.forEach((local, i) => {
      if (relinked[local] !== related[link.remoteFields[i]]) throw new Error('copyOf of ' + link.field + ' did not set ' + local);
    });
  }
};
for (const probe of plan.models) {
  try {
    const Model = mod[probe.name];
    const instance = new Model(probe.init);
    for (const field of probe.compare) {
      if (!same(instance[field], probe.init[field])) throw new Error(field + ' reads back as ' + JSON.stringify(instance[field]));
    }
    const copy = Model.copyOf(instance, (draft) => {
      if (probe.mutation) draft[probe.mutation.field] = probe.mutation.value;
    });
    if (!(copy instanceof Model)) throw new Error('copyOf did not return a ' + probe.name);
    if (probe.mutation && !same(copy[probe.mutation.field], probe.mutation.value)) throw new Error('copyOf lost ' + probe.mutation.field);
    for (const key of probe.keyFields) if (!same(copy[key], instance[key])) throw new Error('copyOf changed key ' + key);
    if (probe.keyFields.includes('id') && typeof instance.id !== 'string') throw new Error('no id');
    checkLinks(probe, Model);
    models.push({ name: probe.name, ok: true });
  } catch (error) {
    models.push({ name: probe.name, ok: false, error: String(error && error.message || error) });
  }
}
console.log(JSON.stringify({ exports: Object.keys(mod).sort(), frozenEnums, models }));
`;

/** Imports `index` in a new Node process (no network, no `Amplify.configure`) and runs the probes. */
export async function probePackage(
  index: string,
  enums: readonly string[],
  models: readonly ModelProbe[],
): Promise<ProbeReport> {
  const directory = dirname(index);
  const script = join(directory, 'probe.mjs');
  const planFile = join(directory, 'probe-plan.json');
  await writeFile(script, PROBE_SCRIPT);
  await writeFile(planFile, JSON.stringify({ index, enums, models }));
  const { stdout } = await run(process.execPath, [script, planFile], {
    cwd: directory,
    timeout: 60_000,
  });
  const lastLine = stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(lastLine) as ProbeReport;
}

/**
 * Generates the DataStore package for `ir` (at the default options) into a fresh scratch
 * directory; returns its `index.js` and what the generator reported.
 */
export async function writeDataStorePackage(
  prefix: string,
  ir: SchemaIR,
): Promise<{ index: string; diagnostics: readonly Diagnostic[] }> {
  const { sources, diagnostics } = createDataStoreSources({
    ir,
    maxDepth: 3,
    typename: true,
    pruneCycles: false,
    appSyncSchemaPath: undefined,
  });
  const written = await writeSources(await scratchDirectory(prefix), sources);
  return { index: written.get('../models/index.js') ?? '', diagnostics };
}
