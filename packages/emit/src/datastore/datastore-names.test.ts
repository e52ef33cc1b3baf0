import { describe, expect, it } from 'vitest';
import { dataStoreNameCollisions } from './datastore-names.js';
import { createDataStoreSources } from './datastore-sources.js';
import { enumType, model, nonModel, scalarField, schema } from './test-support/ir-builder.js';

const id = () => [scalarField('id', 'ID', { required: true })];

describe('dataStoreNameCollisions', () => {
  it.each([
    [
      'distinct names',
      schema({ models: [model('Post', id())], enums: [enumType('Status', ['A'])] }),
      [],
    ],
    ['a model named like an import', schema({ models: [model('AsyncItem', id())] }), ['AsyncItem']],
    [
      'an enum named schema',
      schema({ models: [model('Post', id())], enums: [enumType('schema', ['A'])] }),
      ['schema'],
    ],
    [
      'a model named like another model’s helper',
      schema({ models: [model('Post', id()), model('LazyPost', id())] }),
      ['LazyPost'],
    ],
    [
      'a non-model named like a model’s helper',
      schema({ models: [model('Post', id())], nonModels: [nonModel('EagerPost', [])] }),
      ['EagerPost'],
    ],
  ])('%s', (_, ir, clashing) => {
    const diagnostics = dataStoreNameCollisions(ir);
    expect(diagnostics.map((d) => d.message.split(' ')[0])).toEqual(clashing);
    for (const diagnostic of diagnostics) {
      expect(diagnostic).toMatchObject({ severity: 'error', code: 'DataStoreNameCollision' });
      expect(diagnostic.path).toMatch(/^\/genericDataSchema\/(models|enums|nonModels)\//);
    }
  });
});

describe('createDataStoreSources with a clashing name', () => {
  it('returns the error and no files', () => {
    const ir = schema({ models: [model('AsyncItem', id())] });
    const result = createDataStoreSources({
      ir,
      maxDepth: 3,
      typename: true,
      pruneCycles: false,
      appSyncSchemaPath: undefined,
    });
    expect(result.sources).toEqual([]);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['DataStoreNameCollision']);
  });
});
