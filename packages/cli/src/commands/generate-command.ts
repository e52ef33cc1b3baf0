import { Command, Option } from 'commander';
import { generate } from '../api/generate.js';
import type { ApiSchemaSource, GenerateMode, ModelSchemaSource } from '../api/options.js';
import type { GenerateResult } from '../api/result.js';
import { createStderrLogger, colors, type Verbosity } from './logger.js';
import { wholeNumber } from './parse-number.js';
import { printGeneratedText } from './output-guard.js';
import { formatDiagnostic } from './print-error.js';
import { SIGINT_EXIT_CODE } from './program.js';
import { summaryLine } from './summary-line.js';
import { runWatch } from './run-watch.js';
import {
  addJobSourceOptions,
  jobSourceFromFlags,
  type JobSourceFlags,
} from './job-source-options.js';

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
  readonly wait?: number | boolean;
  readonly check?: boolean;
  readonly dryRun?: boolean;
  readonly print?: boolean;
  readonly json?: boolean;
  readonly silent?: boolean;
  readonly verbose?: boolean;
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
    .option('--appsync-schema <path>', 'also write the AppSync schema SDL here (relative to --out)')
    .option(
      '--api-schema <path>',
      'the deployed AppSync schema (SDL or introspection JSON): statements and types come from it',
    )
    .addOption(
      new Option(
        '--appsync-api-id <id>',
        'fetch the deployed AppSync schema from this API (with --region, --profile, --endpoint)',
      ).conflicts('apiSchema'),
    )
    .option(
      '--model-schema <path|aws:apiName>',
      "the Amplify model SDL (schema.graphql, its schema/ folder, or aws:<apiName> for the job's app): exact indexes",
    )
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
          pruneCycles: flags.pruneCycles,
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
        setExitCode(SIGINT_EXIT_CODE);
        return;
      }
      const result = await generate(options);
      report(result, flags, logger);
      if (mode === 'check' && result.changed) setExitCode(1);
    });
  return command;
}

function report(
  result: GenerateResult,
  flags: GenerateCommandFlags,
  logger: ReturnType<typeof createStderrLogger>,
): void {
  for (const diagnostic of result.diagnostics) {
    if (diagnostic.severity === 'warning') logger.warn(formatDiagnostic(diagnostic));
    else logger.debug(formatDiagnostic(diagnostic));
  }
  if (flags.json) {
    process.stdout.write(JSON.stringify(result, null, 2) + '\n');
    return;
  }
  if (flags.print) {
    // For piping: each file's contents behind a header naming it, as `head` prints several files.
    for (const file of result.files) {
      if (file.contents !== undefined)
        printGeneratedText(`==> ${file.path} <==\n${file.contents}\n`);
    }
    return;
  }
  const verb = { write: '', check: 'would be ', 'dry-run': 'would be ' }[result.mode];
  for (const file of result.files) {
    // In check mode only what is out of date matters; elsewhere every file is listed.
    if (file.status === 'unchanged' && result.mode === 'check') continue;
    const paint =
      file.status === 'removed'
        ? colors.red
        : file.status === 'created'
          ? colors.green
          : file.status === 'updated'
            ? colors.yellow
            : colors.dim;
    logger.info(
      `  ${paint(`${verb}${file.status}`.padEnd(verb.length + 10))} ${file.path} (${file.bytes} bytes)`,
    );
    if (file.diff) logger.info(file.diff);
  }
  logger.info(summaryLine(result));
}

/** Drops the keys whose value is undefined, so they do not hide the config file's values. */
function defined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<T>;
}

/** `--api-schema <file>`, or `--appsync-api-id <id>` with the AWS connection flags. */
function apiSchemaFromFlags(flags: GenerateCommandFlags): ApiSchemaSource | undefined {
  if (flags.appsyncApiId === undefined) return flags.apiSchema;
  return {
    appSyncApiId: flags.appsyncApiId,
    ...defined({ region: flags.region, profile: flags.profile, endpoint: flags.endpoint }),
  };
}

/** `--model-schema <path>`, or `aws:<apiName>` with the AWS connection flags. */
function modelSchemaFromFlags(flags: GenerateCommandFlags): ModelSchemaSource | undefined {
  const given = flags.modelSchema;
  if (given === undefined || !given.startsWith('aws:')) return given;
  return {
    apiName: given.slice('aws:'.length),
    ...defined({ region: flags.region, profile: flags.profile, endpoint: flags.endpoint }),
  };
}
