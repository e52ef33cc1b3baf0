import { describe, expect, it } from 'vitest';
import { renderGraphQLExports } from './graphql-exports-template.js';

describe('renderGraphQLExports', () => {
  it('renders typed exports with the file-local brand type', () => {
    expect(
      renderGraphQLExports({
        typed: { specifier: '../API', kind: 'Query' },
        exports: [
          {
            name: 'getA',
            document: 'query GetA {\n  getA {\n    id\n  }\n}',
            types: { variables: 'GetAQueryVariables', result: 'GetAQuery' },
          },
        ],
      }),
    ).toMatchInlineSnapshot(`
      "import * as APITypes from "../API";

      type GeneratedQuery<InputType, OutputType> = string & {
        __generatedQueryInput: InputType;
        __generatedQueryOutput: OutputType;
      };

      export const getA = /* GraphQL */ \`query GetA {
        getA {
          id
        }
      }\` as GeneratedQuery<APITypes.GetAQueryVariables, APITypes.GetAQuery>;
      "
    `);
  });

  it('renders plain exports without an import, a brand or a cast', () => {
    expect(
      renderGraphQLExports({
        exports: [{ name: 'aFields', document: 'fragment AFields on A {\n  id\n}' }],
      }),
    ).toBe('export const aFields = /* GraphQL */ `fragment AFields on A {\n  id\n}`;\n');
  });

  it.each(['query Q { a(b: "`") }', 'query Q { a(b: "${x}") }', 'query Q { a(b: "\\\\n") }'])(
    'refuses a document that could escape its template literal: %s',
    (document) => {
      expect(() => renderGraphQLExports({ exports: [{ name: 'q', document }] })).toThrow(
        /backtick/,
      );
    },
  );

  it('does not HTML-escape', () => {
    expect(
      renderGraphQLExports({ exports: [{ name: 'q', document: 'query Q { a(b: "<&>") }' }] }),
    ).toContain('"<&>"');
  });

  it('refuses a name that is not an identifier', () => {
    expect(() =>
      renderGraphQLExports({ exports: [{ name: 'a-b', document: 'query Q { a }' }] }),
    ).toThrow(/identifier/);
  });
});
