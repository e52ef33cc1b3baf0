#!/usr/bin/env node
// Checks every packed package the way the ecosystem will: publint (package.json against the
// files), @arethetypeswrong/cli (types resolve for ESM under node16 and bundler: the
// `esm-only` profile), and what those tools do not look at: the LICENSE is in the tarball, no
// test code is, every source map's sources are in the tarball too, every package the JavaScript
// imports is a declared dependency, and inlined third-party code comes with its licences.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { undeclaredImports } from './check-imports.mjs';
import { packAll, packsDir } from './pack-all.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const license = readFileSync(path.join(repoRoot, 'LICENSE'), 'utf8');

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? walk(file) : [file];
  });

/** What our own rules find wrong in one unpacked package (an empty list when nothing). */
function contentProblems(packageDir) {
  const problems = [];
  let licenseText = '';
  try {
    licenseText = readFileSync(path.join(packageDir, 'LICENSE'), 'utf8');
  } catch {
    // reported below
  }
  if (licenseText !== license) problems.push('LICENSE is missing or differs from the root LICENSE');
  const files = walk(packageDir);
  for (const file of files) {
    const relative = path.relative(packageDir, file);
    if (/\.test\.|(^|\/)test-support\//.test(relative)) problems.push(`test code: ${relative}`);
    if (!relative.endsWith('.map')) continue;
    const map = JSON.parse(readFileSync(file, 'utf8'));
    for (const source of map.sources ?? []) {
      const target = path.resolve(path.dirname(file), map.sourceRoot ?? '', source);
      if (!files.includes(target))
        problems.push(`${relative}: source ${source} is not in the package`);
    }
  }
  problems.push(...undeclaredImports(packageDir, files));
  const inlinesThirdParty = files.some((file) =>
    /\/dist\/chunks\/third-party-[^/]*\.js$/.test(file),
  );
  if (inlinesThirdParty && !files.includes(path.join(packageDir, 'dist/THIRD-PARTY-NOTICES.md')))
    problems.push('inlines third-party code without dist/THIRD-PARTY-NOTICES.md');
  return problems;
}

const tarballs = packAll();
let failed = false;
for (const tarball of tarballs) {
  const name = path.basename(tarball, '.tgz');
  console.log(`== ${name}`);
  const unpacked = path.join(packsDir, 'unpacked', name);
  mkdirSync(unpacked, { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', unpacked, '--strip-components=1']);
  const runs = [
    ['publint', ['run', tarball, '--strict']],
    ['attw', [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-emoji', '--no-color']],
  ];
  for (const [tool, args] of runs) {
    try {
      execFileSync('npx', ['--no-install', tool, ...args], { cwd: repoRoot, stdio: 'inherit' });
    } catch {
      failed = true;
      console.log(`${tool} failed for ${name}`);
    }
  }
  const problems = contentProblems(unpacked);
  for (const problem of problems) console.log(`problem: ${problem}`);
  if (problems.length > 0) failed = true;
}
if (failed) {
  console.log('check:packages failed');
  process.exit(1);
}
console.log(
  `check:packages: ${tarballs.length} packages pass publint, attw (esm-only) and content checks`,
);
