#!/usr/bin/env node
// The second half of `pnpm build` (docs/decisions.md, "One bundle per package"): after `tsc -b`
// has type-checked and written the declarations, rolldown bundles each package's sources into a
// few ES modules in its dist, so that a run loads about twenty files instead of three hundred.
// Each package is bundled on its own: the other @uibuilder-codegen packages stay imports (one copy
// of each class in a process), and so does every third-party package except the small ones a
// run always loads (INLINED), whose many CommonJS modules were most of the start-up. Code a run
// reaches through `import()` stays in chunks of its own, loaded on first use as before.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { PACKAGES } from './pack-all.mjs';
import { writeBundle } from './bundle-output.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The third-party packages each package inlines: loaded by every run, small, and costly as
 * CommonJS (graphql-js's language modules alone were 120 ms of a 500 ms run). Everything else
 * stays a dependency, loaded from node_modules when a run needs it.
 */
export const INLINED = {
  core: [],
  transform: ['pluralize'],
  fetch: ['graphql'],
  emit: ['graphql'],
  cli: ['commander', 'picocolors'],
};

/**
 * Modules that are not public entry points but that tests, the bench or the docs script run in a
 * process of their own from dist; they stay at their tsc path.
 */
const INTERNAL_ENTRIES = {
  cli: ['output/output-transaction', 'api/collect-garbage', 'config/option-docs'],
  emit: ['graphql/appsync-schema/build-appsync-schema'],
};

/**
 * graphql-js 16 ships each module twice, CommonJS (`x.js`) and ESM (`x.mjs`); our sources import
 * the CommonJS paths (Node loads them faster than graphql-js's whole ESM index). Inlined, the ESM
 * copies are better: scope-hoisted and tree-shaken, with no CommonJS wrappers to run.
 */
const graphqlEsm = {
  name: 'graphql-esm',
  resolveId(id, importer) {
    const match = /^graphql\/(.+)\.js$/.exec(id);
    return match ? this.resolve(`graphql/${match[1]}.mjs`, importer) : null;
  },
};

/** `./dist/x/y.js` → `x/y` for every file the package.json points at (exports and bin). */
function entryNames(pkg) {
  const targets = [
    ...Object.values(pkg.exports ?? {}).map((target) => target.import ?? target),
    ...Object.values(pkg.bin ?? {}),
  ];
  return targets
    .filter((target) => /^\.\/dist\/.*\.js$/.test(target))
    .map((target) => target.slice('./dist/'.length, -'.js'.length));
}

/** The name of the npm package an absolute module path lies in, or undefined outside node_modules. */
export function packageOfModule(id) {
  const match = /.*\/node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id);
  return match?.[1];
}

/** Bundles one package (`core`, `cli`...) into its dist. */
async function bundlePackage(name) {
  const packageDir = path.join(repoRoot, 'packages', name);
  const pkg = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  // An internal entry whose module is gone (moved, or no longer needed) only warns: the test that
  // ran it from dist fails on its own, and the build stays usable meanwhile.
  const internal = (INTERNAL_ENTRIES[name] ?? []).filter((entry) => {
    if (existsSync(path.join(packageDir, 'src', `${entry}.ts`))) return true;
    console.error(`bundle: ${name} has no src/${entry}.ts; remove it from INTERNAL_ENTRIES`);
    return false;
  });
  const names = [...entryNames(pkg), ...internal];
  const input = Object.fromEntries(names.map((entry) => [entry, `src/${entry}.ts`]));
  const inlined = INLINED[name];
  const bundle = await rolldown({
    cwd: packageDir,
    input,
    platform: 'node',
    // A package's ESM build (`module`) where it has one: it tree-shakes, with no wrappers to run.
    resolve: { extensionAlias: { '.js': ['.ts', '.js'] }, mainFields: ['module', 'main'] },
    external: (id) => {
      if (id.startsWith('.') || path.isAbsolute(id) || id.startsWith('\0')) return false;
      return !inlined.includes(/^((?:@[^/]+\/)?[^/]+)/.exec(id)?.[1] ?? id);
    },
    plugins: [graphqlEsm],
    treeshake: true,
    logLevel: 'warn',
  });
  const { output } = await bundle.generate({
    dir: 'dist',
    format: 'esm',
    sourcemap: true,
    sourcemapExcludeSources: true,
    comments: { legal: true, annotation: false, jsdoc: false },
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    codeSplitting: {
      // One chunk per inlined package, so a package that only a lazy chunk imports (fetch's
      // graphql-js, for the model SDL) loads with it and not on every run.
      groups: [{ name: thirdPartyChunkName, test: /[\\/]node_modules[\\/]/ }],
    },
  });
  await bundle.close();
  return writeBundle({ packageDir, output, inlined, packageOfModule });
}

/** `third-party-graphql` for a module of graphql-js; `null` (no group) for our own modules. */
function thirdPartyChunkName(id) {
  const name = /.*[\\/]node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id)?.[1];
  return name === undefined ? null : `third-party-${name.replace(/[\\/@]/g, '-')}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const name of PACKAGES) {
    const files = await bundlePackage(name);
    console.error(`bundled ${name}: ${files} files`);
  }
}
