import { describe, expect, it } from 'vitest';
import type { SchemaIR } from './ir.js';
import { normalizeSchema } from './normalize-schema.js';
import {
  codesAt,
  describeRelations,
  readFixture,
  readFixtureText,
  sdlTypes,
} from './test-support/fixtures.js';

/** The jobs AWS's tools made from real SDLs (fixtures/real/SOURCES.md), with their deployed APIs. */
const CASES = [
  'declared-implicit-fk',
  'gen1-docs',
  'index-sort-key',
  'js-globals',
  'model-named-then',
  'non-model-holds-model',
  'references-docs',
  'references-repro',
  'renamed-timestamps',
] as const;

function load(name: string): {
  ir: SchemaIR;
  infos: string[];
  warnings: string[];
  api: ReturnType<typeof sdlTypes>;
} {
  const { ir, diagnostics } = normalizeSchema(readFixture(`real/${name}/codegen-job.json`));
  return {
    ir,
    infos: codesAt(diagnostics, 'info'),
    warnings: codesAt(diagnostics, 'warning'),
    api: sdlTypes(readFixtureText(`real/${name}/appsync.graphql`)),
  };
}

const fieldNames = (ir: SchemaIR, model: string): string[] =>
  ir.models.find((m) => m.name === model)?.fields.map((f) => f.name) ?? [];

describe.each(CASES)('fixtures/real/%s', (name) => {
  const { ir, api } = load(name);
  const rootFields = ['Query', 'Mutation', 'Subscription'].flatMap((t) =>
    (api.get(t) ?? []).map((f) => f.name),
  );
  const assumedIndexQueries = new Set(
    ir.assumptions.filter((a) => a.kind === 'indexQuery').map((a) => a.fieldName),
  );

  it('gives every model the fields of its deployed type', () => {
    for (const model of ir.models) {
      expect({ model: model.name, fields: fieldNames(ir, model.name).sort() }).toEqual({
        model: model.name,
        fields: (api.get(model.name) ?? []).map((f) => f.name).sort(),
      });
    }
  });

  it('names only operations the API has, or index queries it lists as assumed', () => {
    const unknown = ir.operations
      .map((o) => o.fieldName)
      .filter((f) => !rootFields.includes(f) && !assumedIndexQueries.has(f));
    expect(unknown).toEqual([]);
  });
});

describe('references-style relationships', () => {
  it('repro: no invented foreign key, no index query, keys on the child', () => {
    const { ir, infos, warnings } = load('references-repro');
    expect(describeRelations(ir)).toEqual([
      'Primary.relatedOne hasOne RelatedOne [primaryId] <> primary',
      'Primary.kids hasMany Kid [parentId] <> parent',
      'RelatedOne.primary belongsTo Primary [primaryId] <> relatedOne',
      'Kid.parent belongsTo Primary [parentId] <> kids',
    ]);
    expect(infos.filter((c) => c.startsWith('ImplicitForeignKey'))).toEqual([]);
    expect(ir.models.flatMap((m) => m.indexQueries)).toEqual([]);
    expect(fieldNames(ir, 'Primary')).toEqual([
      'id',
      'content',
      'relatedOne',
      'kids',
      'createdAt',
      'updatedAt',
    ]);
    expect(warnings).toEqual(['AssumedNames /genericDataSchema/models']);
  });

  it('docs: each hasMany pairs with the belongsTo that holds its keys', () => {
    const { ir } = load('references-docs');
    const person = describeRelations(ir).filter((r) => r.startsWith('Person.'));
    // codegen-ui names `author` as the belongsTo of both; the keys say which is which.
    expect(person).toEqual([
      'Person.editedPosts hasMany Post [editorId] <> editor',
      'Person.authoredPosts hasMany Post [authorId] <> author',
    ]);
    expect(describeRelations(ir)).toContain(
      'Book.chapters hasMany Chapter [bookIsbn,bookEdition] <> book',
    );
    expect(describeRelations(ir)).toContain(
      'Customer.activeCart hasOne Cart [customerId] <> customer',
    );
    const cart = ir.models.find((m) => m.name === 'Cart');
    expect(cart?.fields.find((f) => f.name === 'customerId')?.foreignKeyOf).toEqual({
      model: 'Cart',
      field: 'customer',
    });
  });
});

describe('read-only fields and field order', () => {
  it('renamed timestamps are server-managed and non-null; a disabled one is left out', () => {
    const { ir, infos } = load('renamed-timestamps');
    const todo = ir.models.find((m) => m.name === 'Todo');
    expect(
      todo?.fields.filter((f) => f.readOnly).map((f) => [f.name, f.origin, f.required]),
    ).toEqual([
      ['createdOn', 'timestamp', true],
      ['updatedOn', 'timestamp', true],
    ]);
    expect(fieldNames(ir, 'Note')).toEqual(['id', 'text', 'addedOn']);
    expect(infos).toContain('UncertainTimestamp /genericDataSchema/models/Note/fields/updatedAt');
    expect(fieldNames(ir, 'Log')).toEqual(['id', 'line']);
  });

  it("a declared foreign key named like an implicit one keeps the job's place", () => {
    const { ir } = load('declared-implicit-fk');
    expect(fieldNames(ir, 'Child')).toEqual([
      'id',
      'label',
      'parentChildrenId',
      'position',
      'createdAt',
      'updatedAt',
    ]);
    const key = ir.models[1]?.fields.find((f) => f.name === 'parentChildrenId');
    expect(key?.origin).toEqual('declared');
  });
});

describe('names', () => {
  it('index queries the job cannot name are listed in one warning', () => {
    const { ir, warnings } = load('index-sort-key');
    expect(ir.assumptions.filter((a) => a.kind === 'indexQuery')).toEqual([
      { kind: 'indexQuery', model: 'Comment', fieldName: 'commentsByPostID' },
      { kind: 'indexQuery', model: 'Order', fieldName: 'ordersByCustomerID' },
    ]);
    expect(ir.assumptions.filter((a) => a.kind === 'modelOperation')).toHaveLength(4 * 8);
    expect(warnings).toEqual(['AssumedNames /genericDataSchema/models']);
    const warning = normalizeSchema(
      readFixture('real/index-sort-key/codegen-job.json'),
    ).diagnostics.find((d) => d.code === 'AssumedNames');
    expect(warning?.message).toContain(
      'the index queries commentsByPostID, ordersByCustomerID (an @index',
    );
    expect(warning?.message).toContain('of 4 models');
    expect(warning?.hint).toContain('--api-schema');
  });

  it('types named like JavaScript globals are generated, not refused', () => {
    const { ir } = load('js-globals');
    expect(ir.models.map((m) => m.name)).toEqual(['Event', 'Promise', 'Map', 'Object', 'JSON']);
    expect(ir.nonModels.map((n) => n.name)).toEqual(['Date', 'Error']);
    expect(ir.enums.map((e) => e.name)).toEqual(['Symbol', 'Array']);
  });

  it('a model named then: upper-first operation and type names, and a DataStore warning', () => {
    const { ir, warnings } = load('model-named-then');
    expect(ir.operations.filter((o) => o.model === 'then').map((o) => o.fieldName)).toEqual([
      'getThen',
      'listThens',
      'createThen',
      'updateThen',
      'deleteThen',
      'onCreateThen',
      'onUpdateThen',
      'onDeleteThen',
    ]);
    expect(ir.models[0]?.typeNames.connection).toEqual('ModelThenConnection');
    expect(warnings).not.toContain('ThenableModule /genericDataSchema/models/then');
    const job = readFixture('real/model-named-then/codegen-job.json') as {
      job: { renderConfig: { react: Record<string, unknown> } };
    };
    job.job.renderConfig.react['apiConfiguration'] = { dataStoreConfig: {} };
    const dataStore = normalizeSchema(job).diagnostics;
    expect(codesAt(dataStore, 'warning')).toEqual([
      'ThenableModule /genericDataSchema/models/then',
    ]);
  });
});
