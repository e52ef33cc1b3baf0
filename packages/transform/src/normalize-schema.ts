import type { NormalizeResult } from './ir.js';

/** Options for {@link normalizeSchema}. */
export interface NormalizeOptions {
  /** Treat warnings as errors. @default false */
  readonly strict?: boolean;
}

/**
 * Normalises a codegen job into the IR. Throws a `SchemaError` (with every diagnostic) when the
 * job has errors; returns warnings and infos otherwise. Never throws anything else.
 */
export function normalizeSchema(job: unknown, options: NormalizeOptions = {}): NormalizeResult {
  void job;
  void options;
  throw new Error('normalizeSchema: being written (issue 3)');
}
