import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentHash } from './manifest.js';
import { CHUNK_UNITS, textChunks, writeNewFileInChunks } from './text-chunks.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'text-chunks-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Text of more than two pieces, with a surrogate pair across the first boundary and a lone half. */
const text = `${'a'.repeat(CHUNK_UNITS - 1)}😀 é ${'b'.repeat(CHUNK_UNITS)}\ud800 end`;

describe('textChunks', () => {
  it('never ends a piece between the halves of a surrogate pair', () => {
    const pieces = [...textChunks(text)];
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces[0]).toHaveLength(CHUNK_UNITS - 1);
    expect(pieces[1]?.startsWith('😀')).toBe(true);
    expect(Buffer.concat(pieces.map((piece) => Buffer.from(piece)))).toEqual(Buffer.from(text));
  });

  it('gives nothing for the empty text, and one piece for a short one', () => {
    expect([...textChunks('')]).toEqual([]);
    expect([...textChunks('ab', 1)]).toEqual(['a', 'b']);
  });
});

describe('hashing and writing a piece at a time', () => {
  it('hashes as the whole text hashes', () => {
    expect(contentHash(text)).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('writes the bytes writeFileSync writes, and refuses a file that exists', () => {
    const file = path.join(dir, 'large.ts');
    writeNewFileInChunks(file, text);
    expect(readFileSync(file)).toEqual(Buffer.from(text));
    expect(() => writeNewFileInChunks(file, 'again')).toThrow(/EEXIST/);
    expect(readFileSync(file)).toEqual(Buffer.from(text));
    const empty = path.join(dir, 'empty.ts');
    writeNewFileInChunks(empty, '');
    expect(readFileSync(empty, 'utf8')).toBe('');
  });
});
