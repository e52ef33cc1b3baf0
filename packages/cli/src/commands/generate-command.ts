import { Command, Option } from 'commander';
import { generate } from '../api/generate.js';
import type { GenerateMode } from '../api/options.js';
import type { GenerateResult } from '../api/result.js';
import { OutputError } from '@uibuilder-codegen/core';
import { createStderrLogger, type Verbosity } from './logger.js';
import { wholeNumber } from './parse-number.js';
import { printGeneratedText } from './output-guard.js';
import { formatDiagnostic } from './format-diagnostic.js';
import { SIGINT_EXIT_CODE } from './program.js';
import { SignalReceived } from './stop-on-signals.js';
import { runWatch } from './run-watch.js';
import { reportFiles } from './report-files.js';
import {
  addJobSourceOptions,
  jobSourceFromFlags,
  type JobSourceFlags,
} from './job-source-options.js';
import { writeStdout } from './write-stdout.js';
import {
  addSchemaSourceOptions,
  apiSchemaFromFlags,
  defined,
  modelSchemaFromFlags,
} from './schema-source-options.js';

/** The default for a bare `--wait`, in seconds. */
export const DEFAULT_WAIT_SECONDS = 300;

interface GenerateCommandFlags extends JobSourceFlags {
  readonly config?: string;
  readonly out?: string;
  readonly root?: string;
  readonly maxDepth?: number;
  readonly typename?: boolean;
  readonly pruneCycles?: boolean;
  readonly appsyncSchema?: string;
  readonly apiSchema?: string;
  readonly appsyncApiId?: string;
  readonly modelSchema?: string;
  readonly strictSchema?: boolean;
  readonly format?: boolean;
  readonly force?: boolean;
  readonly components?: boolean;
  readonly wait?: number | boolean;
  readonly check?: boolean;
  readonly dryRun?: boolean;
  readonly print?: boolean;
  readonly json?: boolean;
  readonly silent?: boolean;
  readonly verbose?: boolean;
  readonly lockTimeout?: number;
  readonly watch?: boolean;
}

/** `uibuilder-codegen generate`: the command CI and developers run. */
export function generateCommand(setExitCode: (code: number) => void, signal: AbortSignal): Command {
  const command = new Command('generate').description(
    'generate model types and GraphQL operations from a codegen job, where its render config says',
  );
  addJobSourceOptions(command)
    .addOption(
      new Option('--wait [seconds]', 'poll while the job is in_progress (default 300 s)').argParser(
        wholeNumber(1, 86_400),
      ),
    )
    .option('-o, --out <dir>', 'component directory (default src/ui-components)')
    .option(
      '--root <dir>',
      "nothing is written outside it (default: the config file's directory, else .)",
    )
    .option(
      '-c, --config <file>',
      'config file (default: uibuilder-codegen.config.{ts,mts,js,mjs,json} found from the cwd)',
    )
    .addOption(
      new Option(
        '--max-depth <n>',
        'selection-set depth, counted as Amplify counts (default 3)',
      ).argParser(wholeNumber(1, 99)),
    )
    .option('--no-typename', 'do not select __typename (the types drop it too)')
    .option('--prune-cycles', 'never re-enter a model already on a selection path')
    .option(
      '--appsync-schema <path>',
      'also write the AppSync schema SDL here (relative to --out)',
    );
  addSchemaSourceOptions(command)
    .option('--strict-schema', 'exit 3 when the job and the deployed API schema disagree')
    .addOption(
      new Option(
        '--check',
        'write nothing; exit 1 if any file would change, with a diff',
      ).conflicts(['dryRun', 'print']),
    )
    .addOption(
      new Option('--dry-run', 'write nothing; list what would be written').conflicts(['print']),
    )
    .option('--print', 'write the files to stdout instead of disk')
    .option('--json', 'print one JSON result object on stdout')
    .option('--no-format', 'skip prettier')
    .option('--force', 'overwrite generated files that were edited by hand')
    .option(
      '--components',
      "also download the job's React components (asset.downloadUrl) and unpack them into --out",
    )
    .addOption(
      new Option(
        '--lock-timeout <seconds>',
        'wait this long for another run writing to the same directory (default 30)',
      ).argParser(wholeNumber(0, 86_400)),
    )
    .addOption(new Option('-s, --silent', 'print nothing but errors').conflicts('verbose'))
    .option('--verbose', 'print every stage, and stack traces on errors')
    .addOption(
      new Option(
        '--watch',
        'regenerate whenever the config file or the job file changes, until Ctrl-C',
      ).conflicts(['check', 'dryRun', 'print', 'json']),
    )
    .action(async (flags: GenerateCommandFlags, cmd: Command) => {
      const verbosity: Verbosity =
        flags.silent || flags.json || flags.print ? 'silent' : flags.verbose ? 'verbose' : 'normal';
      const logger = createStderrLogger(flags.verbose ? 'verbose' : verbosity);
      const mode: GenerateMode = flags.check
        ? 'check'
        : flags.dryRun || flags.print
          ? 'dry-run'
          : 'write';
      const fromCli = (name: string) => cmd.getOptionValueSource(name) === 'cli';
      const job = jobSourceFromFlags(flags);
      const waitSeconds =
        flags.wait === true ? DEFAULT_WAIT_SECONDS : flags.wait === false ? undefined : flags.wait;
      const options = {
        config: flags.config ?? true,
        cwd: process.cwd(),
        mode,
        logger,
        signal,
        includeContents: Boolean(flags.print),
        force: Boolean(flags.force),
        ...defined({
          job,
          waitSeconds,
          requestTimeout: flags.requestTimeout,
          outDir: flags.out,
          root: flags.root,
          maxDepth: flags.maxDepth,
          lockTimeoutSeconds: flags.lockTimeout,
          pruneCycles: flags.pruneCycles,
          components: flags.components,
          appSyncSchemaPath: flags.appsyncSchema,
          apiSchema: apiSchemaFromFlags(flags),
          modelSchema: modelSchemaFromFlags(flags),
          strictSchema: flags.strictSchema,
          // Negated flags default to true in commander; only an explicit --no-x overrides the config.
          format: fromCli('format') ? flags.format : undefined,
          typename: fromCli('typename') ? flags.typename : undefined,
        }),
      };
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
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.severity === 'warning') logger.warn(formatDiagnostic(diagnostic));
    else logger.debug(formatDiagnostic(diagnostic));
  }
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

/** 1 when `--check` found files that would change (README "Exit codes"), else 0. */
function checkExitCode(result: GenerateResult): number {
  return result.mode === 'check' && result.changed ? 1 : 0;
}
