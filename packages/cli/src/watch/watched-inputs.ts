import path from 'node:path';
import type { ResolvedGenerateOptions } from '../config/apply-config.js';

/**
 * Every file whose change should regenerate: the config file, the job file, and the schema files
 * (`apiSchema` given as a path; `modelSchema` as a file or folder, not `aws:<apiName>`). This is
 * the one list the watch loop and the bundler plugin watch.
 */
export function watchedInputs(
  options: ResolvedGenerateOptions,
  configFile: string | undefined,
): string[] {
  const files = [configFile];
  if ('file' in options.job && options.job.file !== '-') {
    files.push(path.resolve(options.cwd, options.job.file));
  }
  if (typeof options.apiSchema === 'string')
    files.push(path.resolve(options.cwd, options.apiSchema));
  if (typeof options.modelSchema === 'string' && !options.modelSchema.startsWith('aws:')) {
    files.push(path.resolve(options.cwd, options.modelSchema));
  }
  return [...new Set(files.filter((file): file is string => file !== undefined))];
}
