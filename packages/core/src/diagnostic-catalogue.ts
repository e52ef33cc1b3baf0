/**
 * Every diagnostic any package can report: its code, severity, typed payload, message template and
 * hint, in one catalogue (STYLE.md: one catalogue). Its entries are kept by the package that reports
 * them (`catalogue/`); callers use {@link diagnostic} with a code and a payload and never write
 * message text themselves.
 */
import type { Diagnostic } from './diagnostics.js';
import type { CatalogueEntries, CatalogueEntry } from './catalogue/catalogue-entry.js';
import { CLI_DIAGNOSTICS, type CliDiagnosticPayloads } from './catalogue/cli-diagnostics.js';
import { EMIT_DIAGNOSTICS, type EmitDiagnosticPayloads } from './catalogue/emit-diagnostics.js';
import { TRANSFORM_ERRORS, type TransformErrorPayloads } from './catalogue/transform-errors.js';
import { TRANSFORM_NOTICES, type TransformNoticePayloads } from './catalogue/transform-notices.js';

/** The payload each diagnostic code takes. */
export interface DiagnosticPayloads
  extends
    TransformErrorPayloads,
    TransformNoticePayloads,
    EmitDiagnosticPayloads,
    CliDiagnosticPayloads {}

/** A diagnostic code. */
export type DiagnosticCode = keyof DiagnosticPayloads;

/** The catalogue: code → severity, message template, hint. */
export const DIAGNOSTIC_CATALOGUE: CatalogueEntries<DiagnosticPayloads> = {
  ...TRANSFORM_ERRORS,
  ...TRANSFORM_NOTICES,
  ...EMIT_DIAGNOSTICS,
  ...CLI_DIAGNOSTICS,
};

/** Builds the diagnostic for `code` at `path` (a JSON pointer) from the catalogue. */
export function diagnostic<C extends DiagnosticCode>(
  code: C,
  path: string,
  payload: DiagnosticPayloads[C],
): Diagnostic {
  const entry = DIAGNOSTIC_CATALOGUE[code] as CatalogueEntry<DiagnosticPayloads[C]>;
  return {
    severity: entry.severity,
    code,
    path,
    message: entry.message(payload),
    hint: entry.hint(payload),
  };
}
