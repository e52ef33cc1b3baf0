import { parse, print } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildApiSchema } from '../appsync-schema/build-appsync-schema.js';
import { blogExampleIR, corpusIRs, recipesIR } from '../test-support/real-ir.js';
import { eachOperationDocument } from './operation-documents.js';
import { printDocument } from './print-document.js';

const SCHEMAS = [
  ['recipes', recipesIR()],
  ['blog example', blogExampleIR()],
  ...corpusIRs(),
] as const;

describe('printDocument prints what graphql-js prints', () => {
  it.each(SCHEMAS)('%s: every operation at maxDepth 1-4, typename on and off', (_name, ir) => {
    const schema = buildApiSchema(ir);
    let checked = 0;
    for (const maxDepth of [1, 2, 3, 4]) {
      for (const typename of [true, false]) {
        const options = { maxDepth, typename, pruneCycles: false };
        for (const { document } of eachOperationDocument(ir, schema, options, ir.operations)) {
          // Fresh documents each time: printDocument remembers its text per document object.
          expect(printDocument(document)).toBe(print(document));
          checked += 1;
        }
      }
    }
    expect(checked).toBe(ir.operations.length * 8);
  });

  it.each([
    [
      'arguments that fit in 80 characters',
      'query ListPosts($filter: ModelPostFilterInput, $limit: Int) { listPosts(filter: $filter, limit: $limit) { items { id } } }',
    ],
    [
      'arguments past 80 characters, broken one a line',
      'query ListSeasonalIngredientSubstitutions($filter: F, $limit: Int, $nextToken: String) { listSeasonalIngredientSubstitutions(filter: $filter, limit: $limit, nextToken: $nextToken) { items { id } nextToken } }',
    ],
    [
      'broken arguments in a nested field',
      'query Q($aVeryLongArgumentNameNumberOne: ID, $aVeryLongArgumentNameNumberTwo: ID) { a { b { nested(aVeryLongArgumentNameNumberOne: $aVeryLongArgumentNameNumberOne, aVeryLongArgumentNameNumberTwo: $aVeryLongArgumentNameNumberTwo) { id } } } }',
    ],
    [
      'list and non-null variable types',
      'mutation M($ids: [ID!]!, $x: [[Int]]) { m(ids: $ids, x: $x) { id } }',
    ],
  ])('%s', (_name, source) => {
    const document = parse(source, { noLocation: true });
    expect(printDocument(document)).toBe(print(document));
  });

  it.each([
    ['an alias', 'query Q { a: b { id } }'],
    ['a directive', 'query Q($s: Boolean!) { a @skip(if: $s) { id } }'],
    ['an inline fragment', 'query Q { a { ... on T { id } } }'],
    ['a literal argument', 'query Q { a(id: "1") { id } }'],
    ['a default value', 'query Q($n: Int = 3) { a(n: $n) { id } }'],
    ['an anonymous query', '{ a { id } }'],
    ['two definitions', 'query A { a { id } }\nfragment F on T { id }'],
  ])('refuses %s, which the statements builder never makes', (_name, source) => {
    expect(() => printDocument(parse(source, { noLocation: true }))).toThrow(/statements builder/);
  });
});
