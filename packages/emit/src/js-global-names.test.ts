/**
 * Types named like JavaScript globals (fixtures/real/js-globals: enums `Symbol` and `Array`,
 * non-models `Date` and `Error`, models `Promise`, `Map`, `Object`, `JSON`, and fields named
 * `class`, `function`, `delete`, ...): the transformer deploys them and AWS's generators emit
 * them, so every render config generates them, and the output compiles, imports and loads.
 */
import { normalizeSchema } from '@uibuilder-codegen/transform';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { ReactRenderConfig } from '@uibuilder-codegen/core';
import { afterAll, describe, expect, it } from 'vitest';
import {
  probePackage,
  removeScratchRoot,
  scratchDirectory,
  writeDataStorePackage,
} from './datastore/test-support/package-on-disk.js';
import { modelProbes } from './datastore/test-support/sample-values.js';
import { typeCheckPackage } from './datastore/test-support/type-check-package.js';
import { emitFiles } from './emit-files.js';
import { realCaseJob } from './graphql/test-support/reference-schema.js';
import { typeCheck } from './test-support/compile.js';
import { importGenerated } from './test-support/import-module.js';
import { withOutputForm, withRenderConfig } from './test-support/ir-builders.js';

afterAll(removeScratchRoot);

const base = normalizeSchema(realCaseJob('js-globals')).ir;
const withRender = (react: ReactRenderConfig): SchemaIR => withRenderConfig(base, react);

/** Uses the generated names beside the globals they shadow in the generated modules. */
const GRAPHQL_CONSUMER = `import { getPromise } from '../graphql/queries';
import { createEvent } from '../graphql/mutations';
import { Symbol as Shape, Array as Layout } from '../API';
import type { CreateEventInput, Date as DateValue, Promise as PromiseRecord } from '../API';

declare function graphql<V, R>(o: { query: string & { __generatedQueryInput: V; __generatedQueryOutput: R }; variables: V }): Promise<{ data: R }>;
declare function mutate<V, R>(o: { query: string & { __generatedMutationInput: V; __generatedMutationOutput: R }; variables: V }): Promise<{ data: R }>;

export async function use(): Promise<unknown[]> {
  const promise = await graphql({ query: getPromise, variables: { id: 'p1' } });
  const year: number | undefined = promise.data.getPromise?.due?.year;
  const input: CreateEventInput = {
    name: 'launch', class: 'a', function: 'b', delete: false, new: 1, default: 'c', typeof: 'd',
    shape: Shape.CIRCLE, layout: [Layout.ROW], on: { day: 1, month: 2, year: 2026 },
  };
  const created = await mutate({ query: createEvent, variables: { input } });
  const layout: Array<Layout> | null | undefined = created.data.createEvent?.layout;
  const day: DateValue['day'] = 1;
  const text: PromiseRecord['text'] = 'ship';
  // @ts-expect-error TRIANGLE is not a Symbol
  const wrong: CreateEventInput = { name: 'x', shape: 'TRIANGLE' };
  return [year, layout, day, text, wrong, JSON.stringify(new Map([[1, new Date(0)]])), new Error('x')];
}
`;

const NO_API_CONSUMER = `import { Symbol as Shape, Array as Layout } from '../models';
import type { Event, Promise as PromiseModel } from '../models';

export const event: Event = {
  id: 'e1', name: 'launch', class: 'a', delete: true, shape: Shape.CIRCLE, layout: [Layout.ROW, 'COLUMN'],
  createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z',
};
export const promise: Pick<PromiseModel, 'text'> = { text: 'ship' };
// @ts-expect-error name is required
export const nameless: Event = { id: 'e2', createdAt: '', updatedAt: '' };
export const globals: unknown[] = [Array.isArray([]), Object.keys({}), Promise.resolve(1), JSON.stringify(1)];
`;

const DATASTORE_CONSUMER = `import { Event, Promise as PromiseModel, Symbol as Shape, Array as Layout } from '../models';

export function use(): unknown[] {
  const promise = new PromiseModel({ text: 'ship' });
  const event = new Event({ name: 'launch', class: 'a', shape: Shape.CIRCLE, layout: [Layout.ROW], promise });
  const copy = Event.copyOf(event, (draft) => {
    draft.delete = true;
  });
  // @ts-expect-error text is required
  const broken = new PromiseModel({});
  return [copy, broken, Promise.resolve(1), new Map(), JSON.stringify([])];
}
`;

describe('types named like JavaScript globals', () => {
  it.each([
    ['tsx', { script: 'tsx' }],
    ['js with declarations', { script: 'js', renderTypeDeclarations: true }],
  ] as const)('graphQLConfig %s: compiles under tsc --strict with a consumer', (_name, render) => {
    const { files } = emitFiles(withOutputForm(base, render));
    expect(typeCheck(files, GRAPHQL_CONSUMER).diagnostics).toEqual([]);
  });

  it('graphQLConfig js: the statements and the types file import in Node', async () => {
    const { files } = emitFiles(
      withOutputForm(base, { script: 'js', renderTypeDeclarations: true }),
    );
    const queries = await importGenerated(files, '../graphql/queries.js');
    expect(queries['getPromise']).toMatch(/^\s*query GetPromise\(\$id: ID!\)/);
    const api = await importGenerated(files, '../API.js');
    expect(api['Symbol']).toEqual({ CIRCLE: 'CIRCLE', SQUARE: 'SQUARE' });
    expect(api['Array']).toEqual({ ROW: 'ROW', COLUMN: 'COLUMN' });
  });

  it.each([
    ['tsx', { script: 'tsx' }],
    ['js with declarations', { script: 'js', renderTypeDeclarations: true }],
  ] as const)('noApiConfig %s: compiles with a consumer', (_name, render) => {
    const { files } = emitFiles(withRender(render));
    expect(files.some((f) => f.contents.includes('globalThis.Array<'))).toBe(true);
    expect(typeCheck(files, NO_API_CONSUMER).diagnostics).toEqual([]);
  });

  it('noApiConfig js: the models module imports in Node', async () => {
    const render = { script: 'js', renderTypeDeclarations: true } as const;
    const models = await importGenerated(emitFiles(withRender(render)).files, '../models/index.js');
    expect(models['Array']).toEqual({ ROW: 'ROW', COLUMN: 'COLUMN' });
  });

  it('dataStoreConfig: initSchema loads it, every model constructs, and it compiles', async () => {
    const ir = withRender({ apiConfiguration: { dataStoreConfig: {} } });
    const { index, diagnostics } = await writeDataStorePackage('js-globals', ir);
    expect(diagnostics).toEqual([]);
    const report = await probePackage(
      index,
      ir.enums.map((e) => e.name),
      modelProbes(ir),
    );
    expect(report.importError).toBeUndefined();
    expect(report.models?.filter((model) => !model.ok)).toEqual([]);
    expect(report.exports).toEqual(
      ['Array', 'Date', 'Error', 'Event', 'JSON', 'Map', 'Object', 'Promise', 'Symbol'].sort(),
    );
    const { files } = emitFiles(ir);
    expect(
      typeCheckPackage(await scratchDirectory('js-globals-types'), files, {
        path: 'consumer.ts',
        contents: DATASTORE_CONSUMER,
      }),
    ).toEqual([]);
  });
});

describe('a model named then, beside a lowercase enum and non-model', () => {
  const ir = normalizeSchema(realCaseJob('model-named-then')).ir;
  const consumer = `import { getThen } from '../graphql/queries';
import { mood } from '../API';
import type { CreateThenInput, spot } from '../API';

declare function graphql<V, R>(o: { query: string & { __generatedQueryInput: V; __generatedQueryOutput: R }; variables: V }): Promise<{ data: R }>;

export async function use(): Promise<unknown[]> {
  const found = await graphql({ query: getThen, variables: { id: 't1' } });
  const feeling: mood | null | undefined = found.data.getThen?.feeling;
  const at: spot = { __typename: 'spot', x: 1 };
  const input: CreateThenInput = { note: 'n', feeling: mood.HAPPY, at: { x: 1, y: 2 } };
  return [feeling, at, input];
}
`;

  it.each([
    ['tsx', { script: 'tsx' }],
    ['js with declarations', { script: 'js', renderTypeDeclarations: true }],
  ] as const)('graphQLConfig %s compiles with a consumer', (_name, render) => {
    const { files } = emitFiles(withOutputForm(ir, render));
    expect(typeCheck(files, consumer).diagnostics).toEqual([]);
  });
});
