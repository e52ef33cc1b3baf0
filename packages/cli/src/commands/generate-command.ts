import { Command } from 'commander';
import { generate } from '../api/generate.js';
import type { GenerateResult } from '../api/result.js';
import { OutputError } from '@uibuilder-codegen/core';
import { createStderrLogger, type Verbosity } from './logger.js';
import { printGeneratedText } from './output-guard.js';
import { formatDiagnostic } from './format-diagnostic.js';
import { SIGINT_EXIT_CODE } from './program.js';
import { SignalReceived } from './stop-on-signals.js';
import { runWatch } from './run-watch.js';
import { reportFiles } from './report-files.js';
import {
  generateOptionsFromFlags,
  type GenerateCommandFlags,
} from './generate-options-from-flags.js';
import { addTableFlags } from './table-flags.js';
import { writeStdout } from './write-stdout.js';

/** `uibuilder-codegen generate`: the command CI and developers run. */
export function generateCommand(setExitCode: (code: number) => void, signal: AbortSignal): Command {
  const command = new Command('generate').description(
    'generate model types and GraphQL operations from a codegen job, where its render config says',
  );
  addTableFlags(command, 'generate').action(async (flags: GenerateCommandFlags, cmd: Command) => {
    const verbosity: Verbosity =
      flags.silent || flags.json || flags.print ? 'silent' : flags.verbose ? 'verbose' : 'normal';
    const logger = createStderrLogger(flags.verbose ? 'verbose' : verbosity);
    const options = { ...generateOptionsFromFlags(flags, cmd), logger, signal };
    if (flags.watch) {
      await runWatch(options, logger, Boolean(flags.verbose), signal);
      // A watch ends only on a signal: exit as it asks (130, 143, 129).
      const reason: unknown = signal.reason;
      setExitCode(reason instanceof SignalReceived ? reason.exitCode : SIGINT_EXIT_CODE);
      return;
    }
    const result = await generate(options);
    await report(result, flags, logger);
    setExitCode(checkExitCode(result));
  });
  return command;
}

async function report(
  result: GenerateResult,
  flags: GenerateCommandFlags,
  logger: ReturnType<typeof createStderrLogger>,
): Promise<void> {
  reportDiagnostics(result, logger);
  if (flags.json) {
    // `ok` and `exitCode` as in the failure object (error-result.ts): drift found by --check is
    // a successful run that exits 1. A reader that went away before the result was written did
    // not get it: exit 5.
    const text = JSON.stringify({ ok: true, exitCode: checkExitCode(result), ...result }, null, 2);
    if (!(await writeStdout(text + '\n'))) {
      throw new OutputError('Could not write the JSON result: standard output was closed', {
        hint: 'Read the whole of stdout (the result is one JSON object).',
      });
    }
    return;
  }
  if (flags.print) {
    // For piping: each file's contents behind a header naming it, as `head` prints several files.
    // A reader that stops early (`| head`) is not an error: stop writing, quietly.
    for (const file of result.files) {
      if (file.contents === undefined) continue;
      const text = `==> ${file.path} <==\n${file.contents}\n`;
      if (!(await writeStdout(text, printGeneratedText))) return;
    }
    return;
  }
  reportFiles(result, { cwd: process.cwd(), force: Boolean(flags.force) }, logger);
}

/** The run's diagnostics on stderr: warnings always, the rest with `--verbose`. */
export function reportDiagnostics(
  result: GenerateResult,
  logger: { warn(text: string): void; debug(text: string): void },
): void {
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.severity === 'warning') logger.warn(formatDiagnostic(diagnostic));
    else logger.debug(formatDiagnostic(diagnostic));
  }
}

/** 1 when `--check` found files that would change (README "Exit codes"), else 0. */
export function checkExitCode(result: GenerateResult): number {
  return result.mode === 'check' && result.changed ? 1 : 0;
}
