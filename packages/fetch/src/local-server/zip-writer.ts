import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a zip that {@link buildZip} writes, with the header fields a test may falsify. */
export interface ZipEntrySpec {
  /** The entry name, written as given (UTF-8), even when it is unsafe (`../x`, `/x`, `a\\b`). */
  readonly name: string;
  readonly contents: string | Uint8Array;
  /** @default 'deflate' */
  readonly method?: 'store' | 'deflate';
  /** The high 16 bits of the external attributes: a Unix mode (`0o120777` a symlink). @default 0o100644 */
  readonly unixMode?: number;
  /** A CRC-32 to record instead of the real one. */
  readonly crc32?: number;
  /** An uncompressed size to record instead of the real one. */
  readonly uncompressedSize?: number;
}

/**
 * Writes a zip archive in memory: local headers, data, the central directory and its end record,
 * no zip64, no data descriptors, a fixed date (1980-01-01) so the same entries give the same bytes.
 * It writes whatever it is given, which is what the local server needs to serve hostile archives
 * (zip-slip names, symlinks, wrong CRCs, zip bombs); it is not a general-purpose zip library.
 */
export function buildZip(entries: readonly ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const raw = typeof entry.contents === 'string' ? Buffer.from(entry.contents) : entry.contents;
    const deflate = (entry.method ?? 'deflate') === 'deflate';
    const data = deflate ? deflateRawSync(raw) : Buffer.from(raw);
    const crc = entry.crc32 ?? crc32(raw);
    const size = entry.uncompressedSize ?? raw.length;
    const common = (header: Buffer, at: number) => {
      header.writeUInt16LE(0x0800, at); // flags: UTF-8 names
      header.writeUInt16LE(deflate ? 8 : 0, at + 2);
      header.writeUInt16LE(0, at + 4); // time 00:00
      header.writeUInt16LE(0x21, at + 6); // date 1980-01-01
      header.writeUInt32LE(crc >>> 0, at + 8);
      header.writeUInt32LE(data.length, at + 12);
      header.writeUInt32LE(size, at + 16);
      header.writeUInt16LE(name.length, at + 20);
      header.writeUInt16LE(0, at + 22); // extra field length
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    common(local, 6);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix, so the mode below counts
    central.writeUInt16LE(20, 6);
    common(central, 8);
    central.writeUInt32LE((((entry.unixMode ?? 0o100644) & 0xffff) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
