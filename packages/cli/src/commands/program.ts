import { CodegenError, UsageError } from '@uibuilder-codegen/transform';
import { Command, CommanderError } from 'commander';
import { errorResult, writeJson } from './error-result.js';
import { extraCommands } from './extra-commands.js';
import { generateCommand } from './generate-command.js';
import { printError } from './print-error.js';

/** The CLI's version, read from its package.json at run time. */
async function readVersion(): Promise<string> {
  const { createRequire } = await import('node:module');
  const pkg = createRequire(import.meta.url)('../../package.json') as { version: string };
  return pkg.version;
}

/** The exit code after SIGINT: the shell convention, 128 + the signal's number (2). */
export const SIGINT_EXIT_CODE = 130;

const CANCELLED_MESSAGE = 'Interrupted; every file written so far is complete.';
const CANCELLED_RESOLUTION = 'run the command again to finish.';
const USAGE_RESOLUTION = 'run the command with --help to see its flags.';

/**
 * Runs the CLI with `argv` (without `node` and the script) and resolves to the exit code
 * (DESIGN.md §5). It never calls `process.exit`; the bin does.
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  const setExitCode = (code: number) => {
    exitCode = code;
  };
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  const program = new Command('uibuilder-codegen')
    .description(
      'TypeScript model types and GraphQL operations from an AWS Amplify UI Builder codegen job',
    )
    .version(await readVersion())
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    });
  program.addCommand(generateCommand(setExitCode, controller.signal));
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
    if (controller.signal.aborted) {
      // Ctrl-C surfaces as whichever AbortError the running stage threw; it is not a bug (exit 70).
      process.stderr.write(
        `[Cancelled] ${CANCELLED_MESSAGE}\n  Resolution: ${CANCELLED_RESOLUTION}\n`,
      );
      if (json) {
        const cancelled = new CodegenError(CANCELLED_MESSAGE, {
          exitCode: SIGINT_EXIT_CODE,
          hint: CANCELLED_RESOLUTION,
        });
        cancelled.name = 'Cancelled';
        writeJson(errorResult(cancelled, SIGINT_EXIT_CODE));
      }
      return SIGINT_EXIT_CODE;
    }
    const code = printError(error, argv.includes('--verbose'));
    if (json) writeJson(errorResult(error, code));
    return code;
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
