import { describe, expect, it } from 'vitest';
import { propertyName, typeLiteral } from './type-literal.js';

describe('typeLiteral', () => {
  it('is {} without members', () => {
    expect(typeLiteral([])).toBe('{}');
  });

  it('writes one member a line, a nested literal at the next indentation', () => {
    const inner = typeLiteral([{ name: 'id', optional: false, type: 'string' }], '  ');
    expect(
      typeLiteral([
        { name: 'title', optional: true, type: 'string | null' },
        { name: 'items', optional: false, type: `Array<${inner} | null>` },
      ]),
    ).toMatchInlineSnapshot(`
      "{
        title?: string | null;
        items: Array<{
          id: string;
        } | null>;
      }"
    `);
  });
});

describe('propertyName', () => {
  it.each([
    ['id', 'id'],
    ['__typename', '__typename'],
    ['$x1', '$x1'],
    ['first-name', '"first-name"'],
    ['1st', '"1st"'],
  ])('%s is written %s', (name, want) => {
    expect(propertyName(name)).toBe(want);
  });
});
