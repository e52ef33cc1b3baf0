import { describe, expect, test } from 'vitest';
import { printDoc } from './print-doc.js';
import { typeArguments } from './type-arguments.js';

describe('typeArguments', () => {
  test('one line when they fit, else one a line without a trailing comma', () => {
    const declaration = (name: string): string =>
      printDoc(['export declare const ', name, ': Q', typeArguments(['A'.repeat(20), 'B']), ';']);
    expect(`${declaration('x')}\n${declaration('x'.repeat(40))}`).toMatchInlineSnapshot(`
      "export declare const x: Q<AAAAAAAAAAAAAAAAAAAA, B>;
      export declare const xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx: Q<
        AAAAAAAAAAAAAAAAAAAA,
        B
      >;"
    `);
  });
});
