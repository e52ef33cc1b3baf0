import path from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/load-config.js';

/** Every state file uibuilder-codegen keeps (manifest, journal, lock) starts with this. */
const STATE_FILE_PREFIX = '.uibuilder-codegen.';

/** Directories whose contents are never ours, wherever they are below the root. */
const FOREIGN_DIRECTORIES = new Set(['.git', 'node_modules']);

/**
 * Why uibuilder-codegen must never write or remove `absolute`, or `undefined` when it may: the job
 * file, a config file, its own state files, anything under `.git` or `node_modules`.
 * `rootRelative` is the path relative to the root, POSIX.
 */
export function protectedReason(
  absolute: string,
  rootRelative: string,
  jobFile: string | undefined,
): string | undefined {
  if (jobFile !== undefined && path.resolve(jobFile) === absolute) return 'is the job file';
  const name = path.basename(absolute);
  if (CONFIG_FILE_NAMES.includes(name)) return 'is a uibuilder-codegen config file';
  if (name.startsWith(STATE_FILE_PREFIX)) return "is one of uibuilder-codegen's own state files";
  const segments = rootRelative.split('/');
  const foreign = segments.find((segment) => FOREIGN_DIRECTORIES.has(segment));
  if (foreign !== undefined) return `is inside ${foreign}`;
  return undefined;
}
