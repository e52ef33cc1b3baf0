// The runtime imports of one unpacked package (check-packages.mjs): every package its shipped
// JavaScript imports or requires by name must be a declared dependency, since the bundles
// (scripts/bundle.mjs) inline some third-party code and leave the rest to node_modules.
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { parseAst } from 'rolldown/parseAst';

/** The literal specifiers of a module's imports, re-exports, `import()`s and `require()`s. */
function specifiers(file) {
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const literal = (value) => value?.type === 'Literal' && typeof value.value === 'string';
    if (/^(Import|ExportNamed|ExportAll)Declaration$/.test(node.type) && literal(node.source))
      found.push(node.source.value);
    if (node.type === 'ImportExpression' && literal(node.source)) found.push(node.source.value);
    const [first] = node.arguments ?? [];
    // `require(x)` and `createRequire(import.meta.url)(x)`
    const callee = node.callee?.type === 'CallExpression' ? node.callee.callee : node.callee;
    const requires = callee?.name === 'require' || callee?.name === 'createRequire';
    if (node.type === 'CallExpression' && requires && literal(first)) found.push(first.value);
    Object.values(node).forEach(visit);
  };
  visit(parseAst(readFileSync(file, 'utf8'), { sourceType: 'module' }));
  return found;
}

/** The package a bare specifier names (`graphql/utilities/x.js` → `graphql`), or undefined. */
function packageName(specifier) {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:'))
    return undefined;
  const name = /^(@[^/]+\/[^/]+|[^/]+)/.exec(specifier)?.[1];
  return builtinModules.includes(name) ? undefined : name;
}

/** `package name: file` for each runtime import in `files` that the package does not declare. */
export function undeclaredImports(packageDir, files) {
  const pkg = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
  const declared = new Set([
    pkg.name,
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    ...Object.keys(pkg.optionalDependencies ?? {}),
  ]);
  const problems = [];
  for (const file of files.filter((name) => name.endsWith('.js'))) {
    for (const specifier of specifiers(file)) {
      const name = packageName(specifier);
      if (name !== undefined && !declared.has(name))
        problems.push(`undeclared import ${name}: ${path.relative(packageDir, file)}`);
    }
  }
  return [...new Set(problems)];
}
