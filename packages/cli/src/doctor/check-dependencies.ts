import semver from 'semver';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { installedPackage, type InstalledPackage } from './installed-versions.js';

/** One requirement of the generated code, checked against the user's project. */
export interface DependencyCheck {
  readonly name: string;
  readonly required: string;
  readonly reason: string;
  readonly found: InstalledPackage;
  readonly ok: boolean;
  /** What to run or change when not ok. */
  readonly fix: string | undefined;
}

/**
 * Checks `renderConfig.react.dependencies` and `job.dependencies` against the project's
 * package.json and lockfile: semver ranges where `isSemVer` (and for the render config's map),
 * exact versions otherwise.
 */
export function checkDependencies(ir: SchemaIR, packageJsonPath: string): DependencyCheck[] {
  const wanted = new Map<string, { required: string; isSemVer: boolean; reason: string }>();
  for (const [name, range] of Object.entries(ir.render.dependencies)) {
    wanted.set(name, {
      required: range,
      isSemVer: true,
      reason: 'renderConfig.react.dependencies',
    });
  }
  for (const dep of ir.dependencies) {
    wanted.set(dep.name, {
      required: dep.supportedVersion,
      isSemVer: dep.isSemVer,
      reason: dep.reason || 'job.dependencies',
    });
  }
  return [...wanted.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, want]) => {
      const found = installedPackage(packageJsonPath, name);
      const version = found.installed ?? semver.minVersion(found.declared ?? '')?.version;
      const ok =
        version !== undefined &&
        (want.isSemVer
          ? semver.satisfies(version, want.required, { includePrerelease: true })
          : version === want.required);
      const spec = want.isSemVer ? `${name}@"${want.required}"` : `${name}@${want.required}`;
      const fix = ok
        ? undefined
        : version === undefined
          ? `npm install ${spec}`
          : `npm install ${spec}   (found ${version})`;
      return { name, required: want.required, reason: want.reason, found, ok, fix };
    });
}
