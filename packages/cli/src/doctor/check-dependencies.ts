import semver from 'semver';
import validateNpmPackageName from 'validate-npm-package-name';
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { installedPackage, type InstalledPackage } from './installed-versions.js';
import type { ProjectPackages } from './project-packages.js';

/** One requirement of the generated code, checked against the user's project. */
export interface DependencyCheck {
  readonly name: string;
  readonly required: string;
  readonly reason: string;
  readonly found: InstalledPackage;
  readonly ok: boolean;
  /**
   * What to run when not ok: built only from a valid npm name and a valid semver range or
   * version, single-quoted, so it is safe to paste into a shell.
   */
  readonly fix: string | undefined;
  /** Why the job's name or version cannot be checked (it is not a valid npm name or version). */
  readonly invalid?: string;
}

const NOT_FOUND: InstalledPackage = {
  declared: undefined,
  installed: undefined,
  source: undefined,
};

/**
 * Checks `renderConfig.react.dependencies` and `job.dependencies` against the project's
 * package.json and lockfile: semver ranges where `isSemVer` (and for the render config's map),
 * exact versions otherwise. A name that npm would refuse or a version that is not semver is
 * reported as invalid and never looked up or turned into a command.
 */
export function checkDependencies(ir: SchemaIR, project: ProjectPackages): DependencyCheck[] {
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
    .map(([name, want]): DependencyCheck => {
      const invalid = invalidReason(name, want.required, want.isSemVer);
      if (invalid !== undefined) {
        const { required, reason } = want;
        return { name, required, reason, found: NOT_FOUND, ok: false, fix: undefined, invalid };
      }
      const found = installedPackage(project, name);
      const declaredRange =
        found.declared === undefined ? undefined : (semver.validRange(found.declared) ?? undefined);
      const version =
        found.installed ?? (declaredRange && semver.minVersion(declaredRange)?.version);
      const ok =
        version !== undefined &&
        semver.valid(version) !== null &&
        (want.isSemVer
          ? semver.satisfies(version, want.required, { includePrerelease: true })
          : version === want.required);
      const command = `npm install '${name}@${want.required}'`;
      const fix = ok
        ? undefined
        : version === undefined
          ? command
          : `${command}   (found ${version})`;
      return { name, required: want.required, reason: want.reason, found, ok, fix };
    });
}

/** Why a job's dependency cannot be checked, or undefined when its name and version are valid. */
function invalidReason(name: string, required: string, isSemVer: boolean): string | undefined {
  const validity = validateNpmPackageName(name);
  if (!validity.validForOldPackages) {
    return `${JSON.stringify(name)} is not an npm package name (${[...(validity.errors ?? [])].join('; ')})`;
  }
  const valid = isSemVer ? semver.validRange(required) !== null : semver.valid(required) !== null;
  // A range that semver accepts may still hold quotes or `$` it ignores; none belongs in a command.
  if (!valid || /['"`$\\;&]/.test(required)) {
    return `${JSON.stringify(name)} asks for ${JSON.stringify(required)}, which is not a valid semver ${isSemVer ? 'range' : 'version'}`;
  }
  return undefined;
}
