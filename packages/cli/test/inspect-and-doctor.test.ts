import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { blogJobPath, repoRoot, runCli, tempProject } from './cli-harness.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('inspect', () => {
  it('summarises models, keys, relations and operations on stdout', async () => {
    const run = await runCli(['inspect', '--job-file', blogJobPath], { cwd: repoRoot });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('tags: manyToMany Tag through PostTags');
    expect(run.stdout).toContain('index queries: commentsByPostID');
    expect(run.stdout).toContain('PostStatus: DRAFT | PUBLISHED | ARCHIVED');
  });

  it('--json gives the same summary as JSON', async () => {
    const run = await runCli(['inspect', '--job-file', blogJobPath, '--json'], { cwd: repoRoot });
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { ok: boolean; models: { name: string }[] };
    expect(summary.ok).toBe(true);
    expect(summary.models.map((m) => m.name)).toEqual([
      'Author',
      'AuthorProfile',
      'Post',
      'Comment',
      'Tag',
      'PostTags',
    ]);
  });

  it('lists the names the job cannot confirm, in text and in --json', async () => {
    const job = path.join(repoRoot, 'fixtures/real/index-sort-key/codegen-job.json');
    const text = await runCli(['inspect', '--job-file', job], { cwd: repoRoot });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('Assumed names (34;');
    expect(text.stdout).toContain(
      '    commentsByPostID (Comment)\n    ordersByCustomerID (Order)\n',
    );
    expect(text.stdout).toContain('warning [AssumedNames]');
    const json = await runCli(['inspect', '--job-file', job, '--json'], { cwd: repoRoot });
    const summary = JSON.parse(json.stdout) as {
      assumptions: { kind: string; model: string; fieldName: string }[];
    };
    expect(summary.assumptions.filter((a) => a.kind === 'indexQuery')).toEqual([
      { kind: 'indexQuery', model: 'Comment', fieldName: 'commentsByPostID' },
      { kind: 'indexQuery', model: 'Order', fieldName: 'ordersByCustomerID' },
    ]);
    expect(summary.assumptions).toHaveLength(34);
  });

  it('prints every diagnostic of a broken job and exits 3', async () => {
    const job = path.join(repoRoot, 'fixtures/corpus/mock-schemas__schemaWithAssumptions.json');
    const run = await runCli(['inspect', '--job-file', job], { cwd: repoRoot });
    expect(run.code).toBe(3);
    expect(run.stdout).toContain('DanglingModelReference');
    expect(run.stdout).toContain(
      '/genericDataSchema/models/User/fields/friends/relationship/relatedModelName',
    );
  });

  it('prints the diagnostics in the layout generate prints them in', async () => {
    const job = path.join(repoRoot, 'fixtures/corpus/mock-schemas__schemaWithAssumptions.json');
    const { dir, cleanup } = tempProject();
    cleanups.push(cleanup);
    const inspect = await runCli(['inspect', '--job-file', job], { cwd: dir });
    const generate = await runCli(['generate', '--job-file', job, '--dry-run'], { cwd: dir });
    expect(generate.code).toBe(3);
    const diagnostics = generate.stderr.slice(0, generate.stderr.indexOf('[SchemaError]'));
    expect(diagnostics).toMatch(
      /^error \[DanglingModelReference\] .*\n {2}at \/genericDataSchema\//m,
    );
    // inspect lists the same diagnostics, in the same order and lines, under its counts.
    expect(inspect.stdout).toContain(diagnostics.trimEnd().replace(/^/gm, '  ') + '\n');
  });
});

describe('doctor', () => {
  function projectWith(
    dependencies: Record<string, string>,
    installed: Record<string, string>,
  ): string {
    const { dir, cleanup } = tempProject();
    cleanups.push(cleanup);
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'app', dependencies }));
    for (const [name, version] of Object.entries(installed)) {
      mkdirSync(path.join(dir, 'node_modules', name), { recursive: true });
      writeFileSync(
        path.join(dir, 'node_modules', name, 'package.json'),
        JSON.stringify({ name, version }),
      );
    }
    return dir;
  }

  it('passes when every dependency is installed in a supported version', async () => {
    const dir = projectWith(
      { 'aws-amplify': '^6.5.0', '@aws-amplify/ui-react': '^6.1.0' },
      { 'aws-amplify': '6.5.1', '@aws-amplify/ui-react': '6.1.2' },
    );
    const run = await runCli(['doctor', '--job-file', blogJobPath], { cwd: dir });
    expect(run.stdout).toContain('ok');
    expect(run.code).toBe(0);
  });

  it('says what to install when a dependency is missing or too old (exit 1)', async () => {
    const dir = projectWith({ 'aws-amplify': '^5.0.0' }, { 'aws-amplify': '5.3.0' });
    const run = await runCli(['doctor', '--job-file', blogJobPath], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("npm install 'aws-amplify@^6.0.0'   (found 5.3.0)");
    expect(run.stdout).toContain("npm install '@aws-amplify/ui-react@^6.0.0'");
  });

  it('reads the version from package-lock.json when there is one', async () => {
    const dir = projectWith({ 'aws-amplify': '^6.0.0', '@aws-amplify/ui-react': '^6.0.0' }, {});
    writeFileSync(
      path.join(dir, 'package-lock.json'),
      JSON.stringify({
        packages: {
          'node_modules/aws-amplify': { version: '6.2.0' },
          'node_modules/@aws-amplify/ui-react': { version: '5.9.0' },
        },
      }),
    );
    const run = await runCli(['doctor', '--job-file', blogJobPath, '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    const checks = JSON.parse(run.stdout) as {
      name: string;
      ok: boolean;
      found: { source: string };
    }[];
    expect(checks.map((c) => [c.name, c.ok, c.found.source])).toEqual([
      ['@aws-amplify/ui-react', false, 'package-lock.json'],
      ['aws-amplify', true, 'package-lock.json'],
    ]);
  });
});
