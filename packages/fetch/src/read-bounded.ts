import { createReadStream } from 'node:fs';

/**
 * The largest local input read, in bytes: job files, standard input, schema files. A 5,000-model
 * job is about 9 MB; a bigger input is a mistake (`/dev/zero`, a log file) and is refused before
 * it can exhaust memory.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** The largest config file read, in bytes. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Thrown by {@link readBounded} when the input goes past its limit. Callers turn it into their
 * typed error (a job file: `JobSourceError`, exit 3; a config file: `UsageError`, exit 2).
 */
export class InputTooLargeError extends Error {
  /** The limit, in bytes. */
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(`it is larger than ${describeBytes(maxBytes)}`);
    this.name = 'InputTooLargeError';
    this.maxBytes = maxBytes;
  }
}

/**
 * Reads a file (by path) or a stream as UTF-8 text, stopping as soon as more than `maxBytes` have
 * arrived: a device, a FIFO or standard input that never ends costs at most `maxBytes` of memory.
 *
 * @throws {@link InputTooLargeError} past the limit; the file system's error (`ENOENT`, `EISDIR`,
 *   ...) when the file cannot be read.
 */
export async function readBounded(
  source: string | NodeJS.ReadableStream,
  maxBytes: number = MAX_INPUT_BYTES,
): Promise<string> {
  const stream = typeof source === 'string' ? createReadStream(source) : source;
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      size += bytes.length;
      if (size > maxBytes) throw new InputTooLargeError(maxBytes);
      chunks.push(bytes);
    }
  } finally {
    // Stops a file stream at once; standard input is left to the process.
    if (typeof source === 'string') (stream as ReturnType<typeof createReadStream>).destroy();
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** `64 MiB`, `1 MiB`, `512 bytes`. */
export function describeBytes(bytes: number): string {
  const mib = bytes / (1024 * 1024);
  return mib >= 1 ? `${Number(mib.toFixed(1))} MiB` : `${bytes} bytes`;
}
