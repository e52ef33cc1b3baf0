import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** What the user's project says about one package. */
export interface InstalledPackage {
  /** The range in package.json (dependencies, devDependencies or peerDependencies). */
  readonly declared: string | undefined;
  /** The version the lockfile or node_modules holds. */
  readonly installed: string | undefined;
  /** Where `installed` was read from. */
  readonly source: 'package-lock.json' | 'pnpm-lock.yaml' | 'node_modules' | undefined;
}

/** Reads a package's declared range and installed version next to `packageJsonPath`. */
export function installedPackage(packageJsonPath: string, name: string): InstalledPackage {
  const manifest = JSON.parse(readFileSync(packageJsonPath, 'utf8')) as Record<string, unknown>;
  const declared = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']
    .map((key) => (manifest[key] as Record<string, string> | undefined)?.[name])
    .find((range) => typeof range === 'string');
  const dir = path.dirname(packageJsonPath);
  const fromNpm = npmLockVersion(path.join(dir, 'package-lock.json'), name);
  if (fromNpm) return { declared, installed: fromNpm, source: 'package-lock.json' };
  const fromPnpm = pnpmLockVersion(path.join(dir, 'pnpm-lock.yaml'), name);
  if (fromPnpm) return { declared, installed: fromPnpm, source: 'pnpm-lock.yaml' };
  const installedManifest = path.join(dir, 'node_modules', name, 'package.json');
  if (existsSync(installedManifest)) {
    const { version } = JSON.parse(readFileSync(installedManifest, 'utf8')) as { version?: string };
    if (version) return { declared, installed: version, source: 'node_modules' };
  }
  return { declared, installed: undefined, source: undefined };
}

function npmLockVersion(lockPath: string, name: string): string | undefined {
  if (!existsSync(lockPath)) return undefined;
  const lock = JSON.parse(readFileSync(lockPath, 'utf8')) as {
    packages?: Record<string, { version?: string }>;
  };
  return lock.packages?.[`node_modules/${name}`]?.version;
}

/** The root importer's resolved version in a pnpm lockfile (v6–v9 layout). */
function pnpmLockVersion(lockPath: string, name: string): string | undefined {
  if (!existsSync(lockPath)) return undefined;
  const text = readFileSync(lockPath, 'utf8');
  const escaped = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const match = new RegExp(
    `\\n\\s+'?${escaped}'?:\\n\\s+specifier: [^\\n]+\\n\\s+version: ([^\\s(]+)`,
  ).exec(text);
  return match?.[1];
}
