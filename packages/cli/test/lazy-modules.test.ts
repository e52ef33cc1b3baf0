import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { blogJobPath, repoRoot } from './cli-harness.js';

// Start-up time matters for small jobs: the heavy modules load only when a job needs them.
function loadedAfterGenerate(job: string): string[] {
  const script = `
    import { createRequire } from 'node:module';
    import { generate } from 'uibuilder-codegen';
    await generate({ job: { file: ${JSON.stringify(job)} }, mode: 'dry-run', cwd: process.argv[1] });
    const cache = Object.keys(createRequire(import.meta.url).cache);
    console.log(JSON.stringify(['ts-morph', '@aws-sdk'].filter((name) => cache.some((k) => k.includes('/' + name + '/')))));
  `;
  const cwd = path.join(repoRoot, 'packages/cli');
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', script, cwd], {
    cwd,
    encoding: 'utf8',
  });
  return JSON.parse(out.trim().split('\n').pop() ?? '[]') as string[];
}

/** A module hook that prints the URL of every module loaded through `import`, on stderr. */
const HOOKS = `data:text/javascript,${encodeURIComponent(
  "import { writeSync } from 'node:fs'; export async function load(url, context, next) { writeSync(2, 'loaded ' + url + '\\n'); return next(url, context); }",
)}`;
const PRELOAD = `data:text/javascript,${encodeURIComponent(
  `import { register } from 'node:module'; register(${JSON.stringify(HOOKS)});`,
)}`;

/**
 * The module paths among `paths` (`prettier/doc.mjs`, `graphql/`...) that the CLI loads from
 * node_modules (imported or required) generating the blog example into a fresh directory with no
 * prettier config, as a first run; and the text of the files it loads from our packages' dist.
 */
function loadedByCli(paths: readonly string[]): {
  paths: string[];
  ownCode: string;
  fetchCode: string;
  builtins: string[];
} {
  const root = mkdtempSync(path.join(tmpdir(), 'uibuilder-lazy-'));
  try {
    copyFileSync(blogJobPath, path.join(root, 'codegen-job.json'));
    const script = `
      import { createRequire } from 'node:module';
      process.argv.splice(1, 0, 'uibuilder-codegen');
      process.on('exit', () => {
        for (const file of Object.keys(createRequire(import.meta.url).cache)) console.error('required ' + file);
        for (const entry of process.moduleLoadList) console.error('builtin ' + entry);
      });
      await import(${JSON.stringify(path.join(repoRoot, 'packages/cli/dist/bin.js'))});
    `;
    const args = ['generate', '--job-file', 'codegen-job.json', '--root', '.', '--silent'];
    const result = spawnSync(
      process.execPath,
      ['--import', PRELOAD, '--input-type=module', '-e', script, ...args],
      { cwd: root, encoding: 'utf8' },
    );
    expect(result.status, result.stderr).toBe(0);
    const lines = result.stderr.split('\n');
    const own = lines
      .map((line) => /^loaded (file:\/\/.*\/packages\/[a-z]+\/dist\/.*\.js)$/.exec(line)?.[1])
      .filter((url) => url !== undefined);
    return {
      paths: paths.filter((name) => lines.some((line) => line.includes(`/node_modules/${name}`))),
      ownCode: own.map((url) => readFileSync(new URL(url), 'utf8')).join('\n'),
      fetchCode: own
        .filter((url) => url.includes('/packages/fetch/dist/'))
        .map((url) => readFileSync(new URL(url), 'utf8'))
        .join('\n'),
      builtins: lines.flatMap((line) => /^builtin NativeModule (\S+)$/.exec(line)?.[1] ?? []),
    };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('lazy loading', () => {
  it('the blog example in a project without a prettier config loads none of the modules it does not use', () => {
    // Emit lays out text with prettier's document printer (one file, not prettier itself), which
    // shows that loads are seen at all. graphql-js's language modules are inlined in our bundles
    // (scripts/bundle.mjs), so nothing of graphql-js loads from node_modules.
    const names = ['prettier/doc.mjs', 'prettier/index', 'prettier/plugins', 'graphql/', 'semver/'];
    // jsonc-parser locates a syntax error in a job that JSON.parse rejected: none here.
    names.push('jsonc-parser/');
    const loaded = loadedByCli([...names, 'diff/', 'ts-morph/']);
    expect(loaded.paths).toEqual(['prettier/doc.mjs']);
    // Inlining takes only what the run imports: not graphql-js's type system or its utilities.
    expect(loaded.ownCode).toContain('function parse(');
    expect(loaded.ownCode).not.toMatch(/class GraphQLSchema|function buildClientSchema/);
    // fetch parses GraphQL only for the model SDL (--model-schema): its copy of the parser stays
    // in a chunk of its own, loaded with the readers, not on a run from a job file.
    expect(loaded.fetchCode).toContain('function readJobFile(');
    expect(loaded.fetchCode).not.toMatch(/class Parser|Syntax Error: /);
    // Builtin modules cost start-up too: V8's flags and a new context only for a collection,
    // which a run this small never asks for (commands/expose-gc.ts).
    expect(loaded.builtins).toContain('fs');
    expect(loaded.builtins).not.toContain('v8');
    expect(loaded.builtins).not.toContain('vm');
  });

  it('a GraphQL tsx job from a file loads neither ts-morph nor the AWS SDK', () => {
    expect(loadedAfterGenerate(blogJobPath)).toEqual([]);
  });

  it('a GraphQL js job with declarations writes them without ts-morph', () => {
    const job = path.join(repoRoot, 'examples/blog/variants/graphql-js-dts/codegen-job.json');
    expect(loadedAfterGenerate(job)).toEqual([]);
  });

  it('a model-interfaces js job with declarations does load ts-morph (the check can fail)', () => {
    const job = path.join(repoRoot, 'examples/blog/variants/models-js-dts/codegen-job.json');
    expect(loadedAfterGenerate(job)).toEqual(['ts-morph']);
  });
});
