import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describeBytes, InputTooLargeError, readBounded } from '@uibuilder-codegen/fetch';
import { UsageError } from '@uibuilder-codegen/core';

/** The largest package.json or lockfile read (a large monorepo's lockfile is a few MB). */
const MAX_MANIFEST_BYTES = 64 * 1024 * 1024;

/** The user's project as `doctor` sees it: its package.json and lockfiles, parsed and checked. */
export interface ProjectPackages {
  readonly dir: string;
  /** The ranges of dependencies, devDependencies, peerDependencies and optionalDependencies. */
  readonly declared: ReadonlyMap<string, string>;
  /** `package-lock.json`'s `packages` map, when there is one. */
  readonly npmLock: Readonly<Record<string, { version?: unknown }>> | undefined;
  /** `pnpm-lock.yaml`'s text, when there is one. */
  readonly pnpmLock: string | undefined;
}

/**
 * Reads `package.json` and the lockfiles beside it, bounded in size. A file that is not what it
 * should be is a usage error (exit 2) naming the file, never a crash.
 */
export async function readProjectPackages(packageJsonPath: string): Promise<ProjectPackages> {
  const dir = path.dirname(packageJsonPath);
  const manifest = parseJsonObject(await readManifest(packageJsonPath), packageJsonPath);
  const declared = new Map<string, string>();
  for (const key of [
    'dependencies',
    'devDependencies',
    'peerDependencies',
    'optionalDependencies',
  ]) {
    const ranges = manifest[key];
    if (ranges === undefined) continue;
    if (ranges === null || typeof ranges !== 'object' || Array.isArray(ranges)) {
      throw invalid(packageJsonPath, `"${key}" is not an object`);
    }
    for (const [name, range] of Object.entries(ranges as Record<string, unknown>)) {
      if (typeof range === 'string' && !declared.has(name)) declared.set(name, range);
    }
  }
  const npmLockPath = path.join(dir, 'package-lock.json');
  let npmLock: ProjectPackages['npmLock'];
  if (existsSync(npmLockPath)) {
    const packages = parseJsonObject(await readManifest(npmLockPath), npmLockPath)['packages'];
    if (packages !== undefined && (packages === null || typeof packages !== 'object')) {
      throw invalid(npmLockPath, '"packages" is not an object');
    }
    npmLock = packages as ProjectPackages['npmLock'];
  }
  const pnpmLockPath = path.join(dir, 'pnpm-lock.yaml');
  const pnpmLock = existsSync(pnpmLockPath) ? await readManifest(pnpmLockPath) : undefined;
  return { dir, declared, npmLock, pnpmLock };
}

/** `node_modules/<name>/package.json`'s version; only for names already validated as npm names. */
export function nodeModulesVersion(project: ProjectPackages, name: string): string | undefined {
  const modules = path.join(project.dir, 'node_modules');
  const file = path.join(modules, name, 'package.json');
  // A valid npm name cannot climb out, but the check is cheap and keeps the promise.
  if (!file.startsWith(modules + path.sep)) return undefined;
  try {
    if (statSync(file).size > MAX_MANIFEST_BYTES) return undefined;
    const { version } = JSON.parse(readFileSync(file, 'utf8')) as { version?: unknown };
    return typeof version === 'string' ? version : undefined;
  } catch {
    // Not installed, or a broken install: either way nothing is installed to compare.
    return undefined;
  }
}

async function readManifest(file: string): Promise<string> {
  try {
    return await readBounded(file, MAX_MANIFEST_BYTES);
  } catch (error) {
    if (error instanceof InputTooLargeError) {
      throw invalid(file, `it is larger than ${describeBytes(error.maxBytes)}`);
    }
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`Could not read ${file}: ${code}`, {
      hint: 'Check that the file exists and is readable, or pass --package-json <path>.',
    });
  }
}

function parseJsonObject(text: string, file: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw invalid(file, `it is not valid JSON (${(error as Error).message})`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalid(file, 'it is not a JSON object');
  }
  return value as Record<string, unknown>;
}

function invalid(file: string, reason: string): UsageError {
  return new UsageError(`${file} is not a valid ${path.basename(file)}: ${reason}`, {
    hint: `Fix ${path.basename(file)} (npm install rewrites a lockfile), or pass --package-json <path>.`,
  });
}
