// The build: generate the API code from the codegen job through the library, with the config file
// (uibuilder-codegen.config.ts beside package.json), then type-check the app with tsc.
// `--check` makes the generation step fail on drift instead of writing.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from 'uibuilder-codegen';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const check = process.argv.includes('--check');

const result = await generate({
  cwd: projectDir,
  config: 'uibuilder-codegen.config.ts',
  mode: check ? 'check' : 'write',
});
const changed = result.files.filter((f) => f.status !== 'unchanged');
console.error(`generate: ${result.files.length} files, ${changed.length} changed`);
if (check && result.changed) {
  console.error(changed.map((f) => `  out of date: ${f.path}`).join('\n'));
  process.exit(1);
}

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', projectDir], { stdio: 'inherit' });
console.error('tsc: ok');
