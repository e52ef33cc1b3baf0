import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { printEmbeddedGraphQL } from './embedded-graphql.js';

/** A name of `n` copies of `c`, to put a line at an exact width. */
const name = (c: string, n: number) => c.repeat(n);

// Each `want` is what prettier 3 printed for `export const x = /* GraphQL */ \`<given>\`;`. The
// CLI's prettier-stable test holds the printer to prettier itself on every real and synthetic job.
const PRINTED: [string, { given: string; want: string }][] = [
  [
    'a fragment',
    {
      given: 'fragment AFields on A { id __typename }',
      want: '\n  fragment AFields on A {\n    id\n    __typename\n  }\n',
    },
  ],
  [
    'list and non-null types',
    {
      given: 'subscription S($a: [ID!]!, $b: [[String]]) { s(a: $a, b: $b) { id } }',
      want: '\n  subscription S($a: [ID!]!, $b: [[String]]) {\n    s(a: $a, b: $b) {\n      id\n    }\n  }\n',
    },
  ],
  [
    'variables on a line of exactly 80 columns',
    {
      given: `query ${name('V', 47)}($id: ID!, $limit: Int) { a { id } }`,
      want: `\n  query ${name('V', 47)}($id: ID!, $limit: Int) {\n    a {\n      id\n    }\n  }\n`,
    },
  ],
  [
    'variables on a line of 81 columns, one a line',
    {
      given: `query ${name('V', 48)}($id: ID!, $limit: Int) { a { id } }`,
      want: `\n  query ${name('V', 48)}(\n    $id: ID!\n    $limit: Int\n  ) {\n    a {\n      id\n    }\n  }\n`,
    },
  ],
  [
    'arguments on a line of exactly 80 columns',
    {
      given: `query A($id: ID!, $limit: Int) { ${name('f', 50)}(id: $id, limit: $limit) { id } }`,
      want: `\n  query A($id: ID!, $limit: Int) {\n    ${name('f', 50)}(id: $id, limit: $limit) {\n      id\n    }\n  }\n`,
    },
  ],
  [
    'arguments on a line of 81 columns, one a line',
    {
      given: `query A($id: ID!, $limit: Int) { ${name('f', 51)}(id: $id, limit: $limit) { id } }`,
      want: `\n  query A($id: ID!, $limit: Int) {\n    ${name('f', 51)}(\n      id: $id\n      limit: $limit\n    ) {\n      id\n    }\n  }\n`,
    },
  ],
  [
    'a leaf field with arguments, measured without a brace',
    {
      given: `query A($id: ID!) { a { b { ${name('g', 64)}(id: $id) ${name('h', 63)}(id: $id) } } }`,
      want: `\n  query A($id: ID!) {\n    a {\n      b {\n        ${name('g', 64)}(\n          id: $id\n        )\n        ${name('h', 63)}(id: $id)\n      }\n    }\n  }\n`,
    },
  ],
  [
    'a long field name, which nothing can break',
    {
      given: `query A { a { ${name('n', 90)} { id } } }`,
      want: `\n  query A {\n    a {\n      ${name('n', 90)} {\n        id\n      }\n    }\n  }\n`,
    },
  ],
];

describe('printEmbeddedGraphQL', () => {
  it.each(PRINTED)('prints as prettier does: %s', (_name, { given, want }) => {
    expect(printEmbeddedGraphQL(parse(given))).toBe(want);
  });

  it.each([
    ['two definitions', 'query A { a } query B { b }'],
    ['an anonymous operation', '{ a { id } }'],
    ['an alias', 'query A { b: a { id } }'],
    ['a directive', 'query A { a @include(if: true) { id } }'],
    ['an operation directive', 'query A @live { a { id } }'],
    ['a default value', 'query A($id: ID = 1) { a(id: $id) { id } }'],
    ['a literal argument', 'query A { a(id: 1) { id } }'],
    ['a fragment spread', 'query A { a { ...F } }'],
    ['an inline fragment', 'query A { a { ... on B { id } } }'],
    ['a fragment with variables', 'fragment F($v: Int) on A { id }'],
  ])('leaves what it does not cover to prettier: %s', (_name, given) => {
    expect(printEmbeddedGraphQL(parse(given, { allowLegacyFragmentVariables: true }))).toBe(
      undefined,
    );
  });
});
