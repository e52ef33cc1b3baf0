import { existsSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { normalizeSchema, UsageError } from '@uibuilder-codegen/transform';
import { loadJob } from '../api/load-job.js';
import { checkDependencies } from '../doctor/check-dependencies.js';
import {
  addJobSourceOptions,
  jobSourceFromFlags,
  type JobSourceFlags,
} from './job-source-options.js';
import { colors } from './logger.js';

interface DoctorFlags extends JobSourceFlags {
  readonly packageJson?: string;
  readonly json?: boolean;
}

/**
 * `uibuilder-codegen doctor`: are the packages the generated code needs installed, in versions it
 * supports? Exit 0 when they are, 1 when something needs installing (the fix is printed).
 */
export function doctorCommand(setExitCode: (code: number) => void): Command {
  return addJobSourceOptions(
    new Command('doctor').description(
      "check the job's dependencies against your package.json and lockfile",
    ),
  )
    .option('--package-json <path>', 'the package.json to check (default ./package.json)')
    .option('--json', 'print JSON on stdout')
    .action(async (flags: DoctorFlags) => {
      const source = jobSourceFromFlags(flags);
      if (source === undefined)
        throw new UsageError('No job given', { hint: 'Pass --job-file <path>.' });
      const packageJson = path.resolve(flags.packageJson ?? 'package.json');
      if (!existsSync(packageJson)) {
        throw new UsageError(`No package.json at ${packageJson}`, {
          hint: 'Pass --package-json <path>.',
        });
      }
      const job = await loadJob(source, {
        cwd: process.cwd(),
        waitSeconds: undefined,
        requestTimeout: flags.requestTimeout,
        logger: undefined,
      });
      const checks = checkDependencies(normalizeSchema(job).ir, packageJson);
      if (checks.some((c) => !c.ok)) setExitCode(1);
      if (flags.json) {
        process.stdout.write(JSON.stringify(checks, null, 2) + '\n');
        return;
      }
      for (const check of checks) {
        const mark = check.ok ? colors.green('ok     ') : colors.red('missing');
        const found = check.found.installed ?? check.found.declared ?? 'not installed';
        process.stdout.write(
          `${mark} ${check.name} ${check.required} (found ${found}) — ${check.reason}\n`,
        );
        if (check.fix) process.stdout.write(`        fix: ${check.fix}\n`);
      }
      if (checks.length === 0) process.stdout.write('The job names no dependencies.\n');
    });
}
