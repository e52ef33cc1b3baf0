import { Command, CommanderError } from 'commander';
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
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are not errors; everything else commander rejects is a usage error.
      return error.exitCode === 0 ? 0 : 2;
    }
    if (controller.signal.aborted) {
      // Ctrl-C surfaces as whichever AbortError the running stage threw; it is not a bug (exit 70).
      process.stderr.write(
        '[Cancelled] Interrupted; every file written so far is complete.\n  Resolution: run the command again to finish.\n',
      );
      return SIGINT_EXIT_CODE;
    }
    return printError(error, argv.includes('--verbose'));
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
}
