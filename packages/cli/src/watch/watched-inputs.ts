import path from 'node:path';
import type { ResolvedGenerateOptions } from '../config/apply-config.js';

/**
 * Every file whose change should regenerate: the config file and the job file. Input files that
 * later options add (a schema file beside the job) belong here too: this is the one list the
 * watch loop and the bundler plugin watch.
 */
export function watchedInputs(
  options: ResolvedGenerateOptions,
  configFile: string | undefined,
): string[] {
  const files = [configFile];
  if ('file' in options.job && options.job.file !== '-') {
    files.push(path.resolve(options.cwd, options.job.file));
  }
  return [...new Set(files.filter((file): file is string => file !== undefined))];
}
