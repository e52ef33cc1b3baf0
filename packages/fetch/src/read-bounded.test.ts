import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { InputTooLargeError, readBounded } from './read-bounded.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'read-bounded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readBounded', () => {
  it('reads a file and a stream within the limit as UTF-8', async () => {
    const file = path.join(dir, 'small.json');
    writeFileSync(file, '{"name":"Ünïcode"}');
    expect(await readBounded(file, 100)).toBe('{"name":"Ünïcode"}');
    expect(await readBounded(Readable.from([Buffer.from('ab'), 'cd']), 4)).toBe('abcd');
  });

  it('stops a device that never ends at the limit', async () => {
    await expect(readBounded('/dev/zero', 1_000_000)).rejects.toBeInstanceOf(InputTooLargeError);
  });

  it('stops an endless stream at the limit, one byte past it', async () => {
    let pulled = 0;
    const endless = new Readable({
      read() {
        pulled += 1;
        this.push(Buffer.alloc(1024));
      },
    });
    const error = await readBounded(endless, 10 * 1024 - 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputTooLargeError);
    expect((error as InputTooLargeError).maxBytes).toBe(10 * 1024 - 1);
    expect(pulled).toBeLessThan(20);
  });

  it('passes file system errors through', async () => {
    await expect(readBounded(path.join(dir, 'missing'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});
