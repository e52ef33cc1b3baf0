import { readdirSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli, tempProject, writeBlogJob } from './cli-harness.js';

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function project() {
  const p = tempProject();
  cleanups.push(p.cleanup);
  return p.dir;
}
const noApi = (job: {
  renderConfig: { react: { apiConfiguration?: Record<string, unknown> } };
}) => {
  job.renderConfig.react.apiConfiguration = { noApiConfig: {} };
};

describe('exit codes and error messages', () => {
  it('exits 2 on an unknown flag, with a suggestion', async () => {
    const run = await runCli(['generate', '--max-dept', '3'], { cwd: project() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-depth');
  });

  it('exits 2 when no job is given', async () => {
    const run = await runCli(['generate'], { cwd: project() });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('[UsageError] No job given');
    expect(run.stderr).toContain('Resolution:');
  });

  it('exits 3 on malformed JSON, naming the line and column', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'job.json'), '{\n  "job": {\n    "id": "x",,\n  }\n}\n');
    const run = await runCli(['generate', '--job-file', 'job.json'], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(/job\.json:3:\d+/);
    expect(run.stderr).not.toMatch(/\n\s+at .*\.js:\d+/);
  });

  it('exits 3 on a dangling reference, with its JSON pointer, and writes nothing', async () => {
    const dir = project();
    const job = writeBlogJob(dir, (j) => {
      const comment = j.genericDataSchema.models['Comment'];
      if (!comment) throw new Error('blog job has no Comment');
      comment.fields['post'] = {
        dataType: 'Model',
        dataTypeValue: 'Pots',
        required: false,
        readOnly: false,
        isArray: false,
        relationship: {
          type: 'BELONGS_TO',
          relatedModelName: 'Pots',
          associatedFields: ['postID'],
        },
      };
    });
    const run = await runCli(['generate', '--job-file', job], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('/genericDataSchema/models/Comment/fields/post');
    expect(readdirSync(dir)).toEqual(['codegen-job.json']);
  });

  it('exits 4 when AWS cannot be reached', async () => {
    const run = await runCli(
      [
        'generate',
        '--app-id',
        'a',
        '--environment',
        'e',
        '--job-id',
        'j',
        '--region',
        'us-east-1',
        '--endpoint',
        'http://127.0.0.1:9',
      ],
      {
        cwd: project(),
        env: {
          AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
          AWS_SECRET_ACCESS_KEY: 'secret-value-never-printed',
        },
      },
    );
    expect(run.code).toBe(4);
    expect(run.stderr).toContain('[ServiceError]');
    expect(run.stderr).not.toContain('secret-value-never-printed');
  });
});

describe('the config file', () => {
  it('is found from the cwd, resolves paths against its own directory, and flags override it', async () => {
    const dir = project();
    writeBlogJob(dir, noApi);
    writeFileSync(
      path.join(dir, 'uibuilder-codegen.config.mjs'),
      "export default { job: { file: './codegen-job.json' }, outDir: 'app/components' };\n",
    );
    const nested = path.join(dir, 'deep/inside');
    mkdirSync(nested, { recursive: true });
    mkdirSync(path.join(dir, '.git'));
    const fromConfig = await runCli(['generate'], { cwd: nested });
    expect(fromConfig.code).toBe(0);
    expect(existsSync(path.join(dir, 'app/models/index.ts'))).toBe(true);
    const overridden = await runCli(['generate', '--out', 'ui'], { cwd: dir });
    expect(overridden.code).toBe(0);
    expect(existsSync(path.join(dir, 'models/index.ts'))).toBe(true);
  });

  it('loads a TypeScript config with defineConfig', async () => {
    const dir = project();
    writeBlogJob(dir, noApi);
    writeFileSync(
      path.join(dir, 'uibuilder-codegen.config.ts'),
      "const outDir: string = 'web/components';\nexport default { job: { file: 'codegen-job.json' }, outDir };\n",
    );
    const run = await runCli(['generate'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(existsSync(path.join(dir, 'web/models/index.ts'))).toBe(true);
  });

  it('rejects an unknown key with a "did you mean" hint (exit 2)', async () => {
    const dir = project();
    writeFileSync(path.join(dir, 'uibuilder-codegen.config.json'), JSON.stringify({ outdir: 'x' }));
    const run = await runCli(['generate'], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown key "outdir"');
    expect(run.stderr).toContain('Did you mean "outDir"?');
  });
});
