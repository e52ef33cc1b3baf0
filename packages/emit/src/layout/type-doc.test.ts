import { describe, expect, test } from 'vitest';
import { printDocAt } from './print-doc.js';
import { propertySignature as signatureDoc } from './type-doc.js';
import type { TypeNode } from './type-doc.js';

/** The signature printed at `column`, its indentation included. */
const propertySignature = (head: string, type: TypeNode, column: number): string =>
  printDocAt(signatureDoc(head, type, column), column);
const name = (length: number): string => `T${'x'.repeat(length - 1)}`;
const ref = (text: string, args: readonly TypeNode[] = []): TypeNode => ({
  kind: 'reference',
  name: text,
  args,
});
const NULL: TypeNode = { kind: 'keyword', name: 'null' };
const enumList = (length: number): TypeNode => ({
  kind: 'union',
  types: [
    {
      kind: 'array',
      element: {
        kind: 'union',
        types: [ref(name(length)), { kind: 'keyofTypeof', name: name(length) }, NULL],
      },
    },
    NULL,
  ],
});

describe('propertySignature', () => {
  test('a union moves to the next line, then breaks one member a line, then inside parentheses', () => {
    const printed = [1, 16, 21, 24, 25].map((length) =>
      propertySignature('readonly f?', enumList(length), 2),
    );
    expect(printed.join('\n')).toMatchInlineSnapshot(`
      "  readonly f?: (T | keyof typeof T | null)[] | null;
        readonly f?:
          (Txxxxxxxxxxxxxxx | keyof typeof Txxxxxxxxxxxxxxx | null)[] | null;
        readonly f?:
          | (Txxxxxxxxxxxxxxxxxxxx | keyof typeof Txxxxxxxxxxxxxxxxxxxx | null)[]
          | null;
        readonly f?:
          | (
              Txxxxxxxxxxxxxxxxxxxxxxx | keyof typeof Txxxxxxxxxxxxxxxxxxxxxxx | null
            )[]
          | null;
        readonly f?:
          | (
              | Txxxxxxxxxxxxxxxxxxxxxxxx
              | keyof typeof Txxxxxxxxxxxxxxxxxxxxxxxx
              | null
            )[]
          | null;"
    `);
  });

  test('a reference with null is never broken, and keeps its parentheses in an array', () => {
    const list: TypeNode = {
      kind: 'union',
      types: [{ kind: 'array', element: { kind: 'union', types: [ref(name(90)), NULL] } }, NULL],
    };
    expect(propertySignature('readonly posts?', list, 2)).toBe(
      `  readonly posts?:\n    | (${name(90)} | null)[]\n    | null;`,
    );
  });

  test('type arguments break one a line unless there is one simple argument', () => {
    const composite = ref('CompositeIdentifier', [
      ref(name(30)),
      {
        kind: 'tuple',
        elements: [
          { kind: 'literal', value: name(20) },
          { kind: 'literal', value: name(30) },
        ],
      },
    ]);
    expect(propertySignature('identifier', composite, 4)).toMatchInlineSnapshot(`
      "    identifier: CompositeIdentifier<
            Txxxxxxxxxxxxxxxxxxxxxxxxxxxxx,
            ["Txxxxxxxxxxxxxxxxxxx", "Txxxxxxxxxxxxxxxxxxxxxxxxxxxxx"]
          >;"
    `);
    expect(propertySignature('readonly item', ref('AsyncItem', [ref(name(70))]), 2)).toBe(
      `  readonly item: AsyncItem<${name(70)}>;`,
    );
  });
});
