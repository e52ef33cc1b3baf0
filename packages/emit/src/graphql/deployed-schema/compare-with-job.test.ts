import { print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { apiSchemaFromDocument } from '../api-schema/api-schema.js';
import { deployedCase } from '../test-support/deployed-cases.js';
import { readDeployedSchema } from './read-deployed-schema.js';
import { compareWithJob, SCHEMA_DISAGREEMENT } from './compare-with-job.js';

const { ir, apiSchema } = deployedCase('custom-operations');
// The fixture's SDL, which each test changes: the deployment is older or newer than the job.
const sdl = (): string => print(apiSchema.document);

function compare(change: (sdl: string) => string) {
  const changed = readDeployedSchema({ sdl: change(sdl()), source: 'appsync.graphql' });
  return compareWithJob(ir, apiSchemaFromDocument(changed.document), 'appsync.graphql');
}

describe('compareWithJob', () => {
  it('finds nothing when the job and the API agree', () => {
    expect(compare((s) => s)).toEqual([]);
  });

  it('is an error, listing them, when the API lacks models of the job', () => {
    const diagnostics = compare((s) =>
      s.replace(/type Product \{/, 'type Item {').replace(/type Shop \{/, 'type Store {'),
    );
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]?.message).toContain('model(s) Shop, Product');
  });

  it('warns with the JSON pointer and the API location when a field is missing or typed otherwise', () => {
    const diagnostics = compare((s) =>
      s.replace('  title: String!\n', '').replace('  price: Float!\n', '  price: Int!\n'),
    );
    expect(diagnostics.map((d) => [d.severity, d.code, d.path, d.message])).toEqual([
      [
        'warning',
        SCHEMA_DISAGREEMENT,
        '/genericDataSchema/models/Product/fields/title',
        expect.stringContaining('The deployed API has no field Product.title (appsync.graphql)'),
      ],
      [
        'warning',
        SCHEMA_DISAGREEMENT,
        '/genericDataSchema/models/Product/fields/price',
        expect.stringContaining('Product.price is Float! in the job but Int! in the deployed API'),
      ],
    ]);
  });

  it('warns about an enum value or a non-model the API lacks', () => {
    const diagnostics = compare((s) =>
      s.replace('\n  CLOSED\n', '\n').replace(/type Address \{/, 'type Place {'),
    );
    expect(diagnostics.map((d) => [d.path, d.message.split(' (')[0]])).toEqual([
      ['/genericDataSchema/nonModels/Address', 'The deployed API has no type Address'],
      ['/genericDataSchema/enums/ShopStatus', 'The deployed enum ShopStatus has no value CLOSED'],
    ]);
  });
});
