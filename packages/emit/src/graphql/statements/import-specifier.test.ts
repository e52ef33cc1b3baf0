import { describe, expect, it } from 'vitest';
import { importSpecifier } from './import-specifier.js';

describe('importSpecifier', () => {
  it.each([
    ['../graphql/queries', '../API', '../API'],
    ['../graphql/queries.ts', '../API.ts', '../API'],
    ['graphql/queries', 'API', '../API'],
    ['queries', 'API', './API'],
    ['queries', '../API', '../API'],
    ['api/queries', 'api/types/API.d.ts', './types/API'],
    ['./a/b/queries', 'a/API', '../API'],
    ['../../x/queries', '../../API', '../API'],
  ])('from %s to %s is %s', (from, to, want) => {
    expect(importSpecifier(from, to)).toBe(want);
  });

  it('refuses a climb that needs the component directory name', () => {
    expect(() => importSpecifier('../../x/queries', '../API')).toThrow(/component directory/);
  });
});
