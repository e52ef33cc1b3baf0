// Writes one package's bundle (scripts/bundle.mjs) into its dist: the JavaScript and source maps
// of our own code, the inlined third-party code without source maps (its sources are not
// shipped), and the licences of that third-party code in dist/THIRD-PARTY-NOTICES.md. The
// JavaScript of an earlier build goes first, so dist never keeps a module nothing imports; tsc's
// declarations stay, but for those of modules whose source is gone.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SOURCE_MAP_COMMENT = /\n\/\/# sourceMappingURL=.*\n?$/;
const LICENSE_FILES = ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'license', 'license.md'];

/** Removes the JavaScript (and its maps) an earlier build left in `dir`. */
function removeJavaScript(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) removeJavaScript(file);
    else if (/\.js(\.map)?$/.test(entry.name)) rmSync(file);
  }
}

/**
 * Removes the declarations in `dir` whose source in `src` is gone: `tsc -b` writes a module's
 * `.d.ts` but never deletes one, so a renamed or deleted module would otherwise stay in dist and
 * be packed.
 */
function removeStaleDeclarations(dir, src) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) removeStaleDeclarations(file, path.join(src, entry.name));
    const stem = /^(.*)\.d\.ts(\.map)?$/.exec(entry.name)?.[1];
    if (stem !== undefined && !existsSync(path.join(src, `${stem}.ts`))) rmSync(file);
  }
}

/** The directory of the npm package `name` that the module at `id` lies in. */
function packageDirOf(id, name) {
  const marker = `/node_modules/${name}/`;
  return id.slice(0, id.lastIndexOf(marker) + marker.length - 1);
}

/** One notice: the package, its version and licence, and its licence text. */
function notice(dir) {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  const file = LICENSE_FILES.find((name) => existsSync(path.join(dir, name)));
  if (file === undefined) throw new Error(`${pkg.name} has no licence file to ship`);
  const text = readFileSync(path.join(dir, file), 'utf8').trim();
  return `## ${pkg.name} ${pkg.version} (${pkg.license})\n\n\`\`\`\n${text}\n\`\`\`\n`;
}

/**
 * Writes `output` (rolldown's) into `packageDir`/dist; returns how many files it wrote. Throws
 * when our own code's source map names a file outside the package's src, or when a package in
 * `inlined` did not end up in the bundle (the list would be out of date).
 */
export function writeBundle({ packageDir, output, inlined, packageOfModule }) {
  const dist = path.join(packageDir, 'dist');
  removeJavaScript(dist);
  removeStaleDeclarations(dist, path.join(packageDir, 'src'));
  const thirdParty = new Map();
  let written = 0;
  for (const file of output) {
    const target = path.join(dist, file.fileName);
    mkdirSync(path.dirname(target), { recursive: true });
    if (file.type === 'asset') {
      if (file.fileName.endsWith('.map')) continue;
      throw new Error(`unexpected asset ${file.fileName}`);
    }
    const ids = file.moduleIds.filter((id) => !id.startsWith('\0'));
    const owners = ids.map(packageOfModule);
    for (const [index, owner] of owners.entries()) {
      if (owner !== undefined) thirdParty.set(owner, packageDirOf(ids[index], owner));
    }
    if (owners.every((owner) => owner !== undefined)) {
      writeFileSync(target, file.code.replace(SOURCE_MAP_COMMENT, '\n'));
      written += 1;
      continue;
    }
    if (owners.some((owner) => owner !== undefined))
      throw new Error(`${file.fileName} mixes our code with third-party code`);
    const map = file.map;
    for (const source of map.sources) {
      const resolved = path.resolve(path.dirname(target), source);
      if (!resolved.startsWith(path.join(packageDir, 'src') + path.sep))
        throw new Error(`${file.fileName}.map names ${source}, which is not shipped`);
    }
    writeFileSync(target, file.code);
    writeFileSync(`${target}.map`, map.toString());
    written += 2;
  }
  const missing = inlined.filter((name) => !thirdParty.has(name));
  if (missing.length > 0) throw new Error(`not inlined, though listed: ${missing.join(', ')}`);
  const notices = path.join(dist, 'THIRD-PARTY-NOTICES.md');
  rmSync(notices, { force: true });
  if (thirdParty.size > 0) {
    const names = [...thirdParty.keys()].sort();
    const header = `# Third-party notices\n\nThis package's dist inlines the following packages (scripts/bundle.mjs).\n`;
    writeFileSync(
      notices,
      [header, ...names.map((name) => notice(thirdParty.get(name)))].join('\n'),
    );
    written += 1;
  }
  return written;
}
