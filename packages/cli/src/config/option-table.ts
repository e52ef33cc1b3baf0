import { DEFAULT_EMIT_OPTIONS } from '@uibuilder-codegen/emit/defaults';
import type {
  ApiSchemaSource,
  GenerateMode,
  JobSource,
  Logger,
  ModelSchemaSource,
} from '../api/options.js';
import { checkApiSchema, checkJobSource, checkModelSchema } from './nested-options.js';
import {
  option,
  type CommandName,
  type OptionContext,
  type OptionDefinition,
} from './option-definition.js';
import {
  boolean,
  instance,
  type OptionRule,
  nonEmptyString,
  object,
  oneOf,
  pathOrBoolean,
  pathOrObject,
  wholeNumber,
} from './option-rules.js';

const JOB_COMMANDS: readonly CommandName[] = ['generate', 'inspect', 'doctor'];
const AWS_COMMANDS: readonly CommandName[] = [...JOB_COMMANDS, 'list-jobs', 'start'];
const everywhere = ['config', 'api', 'plugin'] as const;
const inCode = ['api', 'plugin'] as const;
const cliOnly = [] as const;

/** How long a bare `--wait` polls, in seconds. */
export const DEFAULT_WAIT_SECONDS = 300;

/**
 * Every option of `generate` in one table, in the order `--help` and the README list them: its
 * name (the key in the config file, `generate()` and the plugin), its flags, its rule, its default
 * and its doc. The config type's keys, config and `generate()` validation, the commander flags,
 * the defaults and the README's tables (`pnpm docs:options`) all come from here.
 */
export const OPTION_TABLE = {
  job: option<JobSource>()({
    doc: 'where the job comes from: `{ file }`, `{ appId, environmentName, id, region?, profile?, endpoint?, client? }` or `{ value }` (a config file takes the first two, without `client`)',
    contexts: everywhere,
    rule: object<JobSource>(),
    hint: 'Use { file: "job.json" } or { appId, environmentName, id }.',
    check: checkJobSource,
    pluginDefaultText: "the config file's",
    flags: [
      {
        syntax: '--job-file <path|->',
        commands: JOB_COMMANDS,
        doc: 'a saved job (`{"job": {...}}` or the bare job); `-` reads stdin',
        direct: false,
      },
      {
        syntax: '--app-id <id>',
        commands: JOB_COMMANDS,
        doc: 'the Amplify app id: fetch the job from AWS',
        direct: false,
      },
      {
        syntax: '--environment <name>',
        commands: JOB_COMMANDS,
        doc: 'the Amplify environment name',
        direct: false,
      },
      { syntax: '--job-id <id>', commands: JOB_COMMANDS, doc: 'the codegen job id', direct: false },
    ],
  }),
  region: option<string>()({
    doc: 'the AWS region',
    contexts: cliOnly,
    rule: nonEmptyString,
    defaultText: 'the SDK default chain',
    flags: [{ syntax: '--region <region>', commands: AWS_COMMANDS, direct: false }],
  }),
  profile: option<string>()({
    doc: 'the AWS shared-config profile',
    contexts: cliOnly,
    rule: nonEmptyString,
    flags: [{ syntax: '--profile <profile>', commands: AWS_COMMANDS, direct: false }],
  }),
  endpoint: option<string>()({
    doc: 'the AmplifyUIBuilder endpoint URL (e.g. a local server)',
    contexts: cliOnly,
    rule: nonEmptyString,
    flags: [{ syntax: '--endpoint <url>', commands: AWS_COMMANDS, direct: false }],
  }),
  requestTimeout: option<number>()({
    doc: 'the deadline of each AWS request, response body included, in seconds',
    contexts: everywhere,
    rule: wholeNumber(1, 86_400),
    // fetch applies it (REQUEST_POLICY_DEFAULTS), to every request whoever makes it.
    defaultText: '`30`',
    flags: [{ syntax: '--request-timeout <seconds>', commands: AWS_COMMANDS }],
  }),
  waitSeconds: option<number>()({
    doc: 'poll a job that is still `in_progress` for up to this many seconds',
    contexts: everywhere,
    rule: wholeNumber(1, 86_400),
    defaultText: 'fail at once',
    flags: [
      {
        syntax: '--wait [seconds]',
        commands: ['generate'],
        doc: `poll while the job is \`in_progress\` (${DEFAULT_WAIT_SECONDS} s when no value)`,
        direct: false,
      },
    ],
  }),
  outDir: option<string>()({
    doc: 'the component directory; render-config paths are relative to it',
    contexts: everywhere,
    rule: nonEmptyString,
    default: 'src/ui-components',
    path: true,
    flags: [{ syntax: '-o, --out <dir>', commands: ['generate'] }],
  }),
  root: option<string>()({
    doc: 'nothing is ever written outside it',
    contexts: everywhere,
    rule: nonEmptyString,
    defaultText: "the config file's directory, else the cwd",
    path: true,
    flags: [{ syntax: '--root <dir>', commands: ['generate'] }],
  }),
  config: option<string | boolean>()({
    doc: 'the config file: a path, `true` to search for `uibuilder-codegen.config.{ts,mts,js,mjs,json}` from `cwd` upwards, `false` for none',
    contexts: inCode,
    rule: pathOrBoolean,
    defaultText: '`false`',
    pluginDefaultText: '`true`',
    flags: [
      {
        syntax: '-c, --config <file>',
        commands: ['generate'],
        doc: 'the config file, `uibuilder-codegen.config.{ts,mts,js,mjs,json}`',
        defaultText: 'found from the cwd',
        direct: false,
      },
    ],
  }),
  cwd: option<string>()({
    doc: 'where relative paths resolve and the config file is searched from',
    contexts: inCode,
    rule: nonEmptyString,
    defaultText: '`process.cwd()`',
    pluginDefaultText: "the bundler's root, else `process.cwd()`",
  }),
  maxDepth: option<number>()({
    doc: 'selection-set depth, counted as Amplify counts it (refused, exit 2, when one operation would select over 100,000 fields; pruning cycles keeps deep depths small)',
    contexts: everywhere,
    rule: wholeNumber(1, 99),
    default: DEFAULT_EMIT_OPTIONS.maxDepth,
    flags: [{ syntax: '--max-depth <n>', commands: ['generate'] }],
  }),
  typename: option<boolean>()({
    doc: 'select `__typename` on every object (and keep it in the types)',
    contexts: everywhere,
    rule: boolean,
    default: DEFAULT_EMIT_OPTIONS.typename,
    flags: [
      {
        syntax: '--no-typename',
        commands: ['generate'],
        doc: 'do not select `__typename`; the types drop it too',
      },
    ],
  }),
  pruneCycles: option<boolean>()({
    doc: 'never re-enter a model already on a selection path (keeps deep depths linear)',
    contexts: everywhere,
    rule: boolean,
    default: DEFAULT_EMIT_OPTIONS.pruneCycles,
    flags: [{ syntax: '--prune-cycles', commands: ['generate'] }],
  }),
  appSyncSchemaPath: option<string>()({
    doc: 'also write the AppSync schema SDL the models imply here, relative to the component directory (for IDE tooling)',
    contexts: everywhere,
    rule: nonEmptyString,
    flags: [{ syntax: '--appsync-schema <path>', commands: ['generate'] }],
  }),
  apiSchema: option<ApiSchemaSource>()({
    doc: 'the deployed AppSync schema (SDL or introspection JSON), or `{ appSyncApiId, region?, profile?, endpoint? }` to fetch it: statements and types come from it, custom operations included ([which schema](#when-to-give-which-schema))',
    contexts: everywhere,
    rule: pathOrObject<Exclude<ApiSchemaSource, string>>(),
    hint: 'Use "apiSchema": "<path>", or { appSyncApiId: "<id>", region: "<region>" }.',
    check: checkApiSchema,
    path: true,
    flags: [
      {
        syntax: '--api-schema <path>',
        commands: ['generate'],
        doc: 'the deployed AppSync schema (SDL or introspection JSON): statements and types come from it, custom operations included ([which schema](#when-to-give-which-schema))',
        direct: false,
      },
      {
        syntax: '--appsync-api-id <id>',
        commands: ['generate'],
        doc: 'fetch that deployed schema from AppSync (`GetIntrospectionSchema`, with `--region`, `--profile`, `--endpoint`)',
        conflicts: ['apiSchema'],
        direct: false,
      },
    ],
  }),
  modelSchema: option<ModelSchemaSource>()({
    doc: "the Amplify model SDL (`schema.graphql` or its `schema/` folder), or `aws:<apiName>` / `{ apiName, region?, profile?, endpoint? }` to fetch it for the job's app: exact `@index` keys and list nullability",
    contexts: everywhere,
    rule: pathOrObject<Exclude<ModelSchemaSource, string>>(),
    hint: 'Use "modelSchema": "<path>", or { apiName: "<id>", region: "<region>" }.',
    check: checkModelSchema,
    path: true,
    flags: [
      {
        syntax: '--model-schema <path|aws:apiName>',
        commands: ['generate'],
        doc: "the Amplify model SDL (`schema.graphql` or its `schema/` folder, or `aws:<apiName>` for AmplifyBackend and the job's app): exact `@index` keys and list nullability",
        direct: false,
      },
    ],
  }),
  strictSchema: option<boolean>()({
    doc: 'exit 3 when the job and the deployed API schema disagree (else a warning)',
    contexts: everywhere,
    rule: boolean,
    default: false,
    flags: [{ syntax: '--strict-schema', commands: ['generate'] }],
  }),
  mode: option<GenerateMode>()({
    doc: 'write the files, or only compare them (`check`) or list them (`dry-run`)',
    contexts: ['api'],
    rule: oneOf<GenerateMode>(['write', 'check', 'dry-run']),
    default: 'write',
  }),
  check: option<boolean>()({
    doc: 'write nothing; fail when a generated file is out of date',
    contexts: ['plugin'],
    rule: boolean,
    default: false,
    flags: [
      {
        syntax: '--check',
        commands: ['generate'],
        doc: 'write nothing; exit 1 if any file would change, listing them with a unified diff (at most 200 lines per file and 2,000 in all; the rest is counted)',
        conflicts: ['dryRun', 'print'],
        direct: false,
      },
    ],
  }),
  dryRun: option<boolean>()({
    doc: 'write nothing; list what would be written',
    contexts: cliOnly,
    flags: [{ syntax: '--dry-run', commands: ['generate'], conflicts: ['print'], direct: false }],
  }),
  print: option<boolean>()({
    doc: 'write the files to stdout (`==> path <==` headers) instead of disk',
    contexts: cliOnly,
    flags: [{ syntax: '--print', commands: ['generate'], direct: false }],
  }),
  includeContents: option<boolean>()({
    doc: "put each file's contents in the result (for previews and `--print`)",
    contexts: ['api'],
    rule: boolean,
    default: false,
  }),
  json: option<boolean>()({
    doc: 'exactly one JSON object on stdout: the result with `ok: true` and `exitCode` (1 when `--check` found drift), or on failure `{ ok: false, exitCode, error: { name, message, resolution, diagnostics } }`',
    contexts: cliOnly,
    flags: [{ syntax: '--json', commands: ['generate'], direct: false }],
  }),
  format: option<boolean>()({
    doc: "format with prettier (honouring the project's prettier config)",
    contexts: everywhere,
    rule: boolean,
    default: true,
    flags: [{ syntax: '--no-format', commands: ['generate'], doc: 'skip prettier' }],
  }),
  force: option<boolean>()({
    doc: 'overwrite generated files that were edited by hand (a file whose contents we did not write is never removed)',
    contexts: inCode,
    rule: boolean,
    default: false,
    flags: [{ syntax: '--force', commands: ['generate'] }],
  }),
  components: option<boolean>()({
    doc: "also download the job's React components (`asset.downloadUrl`) and unpack them into the component directory ([below](#the-jobs-react-components---components))",
    contexts: everywhere,
    rule: boolean,
    default: false,
    flags: [{ syntax: '--components', commands: ['generate'] }],
  }),
  lockTimeoutSeconds: option<number>()({
    doc: 'how long to wait, in seconds, while another run writes to the same out directory (its `.uibuilder-codegen.lock`), then exit 5',
    contexts: inCode,
    rule: wholeNumber(0, 86_400),
    default: 30,
    flags: [{ syntax: '--lock-timeout <seconds>', commands: ['generate'] }],
  }),
  logger: option<Logger>()({
    doc: "receives the library's messages; without one, `generate()` prints nothing",
    contexts: ['api'],
    rule: instance<Logger>(
      'an object with info, warn and debug functions',
      (v) =>
        typeof v === 'object' &&
        v !== null &&
        ['info', 'warn', 'debug'].every(
          (k) => typeof (v as Record<string, unknown>)[k] === 'function',
        ),
    ),
  }),
  signal: option<AbortSignal>()({
    doc: 'cancels the run between files',
    contexts: ['api'],
    rule: instance<AbortSignal>('an AbortSignal', (v) => v instanceof AbortSignal),
  }),
  silent: option<boolean>()({
    doc: 'print nothing but errors',
    contexts: cliOnly,
    flags: [
      { syntax: '-s, --silent', commands: ['generate'], conflicts: ['verbose'], direct: false },
    ],
  }),
  verbose: option<boolean>()({
    doc: 'print every stage, and stack traces on errors',
    contexts: cliOnly,
    flags: [{ syntax: '--verbose', commands: ['generate'], direct: false }],
  }),
  watch: option<boolean>()({
    doc: 'generate, then regenerate on every change to the config file or the job file (one line each); Ctrl-C stops (exit 130)',
    contexts: cliOnly,
    flags: [
      {
        syntax: '--watch',
        commands: ['generate'],
        conflicts: ['check', 'dryRun', 'print', 'json'],
        direct: false,
      },
    ],
  }),
};

/** The name of an option of the table. */
export type OptionName = keyof typeof OPTION_TABLE;

type Table = typeof OPTION_TABLE;

/** The value type a row declares (its rule's). */
export type OptionValue<K extends OptionName> = Table[K] extends {
  readonly rule: OptionRule<infer T>;
}
  ? T
  : never;

/** The options that may be given in context `C`. */
export type OptionsIn<C extends OptionContext> = {
  [K in OptionName]: C extends Table[K]['contexts'][number] ? K : never;
}[OptionName];

/** The options that have a default value (after resolution, never undefined). */
export type DefaultedOption = {
  [K in OptionName]: Table[K] extends { readonly default: unknown } ? K : never;
}[OptionName];

/** The rows, for code that walks the table without caring about each value's type. */
export const OPTION_ROWS = Object.entries(OPTION_TABLE) as readonly (readonly [
  OptionName,
  OptionDefinition,
])[];

/** The options that may be given in `context`, in table order. */
export function optionsIn(context: OptionContext): OptionName[] {
  return OPTION_ROWS.filter(([, row]) => row.contexts.includes(context)).map(([name]) => name);
}
