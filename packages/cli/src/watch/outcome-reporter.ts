import path from 'node:path';
import { formatDiagnostic } from '../commands/format-diagnostic.js';
import { summaryLine } from '../commands/summary-line.js';
import type { RunOutcome } from './generation-session.js';

/** Where a watcher's messages go: the terminal for `--watch`, the bundler's logger for the plugin. */
export interface OutcomeSink {
  /** One line per successful regeneration. */
  info(line: string): void;
  /** Warnings, already formatted as the CLI formats diagnostics. */
  warn(text: string): void;
  /** A failed regeneration. */
  error(error: unknown, line: string): void;
}

/**
 * Reports each run of a watcher: one line per regeneration (what changed, then the summary), the
 * error when it failed, and warnings only when they differ from the previous run's.
 */
export function createOutcomeReporter(sink: OutcomeSink): (outcome: RunOutcome) => void {
  let lastWarnings = '';
  return (outcome) => {
    const cause =
      outcome.changed.length === 0
        ? ''
        : `${outcome.changed.map((file) => path.basename(file)).join(', ')} changed: `;
    if (!outcome.ok) {
      sink.error(outcome.error, `${cause}generation failed; waiting for changes…`);
      return;
    }
    const warnings = outcome.result.diagnostics
      .filter((d) => d.severity === 'warning')
      .map((d) => formatDiagnostic(d))
      .join('\n');
    if (warnings && warnings !== lastWarnings) sink.warn(warnings);
    lastWarnings = warnings;
    sink.info(`${cause}${summaryLine(outcome.result)}`);
  };
}
