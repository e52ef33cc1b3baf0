import { describe, expect, it } from 'vitest';
import {
  renderGraphQLDeclarations,
  renderGraphQLExports,
  renderJavaScriptExports,
} from './graphql-exports-file.js';

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

  it('keeps untyped exports on the line of their `=`, as prettier does with a template literal', () => {
    const name = `${'a'.repeat(60)}Fields`;
    expect(
      renderGraphQLExports({
        exports: [{ name, document: '\n  fragment F on A {\n    id\n  }\n' }],
      }),
    ).toBe(`export const ${name} = /* GraphQL */ \`\n  fragment F on A {\n    id\n  }\n\`;\n`);
  });
});

describe('renderGraphQLDeclarations', () => {
  // Laid out as prettier 3 prints `export declare const x: GeneratedQuery<A, B>;`: one line up to
  // 80 columns, else the type arguments one a line, without a trailing comma.
  it.each([
    ['getA', 'export declare const getA: GeneratedQuery<APITypes.AQueryVars, APITypes.AQuery>;'],
    [
      'getAb',
      'export declare const getAb: GeneratedQuery<\n  APITypes.AQueryVars,\n  APITypes.AQuery\n>;',
    ],
  ])('declares %s with its brand, as prettier prints it', (name, want) => {
    const text = renderGraphQLDeclarations({
      typed: { specifier: '../API', kind: 'Query' },
      exports: [{ name, document: '', types: { variables: 'AQueryVars', result: 'AQuery' } }],
    });
    expect(text.endsWith(`\n\n${want}\n`)).toBe(true);
    expect(want.split('\n')[0]?.length).toBeLessThanOrEqual(80);
  });

  it('declares plain strings in an untyped file', () => {
    expect(
      renderGraphQLDeclarations({ exports: [{ name: 'aFields', document: 'fragment A' }] }),
    ).toBe('export declare const aFields: string;\n');
  });
});

describe('renderJavaScriptExports', () => {
  it('writes each export without a cast, with no blank line between them', () => {
    const document = '\n  query A {\n    a\n  }\n';
    expect(
      renderJavaScriptExports({
        exports: [
          { name: 'a', document },
          { name: 'b', document },
        ],
      }),
    ).toBe(
      'export const a = /* GraphQL */ `\n  query A {\n    a\n  }\n`;\n' +
        'export const b = /* GraphQL */ `\n  query A {\n    a\n  }\n`;\n',
    );
  });
});
