import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../cli-harness.js';
import {
  blogJob,
  compileStrict,
  configure,
  runHardened,
  scratchDir,
  snapshotTree,
  writeJob,
  type LooseJob,
} from './hardening-support.js';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

/** Code that, if it ever ran, would set a global and create a marker file. */
function payload(marker: string): string {
  const run = `globalThis.__pwned=1;import('node:fs').then(f=>f.writeFileSync(${JSON.stringify(marker)},''))`;
  return `x*/;${run};/* \n${run}// \u2028${run}// \`\${${run}}\` ';${run};' ";${run};"`;
}

/** Puts the payload into every slot that accepts free text, and hostile but valid names elsewhere. */
function hostileButValidJob(api: 'graphQL' | 'noApi' | 'dataStore', marker: string): LooseJob {
  const job = configure(blogJob(), api, 'js');
  job.id = payload(marker);
  job.renderConfig.react['dependencies'] = { [payload(marker)]: payload(marker) };
  job['dependencies'] = [
    { name: payload(marker), supportedVersion: '*', isSemVer: false, reason: payload(marker) },
  ];
  job.genericDataSchema.enums['PostStatus']?.values.push(
    'constructor',
    'toString',
    'A'.repeat(1_000),
  );
  const author = job.genericDataSchema.models['Author'] as { fields: Record<string, unknown> };
  author.fields['f' + 'x'.repeat(999)] = {
    dataType: 'String',
    dataTypeValue: 'String',
    required: false,
    readOnly: false,
    isArray: false,
  };
  if (api === 'graphQL') {
    const config = job.renderConfig.react.apiConfiguration['graphQLConfig'] as Record<
      string,
      string
    >;
    config['typesFilePath'] = `../A'P"I\`\${globalThis.__pwned=1}*/x`;
  }
  return job;
}

/** Every file under `dir` except the job, with its path relative to `outDir`. */
function writtenFiles(dir: string, outDir: string): { path: string; contents: string }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(
      (e) => e.isFile() && e.name !== 'codegen-job.json' && e.name !== '.uibuilder-codegen.json',
    )
    .map((e) => {
      const file = path.join(e.parentPath, e.name);
      return { path: path.relative(outDir, file), contents: readFileSync(file, 'utf8') };
    });
}

/** Imports every `.js` file in a fresh Node process; returns what the process saw. */
function importAll(dir: string, files: readonly string[]): { pwned: unknown; errors: string[] } {
  writeFileSync(path.join(dir, 'package.json'), '{"type":"module"}\n');
  symlinkSync(
    path.join(repoRoot, 'packages/emit/node_modules'),
    path.join(dir, 'node_modules'),
    'dir',
  );
  const script = `
    const errors = [];
    for (const file of ${JSON.stringify(files)}) {
      try { await import(new URL('file://' + file).href); } catch (e) { errors.push(file + ': ' + e.message); }
    }
    await new Promise((r) => setTimeout(r, 200));
    console.log(JSON.stringify({ pwned: globalThis.__pwned ?? null, errors }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: dir,
    encoding: 'utf8',
  });
  return JSON.parse(child.stdout) as { pwned: unknown; errors: string[] };
}

describe('hostile names and values through the CLI', () => {
  it('a name that would break out of a comment or string is refused: exit 3, nothing written', async () => {
    const dir = scratchDir(cleanups);
    const job = blogJob();
    job.genericDataSchema.models['Ab*/globalThis.__pwned=1;/*'] = { fields: {} };
    job.genericDataSchema.enums['PostStatus']?.values.push('A`${x}`');
    const jobFile = writeJob(dir, job);
    const before = snapshotTree(dir);
    const run = await runHardened(['generate', '--job-file', jobFile, '--verbose'], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('[InvalidName]');
    expect(run.stderr).toContain('[InvalidEnumValue]');
    expect(run.stderr).toContain('nothing was written');
    expect(snapshotTree(dir)).toEqual(before);
  });

  it.each(['graphQL', 'noApi', 'dataStore'] as const)(
    '%s, script js: free text becomes inert, the output compiles and importing it runs nothing',
    async (api) => {
      const dir = scratchDir(cleanups);
      const marker = path.join(dir, 'PWNED');
      const jobFile = writeJob(dir, hostileButValidJob(api, marker));
      const run = await runHardened(['generate', '--job-file', jobFile, '--verbose'], { cwd: dir });
      expect(run.stderr).not.toContain('Error');
      expect(run.code).toBe(0);
      const outDir = path.join(dir, 'src/ui-components');
      const files = writtenFiles(dir, outDir);
      expect(files.some((f) => f.path.endsWith('.js'))).toBe(true);
      expect(compileStrict(files.filter((f) => f.path.endsWith('.d.ts')))).toEqual([]);
      const scripts = files
        .filter((f) => f.path.endsWith('.js'))
        .map((f) => path.resolve(outDir, f.path));
      const seen = importAll(dir, scripts);
      // The DataStore index imports '@aws-amplify/datastore' (which needs a browser) and './schema'
      // without an extension (a bundler resolves it); every other module must load in plain Node.
      // Every module loads in plain Node (the DataStore one with @aws-amplify/datastore).
      expect(seen.errors).toEqual([]);
      expect(seen.pwned).toBeNull();
      expect(existsSync(marker)).toBe(false);
    },
  );
});
