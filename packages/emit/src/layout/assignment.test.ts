import { describe, expect, test } from 'vitest';
import { assignment } from './assignment.js';
import { hardline, indent } from './doc.js';
import { printDoc } from './print-doc.js';

describe('assignment', () => {
  test('the right side moves to the next line when its first line does not fit', () => {
    const object = ['{', indent([hardline, 'a: string;']), hardline, '}'];
    const printed = [60, 80].map((length) =>
      printDoc(assignment(['type ', 'T'.repeat(length)], object)),
    );
    expect(printed.join('\n').replace(/T{10,}/g, (names) => `T×${names.length}`))
      .toMatchInlineSnapshot(`
        "type T×60 = {
          a: string;
        };
        type T×80 =
          {
            a: string;
          };"
      `);
  });

  test('what follows a one-line right side counts', () => {
    expect(printDoc(assignment(['type ', 'T'.repeat(65)], 'string'))).toBe(
      `type ${'T'.repeat(65)} = string;`,
    );
    expect(printDoc(assignment(['type ', 'T'.repeat(66)], 'string'))).toBe(
      `type ${'T'.repeat(66)} =\n  string;`,
    );
  });
});
