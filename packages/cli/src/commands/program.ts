import { CodegenError, UsageError } from '@uibuilder-codegen/core';
import { Command, CommanderError } from 'commander';
import { cliVersion } from './cli-version.js';
import { errorResult, writeJson } from './error-result.js';
import { extraCommands } from './extra-commands.js';
import { generateCommand } from './generate-command.js';
import { printError } from './print-error.js';
import { SignalReceived } from './stop-on-signals.js';

/** The exit code of a cancelled run whose signal is not known: SIGINT's, 128 + 2. */
export const SIGINT_EXIT_CODE = 130;

const CANCELLED_RESOLUTION = 'run the command again to finish.';
const USAGE_RESOLUTION = 'run the command with --help to see its flags.';

/**
 * Runs the CLI with `argv` (without `node` and the script) and resolves to the exit code
 * (DESIGN.md §5). It never calls `process.exit` and installs no signal handlers: the bin wires
 * SIGINT, SIGTERM and SIGHUP to `options.signal` (exit 130, 143, 129 when they stop a run).
 */
export async function runCli(
  argv: readonly string[],
  options: { signal?: AbortSignal } = {},
): Promise<number> {
  let exitCode = 0;
  const setExitCode = (code: number) => {
    exitCode = code;
  };
  const signal = options.signal ?? new AbortController().signal;
  const program = new Command('uibuilder-codegen')
    .description(
      'TypeScript model types and GraphQL operations from an AWS Amplify UI Builder codegen job',
    )
    .version(cliVersion())
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    });
  program.addCommand(generateCommand(setExitCode, signal));
  for (const extra of extraCommands(setExitCode)) program.addCommand(extra);
  for (const sub of program.commands) sub.exitOverride().showSuggestionAfterError(true);
  // With --json, stdout always gets exactly one object: the command's result, or this error.
  const json = argv.includes('--json');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is a usage error.
      if (error.exitCode === 0) return 0;
      if (json) {
        const message = error.message.replace(/^error: /, '');
        writeJson(errorResult(new UsageError(message, { hint: USAGE_RESOLUTION }), 2));
      }
      return 2;
    }
    if (signal.aborted) {
      // A signal surfaces as whichever AbortError the running stage threw; it is not a bug (70).
      const reason: unknown = signal.reason;
      const by = reason instanceof SignalReceived ? ` by ${reason.signalName}` : '';
      const message = `Interrupted${by}; every file written so far is complete.`;
      process.stderr.write(`[Cancelled] ${message}\n  Resolution: ${CANCELLED_RESOLUTION}\n`);
      const code = reason instanceof SignalReceived ? reason.exitCode : SIGINT_EXIT_CODE;
      if (json) {
        const cancelled = new CodegenError(message, {
          exitCode: code,
          hint: CANCELLED_RESOLUTION,
        });
        cancelled.name = 'Cancelled';
        writeJson(errorResult(cancelled, code));
      }
      return code;
    }
    const code = printError(error, argv.includes('--verbose'));
    if (json) writeJson(errorResult(error, code));
    return code;
  }
}
