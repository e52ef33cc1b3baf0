import type { Readable } from 'node:stream';
import { crc32 } from 'node:zlib';
import { JobSourceError } from '@uibuilder-codegen/core';
import yauzl from 'yauzl';
import { RATIO_CHECK_FROM_BYTES, type ComponentLimits } from './component-limits.js';
import { checkEntryName, checkEntrySet } from './entry-name.js';
import { refuseAsset as refuse } from './refuse-asset.js';

/** One file of an asset: its path relative to `--out` and its bytes. */
export interface AssetFile {
  readonly path: string;
  readonly bytes: Buffer;
}

const ARCHIVE = 'components zip';
const S_IFMT = 0o170000;
const ALLOWED_TYPES = new Set([0, 0o100000, 0o040000]); // unknown (DOS), regular file, directory

/**
 * Reads a zip held in memory with yauzl (central directory first, sizes enforced while
 * inflating) and returns its files, refusing the whole archive (`JobSourceError`, exit 3, nothing
 * written) on the first unsafe entry: a name outside `--out` (see `checkEntryName`), duplicates and
 * case collisions, a symlink, device or other non-file entry, an encrypted entry, more entries or
 * bytes than `limits` allow, a suspicious compression ratio, a CRC-32 that does not match (yauzl
 * does not check CRCs; we do), or data that does not inflate.
 */
export async function readZip(bytes: Buffer, limits: ComponentLimits): Promise<AssetFile[]> {
  let zip: yauzl.ZipFile;
  try {
    // decodeStrings off: names are decoded and checked here, so that a refusal names the entry.
    zip = await yauzl.fromBufferPromise(bytes, { decodeStrings: false, validateEntrySizes: true });
  } catch (error) {
    throw refuse(
      `The downloaded asset is not a zip archive (${messageOf(error)})`,
      undefined,
      error,
    );
  }
  const entries: { name: string; entry: yauzl.Entry }[] = [];
  try {
    if (zip.entryCount > limits.maxEntries)
      throw refuse(
        `The ${ARCHIVE} has ${zip.entryCount} entries, over the limit of ${limits.maxEntries}`,
      );
    let total = 0;
    for await (const entry of zip.eachEntry()) {
      const raw = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        true,
      );
      const name = checkEntryName(raw, ARCHIVE);
      checkEntryKind(entry, name);
      if (!name.endsWith('/')) {
        total += entry.uncompressedSize;
        checkSizes(entry, name, total, limits);
      }
      entries.push({ name, entry });
    }
    checkEntrySet(
      entries.map((e) => e.name),
      ARCHIVE,
    );
    const files: AssetFile[] = [];
    for (const { name, entry } of entries) {
      if (name.endsWith('/')) continue;
      const data = await readEntry(zip, entry, name);
      if (crc32(data) >>> 0 !== entry.crc32 >>> 0)
        throw refuse(
          `The ${ARCHIVE} entry ${JSON.stringify(name)} fails its CRC-32 check (corrupt)`,
          name,
        );
      files.push({ path: name, bytes: data });
    }
    return files;
  } catch (error) {
    if (error instanceof JobSourceError) throw error;
    throw refuse(`The ${ARCHIVE} cannot be read (${messageOf(error)})`, undefined, error);
  } finally {
    zip.close();
  }
}

function checkEntryKind(entry: yauzl.Entry, name: string): void {
  if (entry.isEncrypted())
    throw refuse(`The ${ARCHIVE} entry ${JSON.stringify(name)} is encrypted`, name);
  const madeBy = entry.versionMadeBy >> 8;
  // Unix (3) and macOS (19) archivers keep the file mode in the high 16 bits.
  const mode = madeBy === 3 || madeBy === 19 ? entry.externalFileAttributes >>> 16 : 0;
  const type = mode & S_IFMT;
  if (!ALLOWED_TYPES.has(type)) {
    const kind =
      type === 0o120000 ? 'a symbolic link' : `not a regular file (mode ${mode.toString(8)})`;
    throw refuse(`The ${ARCHIVE} entry ${JSON.stringify(name)} is ${kind}`, name);
  }
  if (type === 0o040000 && !name.endsWith('/'))
    throw refuse(
      `The ${ARCHIVE} entry ${JSON.stringify(name)} is a directory without a trailing /`,
      name,
    );
}

function checkSizes(
  entry: yauzl.Entry,
  name: string,
  total: number,
  limits: ComponentLimits,
): void {
  const quoted = JSON.stringify(name);
  if (entry.uncompressedSize > limits.maxEntryBytes)
    throw refuse(
      `The ${ARCHIVE} entry ${quoted} unpacks to ${entry.uncompressedSize} bytes, over the limit of ${limits.maxEntryBytes}`,
      name,
    );
  if (total > limits.maxTotalBytes)
    throw refuse(
      `The ${ARCHIVE} unpacks to over ${limits.maxTotalBytes} bytes (limit reached at ${quoted})`,
      name,
    );
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (entry.uncompressedSize > RATIO_CHECK_FROM_BYTES && ratio > limits.maxRatio)
    throw refuse(
      `The ${ARCHIVE} entry ${quoted} expands ${Math.round(ratio)} times, over the limit of ${limits.maxRatio} (a zip bomb?)`,
      name,
    );
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
    // yauzl stops the stream with an error when the data exceeds the declared size.
    for await (const chunk of stream) chunks.push(chunk as Buffer);
  } catch (error) {
    throw refuse(
      `The ${ARCHIVE} entry ${JSON.stringify(name)} cannot be unpacked (${messageOf(error)})`,
      name,
      error,
    );
  }
  return Buffer.concat(chunks);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
