import { execFileSync } from 'node:child_process';
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

describe('lazy loading', () => {
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
