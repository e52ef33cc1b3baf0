import { OutputError } from '@uibuilder-codegen/core';
import { describe, expect, test } from 'vitest';
import { normalizeOutputPath, outputStem, stripKnownExtension } from './output-path.js';

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
    expect(outputStem(given)).toBe(want);
  });

  test.each([[''], ['   ']])('%j means no file', (given) => {
    expect(outputStem(given)).toBeUndefined();
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
    expect(() => outputStem(given)).toThrow(OutputError);
    expect(() => outputStem(given)).toThrow(reason);
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
    expect(normalizeOutputPath('../models/./schema.d.ts')).toBe('../models/schema.d.ts');
  });

  test('errors say which path and what to do', () => {
    try {
      normalizeOutputPath('/etc/passwd');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(OutputError);
      expect((error as OutputError).files).toEqual(['/etc/passwd']);
      expect((error as OutputError).hint).toContain('renderConfig');
      expect((error as OutputError).exitCode).toBe(5);
    }
  });
});
