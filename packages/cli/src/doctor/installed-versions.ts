import path from 'node:path';
import { nodeModulesVersion, type ProjectPackages } from './project-packages.js';

/** What the user's project says about one package. */
export interface InstalledPackage {
  /** The range in package.json (dependencies, devDependencies or peerDependencies). */
  readonly declared: string | undefined;
  /** The version the lockfile or node_modules holds. */
  readonly installed: string | undefined;
  /** Where `installed` was read from. */
  readonly source: 'package-lock.json' | 'pnpm-lock.yaml' | 'node_modules' | undefined;
}

/**
 * A package's declared range and installed version in the project. `name` must already be a
 * valid npm package name: it becomes a key and a path below `node_modules`.
 */
export function installedPackage(project: ProjectPackages, name: string): InstalledPackage {
  const declared = project.declared.get(name);
  const fromNpm = npmLockVersion(project, name);
  if (fromNpm) return { declared, installed: fromNpm, source: 'package-lock.json' };
  const fromPnpm = pnpmLockVersion(project.pnpmLock, name);
  if (fromPnpm) return { declared, installed: fromPnpm, source: 'pnpm-lock.yaml' };
  const fromModules = nodeModulesVersion(project, name);
  if (fromModules) return { declared, installed: fromModules, source: 'node_modules' };
  return { declared, installed: undefined, source: undefined };
}

function npmLockVersion(project: ProjectPackages, name: string): string | undefined {
  const key = path.posix.join('node_modules', name);
  const entry =
    project.npmLock && Object.hasOwn(project.npmLock, key) ? project.npmLock[key] : undefined;
  return typeof entry?.version === 'string' ? entry.version : undefined;
}

/** The root importer's resolved version in a pnpm lockfile (v6–v9 layout). */
function pnpmLockVersion(text: string | undefined, name: string): string | undefined {
  if (text === undefined) return undefined;
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(
    `\\n\\s+'?${escaped}'?:\\n\\s+specifier: [^\\n]+\\n\\s+version: ([^\\s(]+)`,
  ).exec(text);
  return match?.[1];
}
