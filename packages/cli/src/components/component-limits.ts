/**
 * What an asset may hold. A UI Builder asset is source text: a few hundred files of tens of
 * kilobytes at most (one file per component, view and form, plus `index.js` and the theme), so
 * these leave two orders of magnitude of room while keeping a hostile archive (a zip bomb, a
 * million entries) from filling memory or the disk.
 */
export interface ComponentLimits {
  /** Entries (files and directories) in the archive. @default 5000 */
  readonly maxEntries: number;
  /** Uncompressed bytes of one file. @default 8 MiB */
  readonly maxEntryBytes: number;
  /** Uncompressed bytes of all files together. @default 64 MiB */
  readonly maxTotalBytes: number;
  /**
   * Uncompressed over compressed size of one file, checked for files over 64 KiB (source text
   * deflates about 5:1; a zip bomb by 1,000:1 and more). @default 100
   */
  readonly maxRatio: number;
}

/** The limits `generate --components` applies. */
export const COMPONENT_LIMITS: ComponentLimits = {
  maxEntries: 5_000,
  maxEntryBytes: 8 * 1024 * 1024,
  maxTotalBytes: 64 * 1024 * 1024,
  maxRatio: 100,
};

/** Below this size a file's compression ratio is not checked (tiny files compress oddly). */
export const RATIO_CHECK_FROM_BYTES = 64 * 1024;
