import { describe, expect, test } from 'vitest';
import { assignment } from './assignment.js';
import { printDoc } from './print-doc.js';
import { templateLiteral } from './template-literal.js';
import { indent } from './doc.js';

describe('templateLiteral', () => {
  test('its lines keep their text and column, even where the layout indents', () => {
    const text = 'query Q {\n  q {\n    id\n  }\n}';
    expect(printDoc(indent(['x = ', templateLiteral(text), ';']))).toMatchInlineSnapshot(`
      "x = \`query Q {
        q {
          id
        }
      }\`;"
    `);
  });

  test('an assignment breaks after `=` when the first line does not fit', () => {
    const text = `${'a'.repeat(60)}\n${'b'.repeat(100)}`;
    const printed = [10, 11].map((length) =>
      printDoc(assignment(['const ', 'x'.repeat(length)], templateLiteral(text))),
    );
    expect(printed.join('\n').replace(/([abx])\1{9,}/g, (run) => `${run[0]!}×${run.length}`))
      .toMatchInlineSnapshot(`
        "const x×10 = \`a×60
        b×100\`;
        const x×11 =
          \`a×60
        b×100\`;"
      `);
  });
});
