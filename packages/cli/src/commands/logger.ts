import pc from 'picocolors';
import type { Logger } from '../api/options.js';

/** How much the CLI says on stderr. */
export type Verbosity = 'silent' | 'normal' | 'verbose';

/** Colours only on a TTY, never with `NO_COLOR` (picocolors also honours `FORCE_COLOR`). */
export const colors = pc.createColors(
  Boolean(process.stderr.isTTY) && !process.env['NO_COLOR'] && process.env['TERM'] !== 'dumb',
);

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
