import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const generated = path.join(projectDir, 'generated');

function build(...args: string[]): { code: number; stderr: string } {
  try {
    execFileSync(process.execPath, ['scripts/build.mjs', ...args], {
      cwd: projectDir,
      stdio: 'pipe',
    });
    return { code: 0, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stderr: Buffer; stdout: Buffer };
    return { code: e.status, stderr: e.stderr.toString() + e.stdout.toString() };
  }
}

describe('a build that calls generate() before tsc', () => {
  afterAll(() => rmSync(generated, { recursive: true, force: true }));

  it('generates from its config file, then type-checks the app against the output', () => {
    rmSync(generated, { recursive: true, force: true });
    expect(build()).toEqual({ code: 0, stderr: '' });
    expect(existsSync(path.join(generated, 'API.ts'))).toBe(true);
    expect(existsSync(path.join(generated, 'graphql/queries.ts'))).toBe(true);
    expect(build('--check').code).toBe(0);
  });

  it('fails the build when the app uses the API wrongly', () => {
    const app = path.join(projectDir, 'src/recent-posts.ts');
    const original = readFileSync(app, 'utf8');
    try {
      writeFileSync(app, original.replace('limit: 20', "limit: 'twenty'"));
      const run = build();
      expect(run.code).not.toBe(0);
      expect(run.stderr).toContain('recent-posts.ts');
    } finally {
      writeFileSync(app, original);
    }
  });
});
