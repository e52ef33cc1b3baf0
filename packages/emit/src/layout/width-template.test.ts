import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { assignment } from './assignment.js';
import { group, indent, join, line, literalline } from './doc.js';
import { printDoc } from './print-doc.js';
import { templateLiteral } from './template-literal.js';
import { typeArguments } from './type-arguments.js';
import { byWidths } from './width-template.js';

describe('byWidths', () => {
  test('prints the document once per name length, with a placeholder for the name', () => {
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
    // A and C print their templates; B, D and E only fill them in.
    expect(lengths).toEqual([1, 16]);
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
    // a's template serves b (widths 1, 5/3); c has its own. Neither holds a text's middle lines.
    expect(printed).toEqual([
      `${'x'.repeat(50)}# = \`@@@@@\n@@@\`;`,
      `${'x'.repeat(50)}# = \`@@@@@@@@\`;`,
    ]);
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

  test('prints directly when a mark shows in the fixed text', () => {
    const names: string[] = [];
    const marked = byWidths((name: string) => {
      names.push(name);
      return printDoc(['#', ' ', name, ' ', '~']);
    });
    expect([marked('a'), marked('b')]).toEqual(['# a ~', '# b ~']);
    // The template '# # ~' cannot say which '#' is the name: a and b are printed as they are.
    expect(names).toEqual(['#', 'a', 'b']);
    const other = byWidths((name: string, kind: string) => printDoc([name, ' ', kind, '@']));
    expect(other('ab', 'c')).toBe('ab c@');
  });

  test('fills in exactly what printing each document directly gives', () => {
    // An export shaped like the statements' (graphql-export.ts), whose layout turns on the
    // widths of the name, of the document's first and last lines and of the type names.
    const print = (name: string, document: string, variables: string) =>
      printDoc(
        assignment(
          ['export const ', name],
          ['/* GraphQL */ ', templateLiteral(document), ' as Q', typeArguments([variables, 'R'])],
        ),
      );
    // Few widths, so that inputs share templates: a later input is filled into a template an
    // earlier one made. Any printable character, marks included.
    const ofWidth = (widths: number[], chars: string) =>
      fc
        .constantFrom(...widths)
        .chain((width) =>
          fc.string({ unit: fc.constantFrom(...chars), minLength: width, maxLength: width }),
        );
    const printable = Array.from({ length: 95 }, (_, code) => String.fromCharCode(code + 32)).join(
      '',
    );
    const text = ofWidth([0, 1, 30, 52, 60, 75], printable);
    const document = fc.array(text, { minLength: 1, maxLength: 4 }).map((all) => all.join('\n'));
    const name = ofWidth([1, 20, 38], 'abcXYZ019');
    fc.assert(
      fc.property(fc.array(fc.tuple(name, document, name), { maxLength: 12 }), (inputs) => {
        const templated = byWidths(print);
        for (const input of inputs) expect(templated(...input)).toBe(print(...input));
      }),
      { numRuns: 300 },
    );
  });
});
