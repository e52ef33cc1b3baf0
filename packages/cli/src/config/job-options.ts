import type { JobSource } from '../api/options.js';
import { checkJobSource } from './nested-options.js';
import { AWS_COMMANDS, cliOnly, everywhere, JOB_COMMANDS } from './option-contexts.js';
import { option } from './option-definition.js';
import { nonEmptyString, object, wholeNumber } from './option-rules.js';

/** How long a bare `--wait` polls, in seconds. */
export const DEFAULT_WAIT_SECONDS = 300;

/** The option table's rows that say where the job comes from and how AWS is called. */
export const JOB_SOURCE_OPTIONS = {
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
};
