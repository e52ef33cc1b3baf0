import { describe, expect, test } from 'vitest';
import { group, hardline, ifBreak, indent, join, line, softline } from './doc.js';
import type { Doc } from './doc.js';
import { printDoc, printDocAt } from './print-doc.js';

const list = (items: readonly string[]): Doc =>
  group(['[', indent([softline, join([',', line], items)]), ifBreak(','), softline, ']']);

describe('printDoc', () => {
  test('a group that fits stays on one line', () => {
    expect(printDoc(list(['a', 'b']))).toBe('[a, b]');
  });

  test('a group that does not fit breaks every line in it, not those of inner groups', () => {
    const inner = list(['x', 'y']);
    const outer = group([
      '[',
      indent([softline, join([',', line], ['a'.repeat(75), inner])]),
      softline,
      ']',
    ]);
    expect(printDoc(outer)).toBe(`[\n  ${'a'.repeat(75)},\n  [x, y]\n]`);
  });

  test('what follows a group, up to the next line break, must fit with it', () => {
    expect(printDoc([list(['a'.repeat(38), 'b'.repeat(37)]), ';'])).toBe(
      `[${'a'.repeat(38)}, ${'b'.repeat(37)}];`,
    );
    expect(printDoc([list(['a'.repeat(38), 'b'.repeat(37)]), ';;;'])).toBe(
      `[\n  ${'a'.repeat(38)},\n  ${'b'.repeat(37)},\n];;;`,
    );
  });

  test('a hard line breaks the groups around it; trailing spaces are trimmed', () => {
    expect(printDoc(group(['{', indent([line, 'a', hardline, 'b']), line, '}']))).toBe(
      '{\n  a\n  b\n}',
    );
  });

  test('starts at the indentation it is given, which it writes', () => {
    expect(printDocAt(list(['a'.repeat(37), 'b'.repeat(37)]), 4)).toBe(
      `    [\n      ${'a'.repeat(37)},\n      ${'b'.repeat(37)},\n    ]`,
    );
  });
});
