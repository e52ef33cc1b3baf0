import { describe, expect, test } from 'vitest';
import { objectExpression, stringProperty } from './object-expression.js';
import { printDoc } from './print-doc.js';

describe('objectExpression', () => {
  test('stays broken; a string moves to the next line when it does not fit, unless the key is short', () => {
    const long = (length: number): string => 'x'.repeat(length);
    const printed = printDoc(
      objectExpression([
        stringProperty('name', long(80)),
        stringProperty('pluralName', long(70)),
        stringProperty('version', long(64)),
        stringProperty('"my-key"', 'a'),
      ]),
    );
    expect(printed.replace(/x{10,}/g, (run) => `x×${run.length}`)).toMatchInlineSnapshot(`
      "{
        name: "x×80",
        pluralName:
          "x×70",
        version: "x×64",
        "my-key": "a",
      }"
    `);
  });

  test('no properties print as `{}`', () => {
    expect(printDoc(objectExpression([]))).toBe('{}');
  });
});
