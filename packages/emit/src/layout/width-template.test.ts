import { describe, expect, test } from 'vitest';
import { group, indent, join, line, literalline } from './doc.js';
import { printDoc } from './print-doc.js';
import { byWidths } from './width-template.js';

describe('byWidths', () => {
  test('prints directly until a name length recurs, then once more for its template', () => {
    const lengths: number[] = [];
    const declare = byWidths((name: string) => {
      lengths.push(name.length);
      return printDoc(group(['const ', name, ' =', indent([line, '"', 'v'.repeat(60), '";'])]));
    });
    const names = ['A', 'B', 'Cxxxxxxxxxxxxxxx', 'Dxxxxxxxxxxxxxxx', 'E'];
    expect(names.map((name) => declare(name)).join('\n')).toMatchInlineSnapshot(`
      "const A = "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";
      const B = "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";
      const Cxxxxxxxxxxxxxxx =
        "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";
      const Dxxxxxxxxxxxxxxx =
        "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";
      const E = "vvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvvv";"
    `);
    // A: direct. B: its template, checked against B printed directly. E: the template alone.
    expect(lengths).toEqual([1, 1, 1, 16, 16, 16]);
  });

  // A text of several lines placed with literalline: only its first and last lines take part in
  // the layout, and the lines between are filled in as they are.
  const printed: string[] = [];
  const assign = byWidths((name: string, text: string) => {
    const doc = ['x'.repeat(50), name, ' = `', join(literalline, text.split('\n')), '`;'];
    printed.push(printDoc(group(doc)));
    return printed.at(-1)!;
  });

  test('several texts, one of several lines, printed once per widths', () => {
    const result = [
      assign('a', 'first\nmiddle line of any length at all, well past eighty columns wide\nend'),
      assign('b', 'FIRST\nmiddle\nEND'),
      assign('c', 'one line'),
    ];
    expect(result.join('\n')).toMatchInlineSnapshot(`
      "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxa = \`first
      middle line of any length at all, well past eighty columns wide
      end\`;
      xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxb = \`FIRST
      middle
      END\`;
      xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxc = \`one line\`;"
    `);
    expect(printed).toHaveLength(4);
  });

  test('an empty first or last line, or a text wider than its length, is printed directly', () => {
    printed.length = 0;
    expect(assign('a', '\nbody\n')).toBe(`${'x'.repeat(50)}a = \`\nbody\n\`;`);
    expect(assign('é', 'first\nend')).toBe(`${'x'.repeat(50)}é = \`first\nend\`;`);
    expect(printed).toEqual([
      `${'x'.repeat(50)}a = \`\nbody\n\`;`,
      `${'x'.repeat(50)}é = \`first\nend\`;`,
    ]);
  });

  test('refuses a template whose fixed text holds a mark', () => {
    const marked = byWidths((name: string) => printDoc(['#', ' ', name]));
    expect(marked('a')).toBe('# a');
    expect(() => marked('b')).toThrow(/a mark in its fixed text/);
  });
});
