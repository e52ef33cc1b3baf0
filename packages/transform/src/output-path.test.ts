import { describe, expect, test } from 'vitest';
import {
  importSpecifier,
  normalizeOutputPath,
  outputStem,
  stripKnownExtension,
} from './output-path.js';

describe('outputStem', () => {
  test.each([
    ['../API', '../API'],
    ['../API.ts', '../API'],
    ['../API.d.ts', '../API'],
    ['../graphql/queries.js', '../graphql/queries'],
    ['../graphql/queries.jsx', '../graphql/queries'],
    ['../graphql/queries.tsx', '../graphql/queries'],
    ['../graphql/queries.mjs', '../graphql/queries'],
    ['../graphql/queries.cjs', '../graphql/queries'],
    ['../graphql/schema.graphql', '../graphql/schema'],
    ['../graphql/queries.JS', '../graphql/queries'],
    ['./models/./index', 'models/index'],
    ['models//index', 'models/index'],
    ['../a/../b/c', '../b/c'],
    ['../../x', '../../x'],
    ['a/../../x', '../x'],
    ['../API.json', '../API.json'],
    ['../types.v2', '../types.v2'],
  ])('%j -> %j', (given, want) => {
    expect(outputStem(given)).toEqual({ ok: true, path: want });
  });

  test.each([
    ['/abs/API', 'is absolute'],
    ['C:/x/API', 'is absolute'],
    ['..\\API', 'backslash'],
    ['../A\0PI', 'NUL'],
    ['../graphql/', 'names a directory'],
    ['..', 'names a directory'],
    ['../x/..', 'names a directory'],
    ['a/..', 'names a directory'],
    ['a/../', 'names a directory'],
    ['./.', 'names a directory'],
    ['.', 'names the component directory'],
    ['../.ts', 'no file name'],
  ])('%j is refused (%s)', (given, reason) => {
    const result = outputStem(given);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});

describe('stripKnownExtension', () => {
  test('only one extension goes, the longest known first', () => {
    expect(stripKnownExtension('a.ts.ts')).toBe('a.ts');
    expect(stripKnownExtension('a.d.ts')).toBe('a');
    expect(stripKnownExtension('.ts')).toBe('.ts');
  });
});

describe('normalizeOutputPath', () => {
  test('keeps extensions and gives POSIX paths', () => {
    expect(normalizeOutputPath('../models/./schema.d.ts')).toEqual({
      ok: true,
      path: '../models/schema.d.ts',
    });
  });
});

describe('importSpecifier', () => {
  test.each([
    ['../graphql/queries', '../API', '../API'],
    ['graphql/queries', 'API', '../API'],
    ['queries', 'API', './API'],
    ['queries', '../API', '../API'],
    ['api/queries', 'api/types/API', './types/API'],
    ['a/queries', 'a/API', './API'],
    ['../../x/queries', '../../API', '../API'],
  ])('from %s to %s is %s', (from, to, want) => {
    expect(importSpecifier(from, to)).toBe(want);
  });

  test('a climb that needs the component directory name has none', () => {
    expect(importSpecifier('../../x/queries', '../API')).toBeUndefined();
  });
});
