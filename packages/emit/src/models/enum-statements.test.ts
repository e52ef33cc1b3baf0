import { format } from 'prettier';
import { describe, expect, test } from 'vitest';
import { enumType } from '../test-support/ir-builders.js';
import { printStatements } from '../test-support/print-statements.js';
import { createEnumStatements } from './enum-statements.js';

describe('createEnumStatements', () => {
  test('a const object and a union type of the same name', () => {
    expect(printStatements([createEnumStatements(enumType('Status', ['DRAFT', 'PUBLISHED']))]))
      .toMatchInlineSnapshot(`
      "/** GraphQL enum \`Status\`. */
      export const Status = {
        DRAFT: "DRAFT",
        PUBLISHED: "PUBLISHED",
      } as const;
      export type Status = (typeof Status)[keyof typeof Status];
      "
    `);
  });

  test('values that are not identifiers are quoted; __proto__ is computed', () => {
    expect(
      printStatements([createEnumStatements(enumType('Odd', ['in-review', '__proto__', '_ok']))]),
    ).toMatchInlineSnapshot(`
      "/** GraphQL enum \`Odd\`. */
      export const Odd = {
        "in-review": "in-review",
        ["__proto__"]: "__proto__",
        _ok: "_ok",
      } as const;
      export type Odd = (typeof Odd)[keyof typeof Odd];
      "
    `);
  });

  test('an enum without values', () => {
    expect(printStatements([createEnumStatements(enumType('Empty', []))])).toMatchInlineSnapshot(`
      "/** GraphQL enum \`Empty\`. */
      export const Empty = {} as const;
      export type Empty = (typeof Empty)[keyof typeof Empty];
      "
    `);
  });
});

describe('createEnumStatements with long names', () => {
  test('are laid out as prettier lays them out: a long value and the alias break', async () => {
    const name = `Status${'x'.repeat(30)}`;
    const value = `ACTIVE${'X'.repeat(34)}`;
    const text = printStatements([createEnumStatements(enumType(name, [value]))]);
    expect(await format(text, { parser: 'typescript' })).toBe(text);
    expect(text).toMatchInlineSnapshot(`
      "/** GraphQL enum \`Statusxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\`. */
      export const Statusxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx = {
        ACTIVEXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX:
          "ACTIVEXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
      } as const;
      export type Statusxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx =
        (typeof Statusxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx)[keyof typeof Statusxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx];
      "
    `);
  });
});
