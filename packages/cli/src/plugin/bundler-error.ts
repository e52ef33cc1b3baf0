import { stripVTControlCharacters } from 'node:util';
import { JobSourceError } from '@uibuilder-codegen/core';
import { formatError } from '../commands/print-error.js';

/** The name bundlers show beside the plugin's errors and logs. */
export const PLUGIN_NAME = 'uibuilder-codegen';

/** An error as a bundler shows it: the CLI's text, and the file, line and column when known. */
export interface BundlerError extends Error {
  readonly plugin: string;
  /** The file the error is in (a job file), for overlays that link to it. */
  readonly id?: string;
  readonly loc?: { readonly file: string; readonly line: number; readonly column: number };
}

/**
 * Wraps an error from `generate()` for a bundler: the message is the text the CLI prints (message,
 * location, resolution; without colours, which overlays would show as escape codes), and the
 * stack is that text too, so overlays and build logs show no internal frames.
 */
export function toBundlerError(error: unknown): BundlerError {
  const text = stripVTControlCharacters(formatError(error, false).text);
  const wrapped = new Error(text, { cause: error });
  wrapped.name = error instanceof Error ? error.name : 'Error';
  wrapped.stack = text;
  return Object.assign(wrapped, { plugin: PLUGIN_NAME, ...whereIn(error) });
}

/** The job file (and line and column) a `JobSourceError` names, in the form overlays link. */
function whereIn(error: unknown): Pick<BundlerError, 'id' | 'loc'> {
  const location = error instanceof JobSourceError ? error.location : undefined;
  if (location === undefined || location === '<stdin>') return {};
  const match = /^(.*):(\d+):(\d+)$/.exec(location);
  if (!match?.[1]) return { id: location };
  return {
    id: match[1],
    loc: { file: match[1], line: Number(match[2]), column: Number(match[3]) },
  };
}
