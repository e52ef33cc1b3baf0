import type { Diagnostic } from '@uibuilder-codegen/core';
import type { FileResult, GenerateMode } from './options.js';

/** What {@link generate} returns. */
export interface GenerateResult {
  readonly mode: GenerateMode;
  readonly jobId: string;
  /** The absolute root and component directory used. */
  readonly root: string;
  readonly outDir: string;
  /** Every generated file and every stale file, sorted by path. */
  readonly files: readonly FileResult[];
  /** Warnings and infos from the transform and the emitters. */
  readonly diagnostics: readonly Diagnostic[];
  /** True when any file was (or, in `check`/`dry-run`, would be) created, updated or removed. */
  readonly changed: boolean;
  /**
   * Milliseconds per stage: `load`, `transform`, `emit`, `format`, then `write` (planning and
   * writing, under the out directory's lock) or, in `check` and `dry-run`, `plan`.
   */
  readonly timings: Readonly<Record<string, number>>;
}
