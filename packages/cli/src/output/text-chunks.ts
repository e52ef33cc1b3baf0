import { closeSync, fsyncSync, openSync, writeSync } from 'node:fs';

/**
 * How many UTF-16 units of a text are encoded at a time. Hashing or writing a whole generated file
 * at once makes a UTF-8 copy of it (the 5,000-model types file is 95 MB): pieces of this size keep
 * that copy at a few megabytes, however large the file.
 */
export const CHUNK_UNITS = 1 << 20;

/**
 * `text` in consecutive pieces of at most `size` units whose UTF-8 encodings, concatenated, are
 * exactly the encoding of `text`: a piece never ends between the two halves of a surrogate pair.
 */
export function* textChunks(text: string, size: number = CHUNK_UNITS): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + size, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - start > 1 && last >= 0xd800 && last <= 0xdbff) end -= 1;
    yield text.slice(start, end);
    start = end;
  }
}

/**
 * Creates `file` (it must not exist: flag `wx`), writes `contents` as UTF-8 a piece at a time
 * through one reused buffer, and flushes it to the disk before closing it: the same bytes as
 * `writeFileSync(file, contents, { flag: 'wx', flush: true })` without a copy of the whole text.
 */
export function writeNewFileInChunks(file: string, contents: string): void {
  const fd = openSync(file, 'wx');
  try {
    // At most 3 UTF-8 bytes per UTF-16 unit (a pair's 4 bytes are 2 per unit).
    const buffer = Buffer.allocUnsafe(Math.min(contents.length, CHUNK_UNITS) * 3);
    for (const chunk of textChunks(contents)) {
      const length = buffer.write(chunk, 0, 'utf8');
      let written = 0;
      while (written < length) written += writeSync(fd, buffer, written, length - written);
    }
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
