import type { Diagnostic } from '@uibuilder-codegen/core';
import pc from 'picocolors';
import { colors } from './logger.js';

/** No colours: for data on stdout (`inspect`), which may be a pipe while stderr is a terminal. */
export const NO_COLORS = pc.createColors(false);

/**
 * One diagnostic as the CLI prints it everywhere (`generate`'s warnings and schema errors, the
 * watcher, the bundler plugin, `inspect`'s list): `<severity> [Code] message`, then
 * `  at <JSON pointer>` and `  Resolution: <hint>`. The severity is written out, not only
 * coloured, so that it survives `NO_COLOR`, pipes and CI logs.
 */
export function formatDiagnostic(diagnostic: Diagnostic, palette = colors): string {
  const paint =
    diagnostic.severity === 'error'
      ? palette.red
      : diagnostic.severity === 'warning'
        ? palette.yellow
        : palette.dim;
  return [
    paint(`${diagnostic.severity} [${diagnostic.code}] ${diagnostic.message}`),
    `  at ${diagnostic.path || '/'}`,
    ...(diagnostic.hint ? [`  Resolution: ${diagnostic.hint}`] : []),
  ].join('\n');
}
