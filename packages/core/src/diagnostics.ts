import type { DiagnosticCode } from './diagnostic-catalogue.js';

/** How bad a diagnostic is: errors stop generation, warnings and infos do not. */
export type Severity = 'error' | 'warning' | 'info';

/**
 * One finding about the input. `path` is a JSON pointer into the job
 * (`/genericDataSchema/models/Post/fields/author/relationship/relatedModelName`); the CLI's own
 * point into the manifest (`/files/...`) or name a file relative to the root.
 */
export interface Diagnostic {
  readonly severity: Severity;
  /** A stable PascalCase code of the catalogue, e.g. `DanglingModelReference`. */
  readonly code: DiagnosticCode;
  readonly path: string;
  readonly message: string;
  /** What to do about it. */
  readonly hint: string;
}

/** Escapes one JSON pointer segment (RFC 6901). */
export function escapePointerSegment(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Builds a JSON pointer from raw segments. */
export function jsonPointer(...segments: readonly (string | number)[]): string {
  return segments.map((s) => '/' + escapePointerSegment(String(s))).join('');
}
