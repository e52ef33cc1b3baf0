import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, tempProject, writeBlogJob } from './cli-harness.js';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((cleanup) => cleanup()));

/** A secret key in the environment that a hostile (or careless) job also carries in its id. */
const CANARY = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYCANARY01';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

describe('generated files', () => {
  it("never hold a credential of the process's environment, though the job carries it", async () => {
    const { dir, cleanup } = tempProject();
    cleanups.push(cleanup);
    const job = writeBlogJob(dir, (blog) => {
      (blog as unknown as { id: string }).id = `job-${CANARY}`;
    });
    const run = await runCli(['generate', '--job-file', job, '--json'], {
      cwd: dir,
      env: { AWS_SECRET_ACCESS_KEY: CANARY },
    });
    expect(run.code, run.stderr).toBe(0);
    const written = filesUnder(path.join(dir, 'src'));
    expect(written.length).toBeGreaterThan(3);
    for (const file of written) expect(readFileSync(file, 'utf8'), file).not.toContain(CANARY);
    // The banner still names the job, with the secret cut out.
    const api = readFileSync(path.join(dir, 'src/API.ts'), 'utf8');
    expect(api).toContain('job-');
    expect(run.stdout + run.stderr).not.toContain(CANARY);
  });
});
