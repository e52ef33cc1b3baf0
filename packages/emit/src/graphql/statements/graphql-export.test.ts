import { describe, expect, test } from 'vitest';
import { declaredExport, plainExport, typedExport } from './graphql-export.js';

const document = 'query GetA($id: ID!) {\n  getA(id: $id) {\n    id\n  }\n}';
/** Long runs of one letter, shortened to `a×40` so the snapshots read. */
const short = (text: string): string =>
  text.replace(/([A-Za-z])\1{9,}/g, (run) => `${run[0]!}×${run.length}`);

describe('typedExport', () => {
  test('breaks after `=`, and its type arguments, each only when its line does not fit', () => {
    const printed = [
      typedExport('getA', document, 'Query', 'GetAQueryVariables', 'GetAQuery'),
      typedExport('a'.repeat(40), document, 'Query', 'B'.repeat(20), 'C'.repeat(20)),
      typedExport('a'.repeat(41), document, 'Query', 'B'.repeat(20), 'C'.repeat(20)),
    ];
    expect(short(printed.join('\n'))).toMatchInlineSnapshot(`
      "export const getA = /* GraphQL */ \`query GetA($id: ID!) {
        getA(id: $id) {
          id
        }
      }\` as GeneratedQuery<APITypes.GetAQueryVariables, APITypes.GetAQuery>;
      export const a×40 =
        /* GraphQL */ \`query GetA($id: ID!) {
        getA(id: $id) {
          id
        }
      }\` as GeneratedQuery<
          APITypes.B×20,
          APITypes.C×20
        >;
      export const a×41 =
        /* GraphQL */ \`query GetA($id: ID!) {
        getA(id: $id) {
          id
        }
      }\` as GeneratedQuery<
          APITypes.B×20,
          APITypes.C×20
        >;"
    `);
  });
});

describe('declaredExport', () => {
  test('breaks its type arguments when the line does not fit', () => {
    const printed = [
      declaredExport('getA', 'Query', 'GetAVariables', 'AAA'),
      declaredExport('getA', 'Query', 'GetAVariables', 'AAAA'),
    ];
    expect(short(printed.join('\n'))).toMatchInlineSnapshot(`
      "export declare const getA: GeneratedQuery<APITypes.GetAVariables, APITypes.AAA>;
      export declare const getA: GeneratedQuery<
        APITypes.GetAVariables,
        APITypes.AAAA
      >;"
    `);
  });
});

describe('plainExport', () => {
  test('never breaks before its template literal', () => {
    expect(plainExport('a'.repeat(80), '\n  query Q {\n    q\n  }\n')).toBe(
      `export const ${'a'.repeat(80)} = /* GraphQL */ \`\n  query Q {\n    q\n  }\n\`;`,
    );
  });
});
