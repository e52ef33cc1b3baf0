import { describe, expect, it } from 'vitest';
import { escapeControlCharacters } from './terminal-text.js';

describe('escapeControlCharacters', () => {
  it.each([
    ['OSC 52', 'a\u001b]52;c;cm0=\u0007b', 'a\\u001b]52;c;cm0=\\u0007b'],
    ['a screen clear', '\u001b[2J', '\\u001b[2J'],
    ['a colour when colours are off', '\u001b[31mred\u001b[39m', '\\u001b[31mred\\u001b[39m'],
    ['a C1 CSI', '\u009b31m', '\\u009b31m'],
    ['a carriage return', 'ok\rbad', 'ok\\u000dbad'],
    ['a bidi override', 'abc\u202edef', 'abc\\u202edef'],
    ['DEL and NUL', '\u007f\u0000', '\\u007f\\u0000'],
  ])('escapes %s', (_name, given, want) => {
    expect(escapeControlCharacters(given)).toBe(want);
  });

  it('keeps tabs, newlines and printable Unicode', () => {
    expect(escapeControlCharacters('a\tb\nÜ → 日本')).toBe('a\tb\nÜ → 日本');
  });

  it('keeps colour sequences only when asked, and never other sequences', () => {
    expect(escapeControlCharacters('\u001b[33mwarn\u001b[39m', true)).toBe(
      '\u001b[33mwarn\u001b[39m',
    );
    expect(escapeControlCharacters('\u001b]52;c;x\u0007', true)).toBe('\\u001b]52;c;x\\u0007');
  });

  it('keeps JSON parseable', () => {
    const text = JSON.stringify({ name: 'a\u009bb\u202ec\u001b' });
    expect(JSON.parse(escapeControlCharacters(text))).toEqual({ name: 'a\u009bb\u202ec\u001b' });
  });
});
