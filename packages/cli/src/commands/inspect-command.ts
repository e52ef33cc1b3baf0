import { Command } from 'commander';
import { normalizeSchema, summarizeSchema } from '@uibuilder-codegen/transform';
import { SchemaError, UsageError } from '@uibuilder-codegen/core';
import type { SchemaDifference } from '@uibuilder-codegen/emit';
import { loadApiSchema } from '../api/load-api-schema.js';
import { loadJob } from '../api/load-job.js';
import { formatSchemaDifferences } from './format-schema-differences.js';
import { formatSummary } from './format-summary.js';
import { jobSourceFromFlags, type JobSourceFlags } from './job-source-options.js';
import { addTableFlags } from './table-flags.js';

interface InspectFlags extends JobSourceFlags {
  readonly json?: boolean;
  readonly apiSchema?: string;
}

/**
 * `uibuilder-codegen inspect`: a summary of the schema (models, keys, relations, operations) and
 * every diagnostic, on stdout. Exit 3 when the job has errors (the summary is still printed).
 */
export function inspectCommand(setExitCode: (code: number) => void): Command {
  return addTableFlags(
    new Command('inspect').description('summarise the schema and list every diagnostic'),
    'inspect',
  )
    .option('--json', 'print the summary as JSON')
    .option(
      '--api-schema <path>',
      'the deployed AppSync schema: also list how it differs from the schema the job implies',
    )
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
      const deployed =
        flags.apiSchema === undefined
          ? undefined
          : await loadApiSchema(flags.apiSchema, { cwd: process.cwd() });
      let summary;
      let differences: SchemaDifference[] | undefined;
      try {
        const normalized = normalizeSchema(job);
        if (deployed !== undefined) {
          const emit = await import('@uibuilder-codegen/emit');
          const checked = emit.checkJobAgainstApi(normalized.ir, deployed);
          differences = emit.schemaDifferences(normalized.ir, deployed);
          summary = summarizeSchema({
            ...normalized,
            diagnostics: [...normalized.diagnostics, ...checked],
          });
          if (!summary.ok) setExitCode(3);
        } else summary = summarizeSchema(normalized);
      } catch (error) {
        if (!(error instanceof SchemaError)) throw error;
        summary = summarizeSchema({ diagnostics: error.diagnostics });
        setExitCode(error.exitCode);
      }
      if (flags.json) {
        const value =
          differences === undefined ? summary : { ...summary, apiSchemaDifferences: differences };
        process.stdout.write(JSON.stringify(value, null, 2) + '\n');
        return;
      }
      process.stdout.write(formatSummary(summary));
      if (deployed !== undefined && differences !== undefined)
        process.stdout.write(formatSchemaDifferences(deployed.source, differences));
    });
}
