import { describe, expect, test } from 'vitest';
import { group, indent, line } from './doc.js';
import { byNameLength } from './name-template.js';
import { printDoc } from './print-doc.js';

describe('byNameLength', () => {
  test('prints once per name length and fills in each name', () => {
    const lengths: number[] = [];
    const declare = byNameLength((name) => {
      lengths.push(name.length);
      return printDoc(group(['const ', name, ' =', indent([line, '"', 'v'.repeat(60), '";'])]));
    });
    const names = ['A', 'B', 'Cxxxxxxxxxxxxxxx', 'Dxxxxxxxxxxxxxxx'];
    expect(names.map(declare).join('\n')).toMatchInlineSnapshot(`
      "const A = "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";
      const B = "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";
      const Cxxxxxxxxxxxxxxx =
        "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";
      const Dxxxxxxxxxxxxxxx =
        "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";"
    `);
    expect(lengths).toEqual([1, 16]);
  });
});
