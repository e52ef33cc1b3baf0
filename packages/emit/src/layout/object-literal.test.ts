import { describe, expect, test } from 'vitest';
import { printObjectLiteral } from './object-literal.js';

const long = (length: number): string => 'x'.repeat(length);

describe('printObjectLiteral', () => {
  test('objects stay broken; arrays fit on a line or break one item a line', () => {
    expect(
      printObjectLiteral({
        name: 'Post',
        empty: {},
        none: [],
        fields: ['a', 'b'],
        targetNames: [long(30), long(30)],
        attributes: [{ type: 'model', properties: {} }],
        skipped: undefined,
        isArray: false,
      }),
    ).toMatchInlineSnapshot(`
      "{
        name: "Post",
        empty: {},
        none: [],
        fields: ["a", "b"],
        targetNames: [
          "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
          "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
        ],
        attributes: [
          {
            type: "model",
            properties: {},
          },
        ],
        isArray: false,
      }"
    `);
  });

  test('a string moves to the next line when it does not fit, unless the key is short', () => {
    const printed = printObjectLiteral({ name: long(80), pluralName: long(70), version: long(60) });
    expect(
      printed
        .split('\n')
        .map((text) => text.replace(/x+/, `x*${/x+/.exec(text)?.[0].length ?? 0}`)),
    ).toEqual(['{', '  name: "x*80",', '  pluralName:', '    "x*70",', '  version: "x*60",', '}']);
  });

  test('an object or array moves to the next line only when `key: {` does not fit', () => {
    const fits = long(75);
    const overflows = long(76);
    expect(
      printObjectLiteral({ [fits]: { a: 'b' }, [overflows]: { a: 'b' }, [long(74)]: [] }),
    ).toBe(
      `{\n  ${fits}: {\n    a: "b",\n  },\n  ${overflows}:\n    {\n      a: "b",\n    },\n  ${long(74)}:\n    [],\n}`,
    );
  });

  test('refuses what the DataStore schema never holds', () => {
    expect(() => printObjectLiteral({ count: 1 })).toThrow(/does not print/);
    expect(() => printObjectLiteral({ list: [['a']] })).toThrow(/does not print/);
  });
});
