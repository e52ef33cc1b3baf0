import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { blogJobPath, repoRoot, tempProject } from './cli-harness.js';

// How users really run it, as the README's "Use it" shows until the first release: the packed
// tarballs (what `pnpm pack:all` writes) installed together into an empty npm project, nothing
// from the workspace on the path.
describe('the packed packages', () => {
  const work = tempProject('uibuilder-pack-');
  afterAll(work.cleanup);

  it('install into an empty npm project and generate with npx', () => {
    const tarballs = path.join(work.dir, 'tarballs');
    // One pnpm for the five packages (`pnpm -r pack`), not one each: each start of npx and pnpm
    // costs about a second of CPU.
    const filters = ['core', 'transform', 'fetch', 'emit', 'cli'].flatMap((pkg) => [
      '--filter',
      `./packages/${pkg}`,
    ]);
    execFileSync(
      'npx',
      ['-y', 'pnpm@12.4.2', '-r', ...filters, 'pack', '--pack-destination', tarballs],
      {
        cwd: repoRoot,
        stdio: 'pipe',
      },
    );
    const packed = readdirSync(tarballs).map((name) => path.join(tarballs, name));
    expect(packed).toHaveLength(5);
    const app = path.join(work.dir, 'app');
    execFileSync('mkdir', ['-p', app]);
    writeFileSync(
      path.join(app, 'package.json'),
      JSON.stringify({ name: 'app', private: true, type: 'module' }),
    );
    execFileSync(
      'npm',
      ['install', '--save-dev', '--no-audit', '--no-fund', '--loglevel=error', ...packed],
      {
        cwd: app,
        stdio: 'pipe',
      },
    );
    writeFileSync(path.join(app, 'codegen-job.json'), readFileSync(blogJobPath));
    const output = execFileSync(
      'npx',
      [
        'uibuilder-codegen',
        'generate',
        '--job-file',
        'codegen-job.json',
        '--out',
        'src/ui-components',
      ],
      {
        cwd: app,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, NO_COLOR: '1' },
      },
    );
    expect(output).toBe('');
    const installed = path.join(app, 'node_modules', 'uibuilder-codegen');
    expect(readFileSync(path.join(installed, 'LICENSE'), 'utf8')).toContain('Apache License');
    const api = readFileSync(path.join(app, 'src/API.ts'), 'utf8');
    expect(api).toContain('export type Post = {');
    const queries = readFileSync(path.join(app, 'src/graphql/queries.ts'), 'utf8');
    expect(queries).toContain('export const getPost = /* GraphQL */');
    // The bundler plugin's subpath export resolves in a real install, with its dependencies.
    const plugin = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "import { uibuilderCodegen } from 'uibuilder-codegen/plugin'; console.log(typeof uibuilderCodegen.vite, typeof uibuilderCodegen.webpack)",
      ],
      { cwd: app, encoding: 'utf8' },
    );
    expect(plugin.trim()).toBe('function function');
  }, 600_000);
});
