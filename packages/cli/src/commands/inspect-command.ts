import { Command } from 'commander';
import {
  normalizeSchema,
  SchemaError,
  summarizeSchema,
  formatSummary,
  UsageError,
} from '@uibuilder-codegen/transform';
import { loadJob } from '../api/load-job.js';
import {
  addJobSourceOptions,
  jobSourceFromFlags,
  type JobSourceFlags,
} from './job-source-options.js';

interface InspectFlags extends JobSourceFlags {
  readonly json?: boolean;
}

/**
 * `uibuilder-codegen inspect`: a summary of the schema (models, keys, relations, operations) and
 * every diagnostic, on stdout. Exit 3 when the job has errors (the summary is still printed).
 */
export function inspectCommand(setExitCode: (code: number) => void): Command {
  return addJobSourceOptions(
    new Command('inspect').description('summarise the schema and list every diagnostic'),
  )
    .option('--json', 'print the summary as JSON')
    .action(async (flags: InspectFlags) => {
      const source = jobSourceFromFlags(flags);
      if (source === undefined) {
        throw new UsageError('No job given', {
          hint: 'Pass --job-file <path>, or --app-id, --environment and --job-id.',
        });
      }
      const job = await loadJob(source, {
        cwd: process.cwd(),
        waitSeconds: undefined,
        requestTimeout: flags.requestTimeout,
        logger: undefined,
      });
      let summary;
      try {
        summary = summarizeSchema(normalizeSchema(job));
      } catch (error) {
        if (!(error instanceof SchemaError)) throw error;
        summary = summarizeSchema({ diagnostics: error.diagnostics });
        setExitCode(error.exitCode);
      }
      process.stdout.write(
        flags.json ? JSON.stringify(summary, null, 2) + '\n' : formatSummary(summary),
      );
    });
}
