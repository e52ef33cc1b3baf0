#!/usr/bin/env node
// Packs every publishable package into .tmp/packs/ from a clean build (`pnpm build`'s two steps), so a tarball never carries
// a file that an earlier build left in dist (tsc -b does not delete outputs whose source is gone).
// `pnpm pack` rewrites `workspace:*` to the real versions, as `pnpm publish` does.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The published packages, in dependency order. */
export const PACKAGES = ['core', 'transform', 'fetch', 'emit', 'cli'];

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const packsDir = path.join(repoRoot, '.tmp', 'packs');

/** Builds from scratch and packs each package; returns the tarballs' absolute paths. */
export function packAll({ log = console.error } = {}) {
  for (const name of PACKAGES) {
    rmSync(path.join(repoRoot, 'packages', name, 'dist'), { recursive: true, force: true });
  }
  execFileSync('npx', ['tsc', '-b', 'tsconfig.build.json'], { cwd: repoRoot, stdio: 'inherit' });
  execFileSync(process.execPath, ['scripts/bundle.mjs'], { cwd: repoRoot, stdio: 'inherit' });
  rmSync(packsDir, { recursive: true, force: true });
  mkdirSync(packsDir, { recursive: true });
  for (const name of PACKAGES) {
    execFileSync('npx', ['-y', 'pnpm@12.4.2', 'pack', '--pack-destination', packsDir], {
      cwd: path.join(repoRoot, 'packages', name),
      stdio: 'pipe',
    });
  }
  const tarballs = readdirSync(packsDir)
    .filter((file) => file.endsWith('.tgz'))
    .sort()
    .map((file) => path.join(packsDir, file));
  for (const tarball of tarballs) log(path.relative(process.cwd(), tarball));
  return tarballs;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) packAll();
