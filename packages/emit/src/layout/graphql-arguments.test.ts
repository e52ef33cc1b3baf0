import { describe, expect, test } from 'vitest';
import { graphQLArguments, graphQLListLine } from './graphql-arguments.js';
import { printDocAt } from './print-doc.js';

describe('graphQLArguments', () => {
  test('one line when it fits with what follows, else one entry a line without commas', () => {
    const field = (name: string): string =>
      printDocAt([name, graphQLArguments(['id: $id', 'filter: $filter']), ' {'], 4);
    // `    <name>(id: $id, filter: $filter) {` is 80 columns with a 48-letter name.
    expect(
      [48, 49]
        .map((length) => field('f'.repeat(length)))
        .join('\n')
        .replace(/f{10,}/g, (run) => `f×${run.length}`),
    ).toMatchInlineSnapshot(`
      "    f×48(id: $id, filter: $filter) {
          f×49(
            id: $id
            filter: $filter
          ) {"
    `);
  });
});

describe('graphQLListLine', () => {
  test('prints what the document prints, at any name length', () => {
    const entries = ['id: $id', 'filter: $filter'];
    for (const length of [1, 48, 49, 48, 70]) {
      const name = 'f'.repeat(length);
      expect(graphQLListLine(4, name, entries, ' {')).toBe(
        printDocAt([name, graphQLArguments(entries), ' {'], 4),
      );
    }
    expect(graphQLListLine(2, 'query Q', ['$a: ID!'], '')).toBe('  query Q($a: ID!)');
  });
});
