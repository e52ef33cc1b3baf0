import { JobSourceError } from '@uibuilder-codegen/core';
import { describe, expect, it } from 'vitest';
import { checkEntryName, checkEntrySet } from './entry-name.js';

describe('checkEntryName', () => {
  it.each([
    ['PostCreateForm.jsx'],
    ['nested/dir/Card.tsx'],
    ['folder/'],
    ['.hidden.js'],
    ['Café.jsx'],
  ])('accepts %j', (name) => {
    expect(checkEntryName(name, 'zip')).toBe(name);
  });

  it.each([
    ['', 'length'],
    ['x'.repeat(513), 'length'],
    ['../evil.js', 'climbs out'],
    ['a/../../evil.js', 'climbs out'],
    ['/etc/passwd', 'absolute'],
    ['C:/evil.js', 'drive letter'],
    ['c:evil.js', 'drive letter'],
    ['..\\evil.js', 'backslash'],
    ['a\\b.js', 'backslash'],
    ['a//b.js', 'empty or "." segment'],
    ['./a.js', 'empty or "." segment'],
    ['a\u0000.js', 'control character'],
    ['a\n.js', 'control character'],
    ['.uibuilder-codegen.json', 'uibuilder-codegen state'],
    ['.UIBUILDER-CODEGEN.LOCK', 'uibuilder-codegen state'],
  ])('refuses %j (%s), naming it escaped, exit 3', (name, why) => {
    const error = (() => {
      try {
        checkEntryName(name, 'zip');
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(JobSourceError);
    expect((error as JobSourceError).exitCode).toBe(3);
    expect((error as Error).message).toContain(why);
    expect((error as Error).message).toContain(JSON.stringify(name));
  });
});

describe('checkEntrySet', () => {
  it.each([
    [['a.js', 'a.js'], 'twice'],
    [['Form.jsx', 'form.jsx'], 'and also as "Form.jsx"'],
    [['Caf\u00e9.js', 'Cafe\u0301.js'], 'and also as'],
    [['a', 'a/b.js'], 'as a file and as a directory'],
  ])('refuses %j', (names, says) => {
    expect(() => checkEntrySet(names, 'zip')).toThrow(says);
  });

  it('accepts directories with their files', () => {
    expect(() => checkEntrySet(['a/', 'a/b.js', 'A.js'], 'zip')).not.toThrow();
  });
});
