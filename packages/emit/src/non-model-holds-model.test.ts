/**
 * Non-models that hold models (fixtures/real/non-model-holds-model: `SearchResult` holds `Shop`
 * single and as lists, required and optional; `SearchPage` holds `SearchResult` and `[Owner!]`).
 * The transformer deploys them for custom queries and AWS's generators emit them; so does every
 * render config here. The statements and `API.ts` of `--api-schema` are AWS's
 * (deployed-cases.test.ts); the DataStore `schema.js` is modelgen's (cli model-schema.test.ts).
 */
import type { ModelSchemaFacts, ReactRenderConfig } from '@uibuilder-codegen/core';
import { normalizeSchema } from '@uibuilder-codegen/transform';
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
import { withOutputForm, withRenderConfig } from './test-support/ir-builders.js';

afterAll(removeScratchRoot);

/** What `--model-schema` reads from the case's model.graphql: the lists' own nullability. */
const LISTS: ModelSchemaFacts = {
  source: 'fixtures/real/non-model-holds-model/model.graphql',
  models: { Shop: { indexes: [], listNullable: {} }, Owner: { indexes: [], listNullable: {} } },
  nonModels: {
    SearchResult: { listNullable: { shops: true, required: false } },
    SearchPage: { listNullable: { owners: true } },
  },
};

const job = realCaseJob('non-model-holds-model');
const jobOnly = normalizeSchema(job).ir;
const withSdl = normalizeSchema(job, { modelSchema: LISTS }).ir;

const GRAPHQL_CONSUMER = `import type { SearchPage, SearchResult, Shop } from '../API';

const shop: Shop = { __typename: 'Shop', id: 's1', name: 'a', createdAt: '', updatedAt: '' };
export const result: SearchResult = { __typename: 'SearchResult', total: 1, shops: [shop, null], best: null, featured: shop };
export const page: SearchPage = { __typename: 'SearchPage', page: 1, result, owners: null };
// @ts-expect-error featured is required
export const featureless: SearchResult = { __typename: 'SearchResult', total: 0 };
`;

const NO_API_CONSUMER = `import type { SearchResult, Shop } from '../models';

const shop: Shop = { id: 's1', name: 'a', createdAt: '', updatedAt: '' };
export const result: SearchResult = { total: 1, required: [shop], featured: shop };
// @ts-expect-error required is a non-null list ([Shop!]!)
export const listless: SearchResult = { total: 1, featured: shop };
`;

const DATASTORE_CONSUMER = `import { SearchPage, SearchResult, Shop } from '../models';

export function use(): unknown[] {
  const shop = new Shop({ name: 'a' });
  const result = new SearchResult({ total: 1, required: [shop], featured: shop, shops: [shop] });
  // @ts-expect-error featured is required
  const broken = new SearchResult({ total: 1, required: [] });
  return [result, broken, new SearchPage({ page: 1, result })];
}
`;

/**
 * modelgen's `index.d.ts` members for `SearchResult` (`generateModels`, target javascript,
 * @aws-amplify/graphql-generator 0.5.4, for the case's model.graphql): the Lazy type makes the
 * models it holds `AsyncCollection` / `AsyncItem`, as for a model's relations.
 */
const MODELGEN_SEARCH_RESULT = {
  eager: [
    'readonly total: number;',
    'readonly shops?: (Shop | null)[] | null;',
    'readonly required: Shop[];',
    'readonly best?: Shop | null;',
    'readonly featured: Shop;',
  ],
  lazy: [
    'readonly total: number;',
    'readonly shops: AsyncCollection<Shop>;',
    'readonly required: AsyncCollection<Shop>;',
    'readonly best: AsyncItem<Shop | undefined>;',
    'readonly featured: AsyncItem<Shop>;',
  ],
};

/** The member lines of `type <name> = { … };` in a declaration file. */
function members(source: string, name: string): string[] {
  const start = source.indexOf(`type ${name} = {\n`);
  const end = source.indexOf('\n};', start);
  return source
    .slice(start, end)
    .split('\n')
    .slice(1)
    .map((line) => line.trim());
}

describe('a non-model holding models', () => {
  it.each([
    ['tsx', { script: 'tsx' }],
    ['js with declarations', { script: 'js', renderTypeDeclarations: true }],
  ] as const)('graphQLConfig %s: compiles under tsc --strict with a consumer', (_name, render) => {
    const { files } = emitFiles(withOutputForm(jobOnly, render));
    expect(typeCheck(files, GRAPHQL_CONSUMER).diagnostics).toEqual([]);
  });

  it('noApiConfig: types the models it holds, its non-null list required with the model SDL', () => {
    const render: ReactRenderConfig = { script: 'tsx', apiConfiguration: { noApiConfig: {} } };
    const { files } = emitFiles(withRenderConfig(withSdl, render));
    expect(typeCheck(files, NO_API_CONSUMER).diagnostics).toEqual([]);
  });

  it("dataStoreConfig: modelgen's Eager and Lazy members; initSchema loads it; it compiles", async () => {
    const ir = withRenderConfig(withSdl, { apiConfiguration: { dataStoreConfig: {} } });
    const { files } = emitFiles(ir);
    const declarations = files.find((f) => f.path.endsWith('models/index.d.ts'))?.contents ?? '';
    expect({
      eager: members(declarations, 'EagerSearchResult'),
      lazy: members(declarations, 'LazySearchResult'),
    }).toEqual(MODELGEN_SEARCH_RESULT);
    const { index, diagnostics } = await writeDataStorePackage('non-model-holds-model', ir);
    expect(diagnostics).toEqual([]);
    const report = await probePackage(index, [], modelProbes(ir));
    expect(report.importError).toBeUndefined();
    expect(report.models?.filter((model) => !model.ok)).toEqual([]);
    expect(
      typeCheckPackage(await scratchDirectory('non-model-holds-model-types'), files, {
        path: 'consumer.ts',
        contents: DATASTORE_CONSUMER,
      }),
    ).toEqual([]);
  });
});
