import { DEFAULT_EMIT_OPTIONS } from '@uibuilder-codegen/emit/defaults';
import type { ApiSchemaSource, ModelSchemaSource } from '../api/options.js';
import { checkApiSchema, checkModelSchema } from './nested-options.js';
import { everywhere, inCode } from './option-contexts.js';
import { option } from './option-definition.js';
import {
  boolean,
  nonEmptyString,
  pathOrBoolean,
  pathOrObject,
  wholeNumber,
} from './option-rules.js';

/** The option table's rows that say what is generated, and where. */
export const GENERATION_OPTIONS = {
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
        commands: ['generate', 'inspect'],
        doc: 'the deployed AppSync schema (SDL or introspection JSON): statements and types come from it, custom operations included ([which schema](#when-to-give-which-schema))',
        direct: false,
      },
      {
        syntax: '--appsync-api-id <id>',
        commands: ['generate', 'inspect'],
        doc: 'fetch that deployed schema from AppSync (`GetIntrospectionSchema`, with `--region`, `--profile`, `--endpoint`)',
        conflicts: ['apiSchema'],
        direct: false,
      },
    ],
  }),
  modelSchema: option<ModelSchemaSource>()({
    doc: "the Amplify model SDL (`schema.graphql` or its `schema/` folder), or `aws:<apiName>` / `{ apiName, region?, profile?, endpoint? }` to fetch it for the job's app: exact `@index` keys, list nullability, `@model` operation and timestamp names, `@auth` rules",
    contexts: everywhere,
    rule: pathOrObject<Exclude<ModelSchemaSource, string>>(),
    hint: 'Use "modelSchema": "<path>", or { apiName: "<id>", region: "<region>" }.',
    check: checkModelSchema,
    path: true,
    flags: [
      {
        syntax: '--model-schema <path|aws:apiName>',
        commands: ['generate', 'inspect'],
        doc: "the Amplify model SDL (`schema.graphql` or its `schema/` folder, or `aws:<apiName>` for AmplifyBackend and the job's app): exact `@index` keys, list nullability, `@model` operation and timestamp names, `@auth` rules",
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
};
