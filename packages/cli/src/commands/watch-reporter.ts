import path from 'node:path';
import type { Logger } from '../api/options.js';
import type { RunOutcome } from '../watch/generation-session.js';
import { colors } from './logger.js';
import { formatDiagnostic, printError } from './print-error.js';
import { summaryLine } from './summary-line.js';

/**
 * Prints each run of `generate --watch`: one line per regeneration (the time, what changed, the
 * summary); an error as the CLI prints it; warnings only when they differ from the last run's.
 */
export function createWatchReporter(
  logger: Logger,
  verbose: boolean,
): (outcome: RunOutcome) => void {
  let lastWarnings = '';
  return (outcome) => {
    const cause =
      outcome.changed.length === 0
        ? ''
        : `${outcome.changed.map((file) => path.basename(file)).join(', ')} changed: `;
    const prefix = `${colors.dim(clock())} ${cause}`;
    if (!outcome.ok) {
      printError(outcome.error, verbose);
      logger.info(`${prefix}${colors.red('generation failed')}; waiting for changes…`);
      return;
    }
    const warnings = outcome.result.diagnostics
      .filter((d) => d.severity === 'warning')
      .map(formatDiagnostic)
      .join('\n');
    if (warnings && warnings !== lastWarnings) logger.warn(warnings);
    lastWarnings = warnings;
    logger.info(`${prefix}${summaryLine(outcome.result)}`);
  };
}

/** The local wall-clock time, `HH:MM:SS`. */
function clock(): string {
  const now = new Date();
  return [now.getHours(), now.getMinutes(), now.getSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
}
