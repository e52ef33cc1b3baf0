import type { GenerateMode, Logger } from '../api/options.js';
import { cliOnly, everywhere, inCode } from './option-contexts.js';
import { option } from './option-definition.js';
import { boolean, instance, oneOf, wholeNumber } from './option-rules.js';

/** The option table's rows that say how a run goes: its mode, its output, its logging. */
export const RUN_OPTIONS = {
  mode: option<GenerateMode>()({
    doc: 'write the files, or only compare them (`check`) or list them (`dry-run`)',
    contexts: ['api'],
    rule: oneOf<GenerateMode>(['write', 'check', 'dry-run']),
    default: 'write',
  }),
  check: option<boolean>()({
    doc: "write nothing; fail the build when a committed generated file is out of date (the CLI's `--check`)",
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
