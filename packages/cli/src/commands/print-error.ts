import { CodegenError, SchemaError } from '@uibuilder-codegen/core';
import { INTERNAL_ERROR_RESOLUTION, schemaErrorSummary } from './error-result.js';
import { formatDiagnostic } from './format-diagnostic.js';
import { colors } from './logger.js';

/** The exit code of an error nothing expected: a bug in uibuilder-codegen (EX_SOFTWARE). */
export const INTERNAL_ERROR_EXIT_CODE = 70;

/**
 * Prints an error as `[Name] message`, its cause, and what to do; a stack trace only when
 * `verbose`. Returns the exit code (DESIGN.md §5).
 */
export function printError(error: unknown, verbose: boolean): number {
  const { text, exitCode } = formatError(error, verbose);
  process.stderr.write(text + '\n');
  return exitCode;
}

/**
 * The text {@link printError} prints for an error, and its exit code. The bundler plugin shows the
 * same text in the bundler's error overlay.
 */
export function formatError(error: unknown, verbose: boolean): { text: string; exitCode: number } {
  const lines: string[] = [];
  const write = (line: string) => lines.push(line);
  if (error instanceof SchemaError) {
    for (const diagnostic of error.diagnostics) write(formatDiagnostic(diagnostic));
    write(colors.red(`[SchemaError] ${schemaErrorSummary(error)}`));
  } else if (error instanceof CodegenError) {
    write(colors.red(`[${error.name}] ${error.message}`));
    const cause = describeCause(error.cause);
    if (cause) write(`  cause: ${cause}`);
    if (error.hint) write(`  Resolution: ${error.hint}`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    write(colors.red(`[InternalError] ${message}`));
    write(`  Resolution: ${INTERNAL_ERROR_RESOLUTION}`);
  }
  if (verbose && error instanceof Error && error.stack) write(colors.dim(error.stack));
  const exitCode = error instanceof CodegenError ? error.exitCode : INTERNAL_ERROR_EXIT_CODE;
  return { text: lines.join('\n'), exitCode };
}

function describeCause(cause: unknown): string | undefined {
  if (cause === undefined || cause === null) return undefined;
  if (cause instanceof Error) return cause.message.split('\n')[0];
  return undefined;
}
