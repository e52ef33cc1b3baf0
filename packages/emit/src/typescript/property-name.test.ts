import { describe, expect, test } from 'vitest';
import { docCommentText } from '../models/doc-comment.js';
import { objectLiteralKey, propertyName } from './property-name.js';

describe('propertyName', () => {
  test.each([
    ['id', 'id'],
    ['switch', 'switch'],
    ['_x$1', '_x$1'],
    ['primary-author', '"primary-author"'],
    ['1st', '"1st"'],
    ['has space', '"has space"'],
    ['quote"d', '"quote\\"d"'],
    ['ünï', '"ünï"'],
  ])('%j -> %s', (given, want) => {
    expect(propertyName(given)).toBe(want);
  });

  test('__proto__ is a computed key in object literals only', () => {
    expect(objectLiteralKey('__proto__')).toBe('["__proto__"]');
    expect(objectLiteralKey('a-b')).toBe('"a-b"');
    expect(propertyName('__proto__')).toBe('__proto__');
  });
});

describe('docCommentText', () => {
  test.each([
    ['plain', 'plain'],
    ['a */ b', 'a *\\/ b'],
    ['*/*/', '*\\/*\\/'],
    ['line\nbreak\r\nhere', 'line break here'],
  ])('%j -> %j', (given, want) => {
    expect(docCommentText(given)).toBe(want);
  });
});
