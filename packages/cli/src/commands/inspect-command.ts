import { Command } from 'commander';
import { normalizeSchema, summarizeSchema } from '@uibuilder-codegen/transform';
import type { NormalizeResult } from '@uibuilder-codegen/transform';
import { SchemaError, UsageError } from '@uibuilder-codegen/core';
import type { ModelSchemaFacts } from '@uibuilder-codegen/core';
import type { DeployedApiSchema, SchemaDifference } from '@uibuilder-codegen/emit';
import { loadApiSchema, loadModelSchema } from '../api/load-api-schema.js';
import { loadJob } from '../api/load-job.js';
import { formatSummary } from './format-summary.js';
import {
  deployedSides,
  formatSchemaDifferences,
  modelSchemaSides,
} from './format-schema-differences.js';
import {
  addJobSourceOptions,
  jobSourceFromFlags,
  type JobSourceFlags,
} from './job-source-options.js';
import {
  addSchemaSourceOptions,
  apiSchemaFromFlags,
  modelSchemaFromFlags,
  type SchemaSourceFlags,
} from './schema-source-options.js';

interface InspectFlags extends JobSourceFlags, SchemaSourceFlags {
  readonly json?: boolean;
}

/** What `inspect` found beside the summary. */
interface Differences {
  /** Against the deployed schema (`--api-schema`, `--appsync-api-id`). */
  api?: SchemaDifference[];
  /** What the model SDL (`--model-schema`) changes in the schema the job implies. */
  model?: SchemaDifference[];
}

/**
 * `uibuilder-codegen inspect`: a summary of the schema (models, keys, relations, operations) and
 * every diagnostic, on stdout; with the schema inputs `generate` takes, how the schema the job
 * implies differs from the deployed one and what the model SDL changes in it. Exit 3 when the
 * job has errors (the summary is still printed).
 */
export function inspectCommand(setExitCode: (code: number) => void): Command {
  const command = addJobSourceOptions(
    new Command('inspect').description('summarise the schema and list every diagnostic'),
  ).option('--json', 'print the summary as JSON');
  return addSchemaSourceOptions(command).action(async (flags: InspectFlags) => {
    const source = jobSourceFromFlags(flags);
    if (source === undefined) {
      throw new UsageError('No job given', {
        hint: 'Pass --job-file <path>, or --app-id, --environment and --job-id.',
      });
    }
    const cwd = process.cwd();
    const job = await loadJob(source, {
      cwd,
      waitSeconds: undefined,
      requestTimeout: flags.requestTimeout,
      logger: undefined,
    });
    const apiSource = apiSchemaFromFlags(flags);
    const modelSource = modelSchemaFromFlags(flags);
    const deployed = apiSource === undefined ? undefined : await loadApiSchema(apiSource, { cwd });
    const modelSchema =
      modelSource === undefined ? undefined : await loadModelSchema(modelSource, { cwd, job });
    let summary;
    const differences: Differences = {};
    try {
      const normalized = normalizeSchema(job, modelSchema === undefined ? {} : { modelSchema });
      const checked = await compare(normalized, job, deployed, modelSchema, differences);
      summary = summarizeSchema({
        ...normalized,
        diagnostics: [...normalized.diagnostics, ...checked],
      });
      if (!summary.ok) setExitCode(3);
    } catch (error) {
      if (!(error instanceof SchemaError)) throw error;
      summary = summarizeSchema({ diagnostics: error.diagnostics });
      setExitCode(error.exitCode);
    }
    if (flags.json) {
      const value = {
        ...summary,
        ...(differences.api === undefined ? {} : { apiSchemaDifferences: differences.api }),
        ...(differences.model === undefined ? {} : { modelSchemaDifferences: differences.model }),
      };
      process.stdout.write(JSON.stringify(value, null, 2) + '\n');
      return;
    }
    process.stdout.write(formatSummary(summary));
    if (modelSchema !== undefined && differences.model !== undefined)
      process.stdout.write(
        formatSchemaDifferences(modelSchemaSides(modelSchema.source), differences.model),
      );
    if (deployed !== undefined && differences.api !== undefined)
      process.stdout.write(
        formatSchemaDifferences(
          deployedSides(deployed.source, modelSchema !== undefined),
          differences.api,
        ),
      );
  });
}

/**
 * Fills `differences` and returns the diagnostics of checking the job against the deployed API.
 * The model SDL's differences are against the job alone (which normalises, as the SDL's did).
 */
async function compare(
  normalized: NormalizeResult,
  job: unknown,
  deployed: DeployedApiSchema | undefined,
  modelSchema: ModelSchemaFacts | undefined,
  differences: Differences,
): Promise<NormalizeResult['diagnostics']> {
  if (deployed === undefined && modelSchema === undefined) return [];
  const emit = await import('@uibuilder-codegen/emit');
  if (modelSchema !== undefined)
    differences.model = emit.modelSchemaDifferences(normalizeSchema(job).ir, normalized.ir);
  if (deployed === undefined) return [];
  differences.api = emit.schemaDifferences(normalized.ir, deployed);
  return emit.checkJobAgainstApi(normalized.ir, deployed);
}
