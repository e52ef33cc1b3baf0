import { afterAll, describe, expect, it } from 'vitest';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import type { FieldIR, ModelIR, SchemaIR } from '@uibuilder-codegen/transform';
import type { EmittedSource } from '../emitted-source.js';
import { createDataStoreIndexJs } from './datastore-index-js.js';
import { createDataStoreSchemaJs } from './datastore-schema-js.js';
import { createDataStoreSources } from './datastore-sources.js';
import { createIntrospectionSchema } from './introspection-schema.js';
import { dataStoreModelOrder } from './topological-order.js';
import { model, relationField, scalarField, schema } from './test-support/ir-builder.js';
import {
  probePackage,
  removeScratchRoot,
  scratchDirectory,
  writeSources,
} from './test-support/package-on-disk.js';

afterAll(removeScratchRoot);

/** `<name>` with an id and one belongsTo (FK `<lower(parent)>Id`) per parent. */
function modelWithParents(name: string, parents: readonly string[]): ModelIR {
  const fields: FieldIR[] = [scalarField('id', 'ID', { required: true })];
  for (const parent of parents) {
    const fk = `${parent.charAt(0).toLowerCase()}${parent.slice(1)}Id`;
    fields.push(scalarField(fk, 'ID', { foreignKeyOf: { model: name, field: `the${parent}` } }));
    fields.push(
      relationField(`the${parent}`, {
        kind: 'belongsTo',
        relatedModel: parent,
        foreignKeys: [fk],
        inverseField: undefined,
      }),
    );
  }
  return model(name, fields);
}

function graph(edges: Record<string, string[]>): SchemaIR {
  return schema({
    models: Object.entries(edges).map(([name, parents]) => modelWithParents(name, parents)),
  });
}

/** M0 belongsTo M1 belongsTo ... : each DataStore pass places one model when children come first. */
function reverseChain(length: number): SchemaIR {
  return graph(
    Object.fromEntries(
      Array.from({ length }, (_, i) => [`M${i}`, i + 1 < length ? [`M${i + 1}`] : []]),
    ),
  );
}

function uncheckedSources(ir: SchemaIR): EmittedSource[] {
  return [
    createDataStoreIndexJs(ir, '../models/index.js', './schema.js'),
    createDataStoreSchemaJs(createIntrospectionSchema(ir), '../models/schema.js'),
  ];
}

async function importError(
  name: string,
  sources: readonly EmittedSource[],
): Promise<string | undefined> {
  const files = await writeSources(await scratchDirectory(name), sources);
  return (await probePackage(files.get('../models/index.js')!, [], [])).importError;
}

describe('dataStoreModelOrder', () => {
  it.each([
    ['no relationships', { A: [], B: [] }, []],
    ['children before parents', { C: ['B'], B: ['A'], A: [] }, []],
    ['a model that belongs to itself', { Employee: ['Employee'] }, []],
    ['two models that belong to each other', { A: ['B'], B: ['A'] }, ['A -> B -> A']],
    [
      'a cycle and a model that only depends on it',
      { C: ['A'], A: ['B'], B: ['A'] },
      ['A -> B -> A'],
    ],
    [
      'two separate cycles',
      { A: ['B'], B: ['A'], X: ['Y'], Y: ['Z'], Z: ['X'] },
      ['A -> B -> A', 'X -> Y -> Z -> X'],
    ],
  ])('%s', (_, edges, cycles) => {
    const { diagnostics } = dataStoreModelOrder(graph(edges).models);
    expect(diagnostics.map((d) => /\(([^)]*)\)/.exec(d.message)?.[1])).toEqual(cycles);
    for (const diagnostic of diagnostics) {
      expect(diagnostic).toMatchObject({ severity: 'error', code: 'DataStoreCycle' });
      expect(diagnostic.path).toMatch(/^\/genericDataSchema\/models\/[A-Z]$/);
      expect(diagnostic.hint).not.toBe('');
    }
  });

  it('keeps the schema order when DataStore can place every model in time', () => {
    expect(dataStoreModelOrder(reverseChain(50).models).order).toEqual(
      reverseChain(50).models.map((m) => m.name),
    );
  });

  it('writes parents first when a chain is too deep for 999 passes', () => {
    const { order, diagnostics } = dataStoreModelOrder(reverseChain(1200).models);
    expect(diagnostics).toEqual([]);
    expect(order[0]).toBe('M1199');
    expect(order.at(-1)).toBe('M0');
  });
});

describe('agreement with DataStore itself', () => {
  it('DataStore refuses a belongsTo cycle at import, so the generator refuses it up front', async () => {
    const ir = graph({ A: ['B'], B: ['A'] });
    expect(
      createDataStoreSources({
        ir,
        maxDepth: 3,
        typename: true,
        pruneCycles: false,
        appSyncSchemaPath: undefined,
      }),
    ).toMatchObject({
      sources: [],
      diagnostics: [{ code: 'DataStoreCycle', path: '/genericDataSchema/models/A' }],
    });
    expect(await importError('cycle', uncheckedSources(ir))).toMatch(
      /Models are not topologically sortable/,
    );
  });

  it('DataStore accepts a model that belongs to itself', async () => {
    const ir = graph({ Employee: ['Employee'], Team: [] });
    expect(await importError('self', uncheckedSources(ir))).toBeUndefined();
  });

  it('DataStore refuses a 1200-deep chain in schema order and accepts it parents first', async () => {
    const ir = reverseChain(1200);
    expect(await importError('deep-unchecked', uncheckedSources(ir))).toMatch(
      /Models are not topologically sortable/,
    );
    const checked = createDataStoreSources({
      ir,
      maxDepth: 3,
      typename: true,
      pruneCycles: false,
      appSyncSchemaPath: undefined,
    });
    expect(checked.diagnostics).toEqual([]);
    expect(await importError('deep-checked', checked.sources)).toBeUndefined();
  });
});

/** A job field, as AWS's clients write them. */
function jobField(dataType: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    dataType,
    dataTypeValue: dataType,
    required: false,
    readOnly: false,
    isArray: false,
    ...extra,
  };
}

/** Team belongsTo its owner (a User), and User belongsTo its Team: a real schema DataStore refuses. */
const teamOwnerJob = {
  id: 'team-owner',
  renderConfig: { react: { script: 'jsx', apiConfiguration: { dataStoreConfig: {} } } },
  genericDataSchema: {
    dataSourceType: 'DataStore',
    models: {
      Team: {
        primaryKeys: ['id'],
        fields: {
          id: jobField('ID', { required: true }),
          ownerID: jobField('ID', {
            relationship: { type: 'BELONGS_TO', relatedModelName: 'User' },
          }),
          owner: jobField('Model', {
            dataTypeValue: 'User',
            relationship: {
              type: 'BELONGS_TO',
              associatedFields: ['ownerID'],
              relatedModelName: 'User',
            },
          }),
          members: jobField('Model', {
            dataTypeValue: 'User',
            isArray: true,
            relationship: {
              type: 'HAS_MANY',
              relatedModelFields: [],
              belongsToFieldOnRelatedModel: 'team',
              relatedModelName: 'User',
            },
          }),
        },
      },
      User: {
        primaryKeys: ['id'],
        fields: {
          id: jobField('ID', { required: true }),
          teamID: jobField('ID', {
            relationship: { type: 'BELONGS_TO', relatedModelName: 'Team' },
          }),
          team: jobField('Model', {
            dataTypeValue: 'Team',
            relationship: {
              type: 'BELONGS_TO',
              associatedFields: ['teamID'],
              relatedModelName: 'Team',
            },
          }),
          ownedTeams: jobField('Model', {
            dataTypeValue: 'Team',
            isArray: true,
            relationship: {
              type: 'HAS_MANY',
              relatedModelFields: [],
              belongsToFieldOnRelatedModel: 'owner',
              relatedModelName: 'Team',
            },
          }),
        },
      },
    },
  },
};

describe('a job whose models belong to each other', () => {
  it('is refused up front, and DataStore itself refuses the package', async () => {
    const { ir } = normalizeSchema(teamOwnerJob);
    const result = createDataStoreSources({
      ir,
      maxDepth: 3,
      typename: true,
      pruneCycles: false,
      appSyncSchemaPath: undefined,
    });
    expect(result.sources).toEqual([]);
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'error',
        code: 'DataStoreCycle',
        path: '/genericDataSchema/models/Team',
        message: expect.stringContaining('(Team -> User -> Team)'),
      }),
    ]);
    expect(await importError('team-owner', uncheckedSources(ir))).toMatch(
      /Models are not topologically sortable/,
    );
  });
});
