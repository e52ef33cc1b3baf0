import path from 'node:path';
import { Command } from 'commander';
import { normalizeSchema } from '@uibuilder-codegen/transform';
import { UsageError } from '@uibuilder-codegen/core';
import { loadJob } from '../api/load-job.js';
import type { DependencyCheck } from '../doctor/check-dependencies.js';
import { readProjectPackages } from '../doctor/project-packages.js';
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
      // semver and the package-name rules are loaded for `doctor` only, not on every start.
      const { checkDependencies } = await import('../doctor/check-dependencies.js');
      const project = await readProjectPackages(packageJson);
      const job = await loadJob(source, {
        cwd: process.cwd(),
        waitSeconds: undefined,
        requestTimeout: flags.requestTimeout,
        logger: undefined,
      });
      const checks = checkDependencies(normalizeSchema(job).ir, project);
      if (checks.some((c) => !c.ok)) setExitCode(1);
      if (flags.json) {
        process.stdout.write(JSON.stringify(checks, null, 2) + '\n');
        return;
      }
      for (const check of checks) process.stdout.write(describeCheck(check));
      if (checks.length === 0) process.stdout.write('The job names no dependencies.\n');
    });
}

/** A check's lines; the job's strings are quoted, and the output guard escapes what they hold. */
function describeCheck(check: DependencyCheck): string {
  if (check.invalid !== undefined) {
    return `${colors.red('invalid')} ${check.invalid}; not checked, and no command is suggested (${JSON.stringify(check.reason)})\n`;
  }
  const mark = check.ok ? colors.green('ok     ') : colors.red('missing');
  const found = check.found.installed ?? check.found.declared ?? 'not installed';
  const line = `${mark} ${check.name} ${check.required} (found ${found}) — ${check.reason}\n`;
  return check.fix ? `${line}        fix: ${check.fix}\n` : line;
}
