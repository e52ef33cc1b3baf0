import { UsageError } from '@uibuilder-codegen/core';
import type { GenerateOptions, Logger } from '../api/options.js';
import { colors } from './logger.js';
import { printError } from './print-error.js';

/**
 * `generate --watch`: runs the watch loop (loaded only when asked for) until `signal` fires,
 * printing one line per regeneration, stamped with the local time, and errors as the CLI prints
 * them.
 */
export async function runWatch(
  options: GenerateOptions,
  logger: Logger,
  verbose: boolean,
  signal: AbortSignal,
): Promise<void> {
  if (options.job && 'file' in options.job && options.job.file === '-') {
    throw new UsageError('--watch cannot read the job from stdin', {
      hint: 'Save the job to a file and pass --job-file <path>.',
    });
  }
  const { watchAndGenerate } = await import('../watch/watch-loop.js');
  const { createOutcomeReporter } = await import('../watch/outcome-reporter.js');
  const stamp = (line: string) => `${colors.dim(clock())} ${line}`;
  const reporter = createOutcomeReporter({
    info: (line) => logger.info(stamp(line)),
    warn: (text) => logger.warn(text),
    error: (error, line) => {
      printError(error, verbose);
      logger.info(stamp(colors.red(line)));
    },
  });
  await watchAndGenerate({ ...options, signal }, reporter);
  logger.info('Stopped watching.');
}

/** The local wall-clock time, `HH:MM:SS`. */
function clock(): string {
  const now = new Date();
  return [now.getHours(), now.getMinutes(), now.getSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
}
