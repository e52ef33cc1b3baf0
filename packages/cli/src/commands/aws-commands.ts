import { Command, Option } from 'commander';
import { UsageError } from '@uibuilder-codegen/core';
import { createStderrLogger } from './logger.js';
import { wholeNumber } from './parse-number.js';
import { requestTimeoutOption } from './request-timeout-option.js';
import { summaryLine } from './summary-line.js';

interface AwsFlags {
  readonly appId: string;
  readonly environment: string;
  readonly region?: string;
  readonly profile?: string;
  readonly endpoint?: string;
  readonly requestTimeout?: number;
  readonly json?: boolean;
}

function addAwsOptions(command: Command): Command {
  return command
    .requiredOption('--app-id <id>', 'the Amplify app id')
    .requiredOption('--environment <name>', 'the Amplify environment name')
    .option('--region <region>', 'AWS region (else the SDK default chain)')
    .option('--profile <profile>', 'AWS shared-config profile')
    .option('--endpoint <url>', 'AmplifyUIBuilder endpoint URL')
    .addOption(requestTimeoutOption())
    .option('--json', 'print JSON on stdout');
}

function connection(flags: AwsFlags) {
  return {
    appId: flags.appId,
    environmentName: flags.environment,
    ...(flags.region === undefined ? {} : { region: flags.region }),
    ...(flags.profile === undefined ? {} : { profile: flags.profile }),
    ...(flags.endpoint === undefined ? {} : { endpoint: flags.endpoint }),
    ...(flags.requestTimeout === undefined
      ? {}
      : { requestTimeoutMs: flags.requestTimeout * 1000 }),
  };
}

/** `uibuilder-codegen list-jobs`: every job of an environment, all pages, with status and dates. */
export function listJobsCommand(): Command {
  return addAwsOptions(
    new Command('list-jobs').description('list the codegen jobs of an environment'),
  ).action(async (flags: AwsFlags) => {
    const { listCodegenJobs } = await import('@uibuilder-codegen/fetch');
    const jobs = await listCodegenJobs(connection(flags));
    if (flags.json) {
      process.stdout.write(JSON.stringify(jobs, null, 2) + '\n');
      return;
    }
    const rows = jobs.map((j) => [j.id, j.status, j.createdAt ?? '', j.modifiedAt ?? '']);
    const header = ['ID', 'STATUS', 'CREATED', 'MODIFIED'];
    const widths = header.map((h, i) =>
      Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
    );
    for (const row of [header, ...rows]) {
      process.stdout.write(
        row
          .map((cell, i) => cell.padEnd(widths[i] ?? 0))
          .join('  ')
          .trimEnd() + '\n',
      );
    }
  });
}

interface StartFlags extends AwsFlags {
  readonly jobFile: string;
  readonly wait?: number | boolean;
  readonly silent?: boolean;
  readonly components?: boolean;
  readonly out?: string;
}

/** `uibuilder-codegen start`: starts a job from a spec file and, with `--wait`, prints its id when done. */
export function startCommand(): Command {
  return addAwsOptions(
    new Command('start').description('start a codegen job from a spec (a saved job works)'),
  )
    .requiredOption(
      '--job-file <path>',
      'the spec: renderConfig, genericDataSchema, features (a saved job works); - reads stdin',
    )
    .addOption(
      new Option('--wait [seconds]', 'wait until the job settles (default 300 s)').argParser(
        wholeNumber(1, 86_400),
      ),
    )
    .option('-s, --silent', 'print nothing but the job id and errors')
    .option(
      '--components',
      'with --wait: then generate from the finished job, its React components included (as generate --components)',
    )
    .option(
      '-o, --out <dir>',
      'with --components: the component directory (default src/ui-components)',
    )
    .action(async (flags: StartFlags) => {
      const fetch = await import('@uibuilder-codegen/fetch');
      const logger = createStderrLogger(flags.silent ? 'silent' : 'normal');
      const timeoutSeconds =
        flags.wait === true ? 300 : typeof flags.wait === 'number' ? flags.wait : undefined;
      if (flags.components && timeoutSeconds === undefined) {
        throw new UsageError(
          'start --components needs --wait: only a finished job has components',
          {
            hint: 'Pass --wait [seconds], or run generate --components with the job id later.',
          },
        );
      }
      const spec = await fetch.readJobFile(flags.jobFile);
      const job = await fetch.startCodegenJob({
        ...connection(flags),
        spec,
        ...(timeoutSeconds === undefined
          ? {}
          : {
              wait: {
                timeoutSeconds,
                onProgress: (p: { message: string }) => logger.progress?.(p.message),
              },
            }),
      });
      if (flags.json) process.stdout.write(JSON.stringify(job, null, 2) + '\n');
      else process.stdout.write(`${job.id ?? ''}\n`);
      logger.info(`Codegen job ${job.id ?? '?'} is ${job.status ?? 'unknown'}`);
      if (flags.components) {
        // The finished job is the input: one command from a spec to files on disk, as `amplify pull`.
        const { generate } = await import('../api/generate.js');
        const result = await generate({
          job: { value: job },
          components: true,
          config: true,
          cwd: process.cwd(),
          logger,
          ...(flags.out === undefined ? {} : { outDir: flags.out }),
        });
        logger.info(`${summaryLine(result)} → ${result.outDir}`);
      }
    });
}
