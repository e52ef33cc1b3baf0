import { describe, expect, it } from 'vitest';
import { DIAGNOSTIC_CATALOGUE, diagnostic } from './diagnostic-catalogue.js';

describe('the diagnostic catalogue', () => {
  it('builds a diagnostic from its entry: severity, message and hint from the payload', () => {
    expect(
      diagnostic('DataStoreCycle', '/genericDataSchema/models/A', { cycle: ['A', 'B'] }),
    ).toEqual({
      severity: 'error',
      code: 'DataStoreCycle',
      path: '/genericDataSchema/models/A',
      message:
        'DataStore cannot order models whose belongsTo fields form a cycle (A -> B -> A): ' +
        'initSchema would throw "Models are not topologically sortable"',
      hint:
        'Make one belongsTo in the cycle a hasOne (or drop it) so that some model in the cycle has ' +
        'no parent, or use graphQLConfig instead of dataStoreConfig for this schema.',
    });
  });

  it("holds every package's codes in one table, each a PascalCase name", () => {
    const codes = Object.keys(DIAGNOSTIC_CATALOGUE);
    // One code from each part: the transform's errors and notices, emit's and the CLI's.
    expect(codes).toEqual(
      expect.arrayContaining([
        'DanglingModelReference',
        'AssumedNames',
        'JobDisagreesWithApiSchema',
        'ManifestEntryIgnored',
      ]),
    );
    for (const code of codes) expect(code).toMatch(/^[A-Z][A-Za-z0-9]+$/);
  });
});
