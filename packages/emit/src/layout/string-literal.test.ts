import { describe, expect, test } from 'vitest';
import { objectKey, stringLiteral } from './string-literal.js';

describe('stringLiteral', () => {
  test.each([
    ['plain', '"plain"'],
    ["it's", '"it\'s"'],
    ['say "hi"', `'say "hi"'`],
    [`"it's"`, `'"it\\'s"'`],
    [`"a" 'b'`, '"\\"a\\" \'b\'"'],
    ['back\\slash "q"', `'back\\\\slash "q"'`],
    ['line\nbreak', '"line\\nbreak"'],
  ])('%j -> %s', (given, want) => {
    expect(stringLiteral(given)).toBe(want);
  });
});

describe('objectKey', () => {
  test.each([
    ['id', 'id'],
    ['$x_1', '$x_1'],
    ['gsi-Post.comments', '"gsi-Post.comments"'],
    ['12', '12'],
    ['1.5', '1.5'],
    ['1.50', '"1.50"'],
    ['012', '"012"'],
  ])('%j -> %s', (given, want) => {
    expect(objectKey(given)).toBe(want);
  });
});
