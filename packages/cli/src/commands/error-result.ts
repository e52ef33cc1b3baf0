import { CodegenError, SchemaError, type Diagnostic } from '@uibuilder-codegen/core';

/**
 * What `--json` prints on stdout when a command fails: one object, whatever the exit code, so a
 * script can always parse stdout. The human-readable error still goes to stderr.
 */
export interface ErrorResult {
  readonly ok: false;
  readonly exitCode: number;
  readonly error: {
    /** `UsageError`, `JobSourceError`, `SchemaError`, `ServiceError`, `OutputError`, `Cancelled` or `InternalError`. */
    readonly name: string;
    readonly message: string;
    /** What to do about it; `null` when there is nothing to add. */
    readonly resolution: string | null;
    /** For a `SchemaError`, every diagnostic (errors, warnings, infos); otherwise empty. */
    readonly diagnostics: readonly Diagnostic[];
  };
}

/** The resolution printed for an error nothing expected. */
export const INTERNAL_ERROR_RESOLUTION =
  'this is a bug in uibuilder-codegen; rerun with --verbose and report it.';

/** The one-line summary of a `SchemaError` (its diagnostics say the rest). */
export function schemaErrorSummary(error: SchemaError): string {
  const count = error.diagnostics.filter((d) => d.severity === 'error').length;
  return `The job has ${count} error(s); nothing was written.`;
}

/** The `--json` failure object for `error`, which ended the run with `exitCode`. */
export function errorResult(error: unknown, exitCode: number): ErrorResult {
  const describe = (name: string, message: string, resolution: string | null) => ({
    ok: false as const,
    exitCode,
    error: { name, message, resolution, diagnostics: [] },
  });
  if (error instanceof SchemaError) {
    const result = describe(error.name, schemaErrorSummary(error), error.hint ?? null);
    return { ...result, error: { ...result.error, diagnostics: error.diagnostics } };
  }
  if (error instanceof CodegenError) return describe(error.name, error.message, error.hint ?? null);
  const message = error instanceof Error ? error.message : String(error);
  return describe('InternalError', message, INTERNAL_ERROR_RESOLUTION);
}

/** Writes one JSON value on stdout, as every `--json` output is written. */
export function writeJson(value: unknown): void {
  process.stdout.write(JSON.stringify(value, null, 2) + '\n');
}
