import pc from 'picocolors';
import type { Logger } from '../api/options.js';
import { escapeControlCharacters } from './terminal-text.js';

/** How much the CLI says on stderr. */
export type Verbosity = 'silent' | 'normal' | 'verbose';

/** Whether the CLI colours its output: only on a TTY, never with `NO_COLOR` or a dumb terminal. */
export const colorsEnabled =
  Boolean(process.stderr.isTTY) && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb';

/**
 * The CLI's colours. Each paints its text with control characters escaped first, so a job's own
 * colour sequence inside painted text is shown, never obeyed.
 */
export const colors = escapingColors(pc.createColors(colorsEnabled));

type Palette = ReturnType<typeof pc.createColors>;

function escapingColors(palette: Palette): Palette {
  const escaped: Record<string, unknown> = {};
  for (const [name, paint] of Object.entries(palette)) {
    escaped[name] =
      typeof paint === 'function'
        ? (text: unknown) => (paint as (t: string) => string)(escapeControlCharacters(String(text)))
        : paint;
  }
  return escaped as unknown as Palette;
}

/** A logger that writes to stderr; stdout is kept for data. */
export function createStderrLogger(verbosity: Verbosity): Logger {
  const write = (line: string) => process.stderr.write(line + '\n');
  return {
    info: (message) => {
      if (verbosity !== 'silent') write(message);
    },
    warn: (message) => {
      if (verbosity !== 'silent') write(colors.yellow(message));
    },
    debug: (message) => {
      if (verbosity === 'verbose') write(colors.dim(message));
    },
    progress: (message) => {
      if (verbosity !== 'silent') write(colors.dim(message));
    },
  };
}
