import { describe, expect, test } from 'vitest';
import { assignment } from './assignment.js';
import { callArguments, huggedLastArgument } from './call-arguments.js';
import { objectExpression, stringProperty } from './object-expression.js';
import { printDoc } from './print-doc.js';

/** Long runs of one letter, shortened to `N×40` so the snapshots read. */
const short = (text: string): string =>
  text.replace(/([A-Za-z])\1{9,}/g, (run) => `${run[0]!}×${run.length}`);

describe('huggedLastArgument', () => {
  const frozen = (length: number): string =>
    printDoc(
      assignment(
        ['const ', 'N'.repeat(length)],
        ['Object.freeze', huggedLastArgument([objectExpression([stringProperty('A', 'A')])])],
      ),
    );

  test('hugs the object, else breaks every argument out, else breaks after `=`', () => {
    // `const N×56 = Object.freeze({` is 80 columns; so is `const N×57 = Object.freeze(`.
    expect(short([56, 57, 58].map(frozen).join('\n'))).toMatchInlineSnapshot(`
      "const N×56 = Object.freeze({
        A: "A",
      });
      const N×57 = Object.freeze(
        {
          A: "A",
        },
      );
      const N×58 =
        Object.freeze({
          A: "A",
        });"
    `);
  });
});

describe('callArguments', () => {
  test('one line when they fit, else one a line with a trailing comma', () => {
    const call = (length: number): string =>
      printDoc(['f', callArguments(['a'.repeat(length), 'b'])]);
    expect(short([74, 75].map(call).join('\n'))).toMatchInlineSnapshot(`
      "f(a×74, b)
      f(
        a×75,
        b,
      )"
    `);
  });
});
