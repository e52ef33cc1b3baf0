import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { afterAll, describe, expect, it } from 'vitest';
import {
  realCaseJob,
  realCaseModelgenSchema,
  realCaseNames,
} from '../graphql/test-support/reference-schema.js';
import { createIntrospectionSchema } from './introspection-schema.js';
import {
  probePackage,
  removeScratchRoot,
  writeDataStorePackage,
} from './test-support/package-on-disk.js';
import { asDataStoreJob } from './test-support/jobs.js';
import { modelProbes } from './test-support/sample-values.js';

afterAll(removeScratchRoot);

const run = promisify(execFile);

type Associations = Record<string, Record<string, unknown>>;

/** `Model -> field -> association` of every relationship field of a DataStore schema. */
function associations(schema: unknown): Associations {
  const models = (schema as { models: Record<string, { fields: Record<string, unknown> }> }).models;
  return Object.fromEntries(
    Object.entries(models).map(([name, model]) => [
      name,
      Object.fromEntries(
        Object.entries(model.fields).flatMap(([field, value]) => {
          const association = (value as { association?: unknown }).association;
          return association === undefined ? [] : [[field, association]];
        }),
      ),
    ]),
  );
}

/** `Model -> key attributes` (JSON), for the models that have any. */
function keyAttributes(schema: unknown): Record<string, string> {
  const models = (
    schema as { models: Record<string, { attributes: { type: string; properties: unknown }[] }> }
  ).models;
  return Object.fromEntries(
    Object.entries(models).flatMap(([name, model]) => {
      const keys = model.attributes.filter((a) => a.type === 'key').map((a) => a.properties);
      return keys.length === 0 ? [] : [[name, JSON.stringify(keys)]];
    }),
  );
}

/**
 * Key attributes modelgen writes from what the job does not carry (emit README, "What the job
 * cannot tell"): index sort keys, `queryField`, an `@index` beside an implicit key, an `@index` on a
 * field that is no foreign key. Model -> modelgen's keys, where ours differ.
 */
const UNKNOWABLE_KEYS: Record<string, Record<string, string>> = {
  'declared-implicit-fk': {
    Child:
      '[{"name":"byParent","fields":["parentChildrenId"]},{"name":"gsi-Parent.children","fields":["parentChildrenId"]}]',
  },
  'gen1-docs': {
    Customer:
      '[{"name":"byRepresentative","queryField":"customerByRepresentative","fields":["accountRepresentativeID"]}]',
  },
  'index-sort-key': {
    Comment: '[{"name":"byPost","fields":["postID","content"]}]',
    Order: '[{"name":"byCustomer","queryField":"ordersOfCustomer","fields":["customerID"]}]',
  },
};

async function writePackage(name: string, ir: SchemaIR): Promise<string> {
  const { index, diagnostics } = await writeDataStorePackage(name, ir);
  expect(diagnostics).toEqual([]);
  return index;
}

describe.concurrent.each(realCaseNames())('fixtures/real/%s as a DataStore package', (name) => {
  const ir = normalizeSchema(asDataStoreJob(realCaseJob(name))).ir;

  it('has the associations amplify codegen models writes for the same SDL', () => {
    expect(associations(createIntrospectionSchema(ir))).toEqual(
      associations(realCaseModelgenSchema(name)),
    );
  });

  it("has modelgen's key attributes, but for what the job cannot carry", () => {
    const ours = keyAttributes(createIntrospectionSchema(ir));
    const theirs = keyAttributes(realCaseModelgenSchema(name));
    const differing = Object.fromEntries(
      Object.entries(theirs).filter(([model, keys]) => ours[model] !== keys),
    );
    expect(differing).toEqual(UNKNOWABLE_KEYS[name] ?? {});
    expect(Object.keys(ours).filter((model) => theirs[model] === undefined)).toEqual([]);
  });

  if (name !== 'model-named-then') {
    it('loads in Node: initSchema accepts it and every model constructs and copies', async () => {
      const report = await probePackage(
        await writePackage(name, ir),
        ir.enums.map((e) => e.name),
        modelProbes(ir),
      );
      expect(report.importError).toBeUndefined();
      expect(report.models?.filter((model) => !model.ok)).toEqual([]);
    });
  }
});

describe('a model named then (ThenableModule)', () => {
  const ir = normalizeSchema(asDataStoreJob(realCaseJob('model-named-then'))).ir;

  it('loads through a static import; a dynamic import rejects, as the warning says', async () => {
    const index = await writePackage('then', ir);
    const dynamic = await probePackage(index, [], modelProbes(ir));
    expect(dynamic.importError).toMatch(/cannot be invoked without 'new'/);
    const script = join(dirname(index), 'static-import.mjs');
    await writeFile(
      script,
      `import { then, Plan } from './index.js';\n` +
        `const note = new then({ note: 'n' });\n` +
        `const plan = Plan.copyOf(new Plan({ title: 'a' }), (d) => { d.title = 'b'; });\n` +
        `console.log(JSON.stringify([note.note, plan.title]));\n`,
    );
    const { stdout } = await run(process.execPath, [script], { cwd: dirname(index) });
    expect(JSON.parse(stdout.trim().split('\n').pop() ?? '')).toEqual(['n', 'b']);
  });
});
