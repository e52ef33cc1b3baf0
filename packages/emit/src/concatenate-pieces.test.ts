import { describe, expect, test } from 'vitest';
import { concatenatePieces } from './concatenate-pieces.js';

describe('concatenatePieces', () => {
  test.each([
    ['no pieces', [], '\n\n'],
    ['one piece', ['export type A = {};'], '\n\n'],
    ['several, a separator between each', ['a', 'b', 'c'], '\n\n'],
    ['empty pieces kept', ['', 'x', ''], '\n'],
    ['long pieces', ['x'.repeat(40), 'y'.repeat(40)], ';'],
  ])('%s: the text of join', (_, pieces, separator) => {
    expect(concatenatePieces(pieces, separator)).toBe(pieces.join(separator));
  });
});
