import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LocalServer } from '@uibuilder-codegen/fetch/local-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli, tempProject } from './cli-harness.js';
import {
  blogJobWithId,
  CREDENTIALS,
  generateComponents,
  generateComponentsInProcess,
  SAMPLE_COMPONENTS,
  serverArgs,
  startAssetServer,
  tree,
  zipOf,
} from './components-support.js';

const assets = new Map<string, Uint8Array>();
const cleanups: (() => void)[] = [];
let server: LocalServer;

function project(): string {
  const { dir, cleanup } = tempProject('uibuilder-components-');
  cleanups.push(cleanup);
  return dir;
}

beforeAll(async () => {
  // For the library's runs in this process; the CLI's runs get them in their own environment.
  for (const [name, value] of Object.entries(CREDENTIALS)) vi.stubEnv(name, value);
  const ids = ['happy', 'stale', 'preview', 'existing', 'clash', 'file', 'manifest', 'failed'];
  const files = Object.keys(SAMPLE_COMPONENTS).map((name, index) => [name, `file-${index}`]);
  ids.push(...files.map(([, id]) => id ?? ''));
  for (const id of ids) assets.set(id, zipOf(SAMPLE_COMPONENTS));
  const jobs = ids.map((id) =>
    blogJobWithId(id, (job) => {
      // A render config that points the queries file into --out, under a component's name.
      if (id === 'clash') {
        const react = (
          job.renderConfig as {
            react: { apiConfiguration: { graphQLConfig: Record<string, string> } };
          }
        ).react;
        react.apiConfiguration.graphQLConfig['queriesFilePath'] = 'Utils';
        assets.set(id, zipOf({ ...SAMPLE_COMPONENTS, 'utils.ts': 'export {};\n' }));
      }
    }),
  );
  server = await startAssetServer(jobs, assets);
  // AWS's own shape: the asset URL serves a JSON manifest of presigned URLs, one per file.
  const urlOf = (id: string) =>
    `${server.url}/assets/d1blogexample/dev/${id}.zip?X-Amz-Signature=${'e'.repeat(64)}`;
  const output = files.map(([fileName = '', id = '']) => {
    assets.set(id, Buffer.from(SAMPLE_COMPONENTS[fileName] ?? ''));
    return { fileName, schemaName: fileName.split('.')[0], downloadUrl: urlOf(id) };
  });
  assets.set('manifest', Buffer.from(JSON.stringify({ Output: output })));
  const failed = [
    ...output,
    { fileName: 'Broken.jsx', schemaName: 'Broken', error: 'Unsupported binding' },
  ];
  assets.set('failed', Buffer.from(JSON.stringify({ Output: failed })));
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
  cleanups.forEach((cleanup) => cleanup());
});

// Each test has its own job (and asset): they run side by side to keep the file fast. What the
// CLI adds (flags, reports, exit codes) runs the CLI; runs that only set a test up, and what is
// the library's alone (unpacking, refusing a clash), run the library in this process.
describe.concurrent(
  'generate --components (a local AmplifyUIBuilder server serving the asset)',
  () => {
    it('unpacks the components into --out beside our files, records them, and is idempotent', async () => {
      const dir = project();
      const run = await generateComponents(server, 'happy', dir);
      expect(run.stderr).not.toContain('Error');
      expect(run.code).toBe(0);
      const files = tree(dir);
      for (const [name, contents] of Object.entries(SAMPLE_COMPONENTS))
        expect(files[`src/ui-components/${name}`]).toBe(contents);
      expect(Object.keys(files).sort()).toEqual(
        [
          ...Object.keys(SAMPLE_COMPONENTS).map((name) => `src/ui-components/${name}`),
          'src/ui-components/.uibuilder-codegen.json',
          'src/API.ts',
          'src/graphql/queries.ts',
          'src/graphql/mutations.ts',
          'src/graphql/subscriptions.ts',
          'src/graphql/fragments.ts',
        ].sort(),
      );
      const manifest = JSON.parse(files['src/ui-components/.uibuilder-codegen.json'] ?? '{}') as {
        files: Record<string, string>;
      };
      expect(Object.keys(manifest.files)).toEqual(
        expect.arrayContaining(Object.keys(SAMPLE_COMPONENTS)),
      );
      // The asset GET is unsigned: the URL is presigned.
      const get = server.requests.find((r) => r.operation === 'GetAsset' && r.jobId === 'happy');
      expect(get).toMatchObject({ signed: false, status: 200 });
      expect(run.stderr + run.stdout).not.toContain('X-Amz-Signature=f');

      const again = await generateComponents(server, 'happy', dir, ['--check']);
      expect(again.code).toBe(0);
      expect(tree(dir)).toEqual(files);
    });

    it('removes a component the asset no longer holds, and refuses a hand-edited one without --force', async () => {
      const dir = project();
      expect((await generateComponentsInProcess(server, 'stale', dir)).code).toBe(0);
      const { ['utils.js']: _dropped, ...rest } = SAMPLE_COMPONENTS;
      assets.set('stale', zipOf({ ...rest, 'index.js': `${rest['index.js'] ?? ''}// v2\n` }));
      const edited = path.join(dir, 'src/ui-components/index.js');
      writeFileSync(edited, 'hand edit\n');
      const before = tree(dir);
      const refused = await generateComponents(server, 'stale', dir);
      expect(refused.code).toBe(5);
      expect(refused.stderr).toContain('index.js');
      expect(tree(dir)).toEqual(before);

      const check = await generateComponents(server, 'stale', dir, ['--check']);
      expect(check.code).toBe(1);
      expect(check.stderr).toContain('src/ui-components/utils.js');

      const forced = await generateComponents(server, 'stale', dir, ['--force']);
      expect(forced.code).toBe(0);
      const after = tree(dir);
      expect(after['src/ui-components/utils.js']).toBeUndefined();
      expect(after['src/ui-components/index.js']).toContain('// v2');
    });

    it('--dry-run, --print and --json cover the components and write nothing', async () => {
      const dir = project();
      const dry = await generateComponents(server, 'preview', dir, ['--dry-run']);
      expect(dry.code).toBe(0);
      expect(dry.stderr).toMatch(/would be created +src\/ui-components\/PostCreateForm.jsx/);
      const printed = await generateComponents(server, 'preview', dir, ['--print']);
      expect(printed.stdout).toContain(
        `==> src/ui-components/studioTheme.js <==\n${SAMPLE_COMPONENTS['studioTheme.js']}`,
      );
      const json = await generateComponents(server, 'preview', dir, ['--json', '--dry-run']);
      const result = JSON.parse(json.stdout) as { files: { path: string; status: string }[] };
      expect(result.files).toContainEqual(
        expect.objectContaining({ path: 'src/ui-components/utils.js', status: 'created' }),
      );
      expect(tree(dir)).toEqual({});
    });

    it('next to an existing src/ui-components: refuses to overwrite files it did not write, keeps the others', async () => {
      const dir = project();
      mkdirSync(path.join(dir, 'src/ui-components'), { recursive: true });
      writeFileSync(path.join(dir, 'src/ui-components/index.js'), '// from amplify pull\n');
      writeFileSync(path.join(dir, 'src/ui-components/MyOwn.jsx'), '// mine\n');
      const before = tree(dir);
      const run = await generateComponentsInProcess(server, 'existing', dir);
      expect(run.code).toBe(5);
      expect(run.stderr).toContain('index.js');
      expect(tree(dir)).toEqual(before);
      const forced = await generateComponentsInProcess(server, 'existing', dir, { force: true });
      expect(forced.code).toBe(0);
      expect(tree(dir)['src/ui-components/MyOwn.jsx']).toBe('// mine\n');
      expect(tree(dir)['src/ui-components/index.js']).toBe(SAMPLE_COMPONENTS['index.js']);
    });

    it('refuses a component that wants the path of a generated file (exit 5, naming both)', async () => {
      const dir = project();
      const run = await generateComponentsInProcess(server, 'clash', dir);
      expect(run.code).toBe(5);
      expect(run.stderr).toContain('"utils.ts"');
      expect(run.stderr).toContain('"Utils.ts"');
      expect(tree(dir)).toEqual({});
    });

    it('reads the asset URL a saved job file carries, and components: true in the config', async () => {
      const dir = project();
      const fetched = await runCli(
        [...serverArgs('start', server), '--job-file', '-', '--wait', '30', '--json'],
        { cwd: dir, env: CREDENTIALS, stdin: JSON.stringify({ job: blogJobWithId('spec') }) },
      );
      expect(fetched.code).toBe(0);
      const started = JSON.parse(fetched.stdout) as { id: string; asset?: { downloadUrl: string } };
      expect(started.asset?.downloadUrl).toContain(`/assets/d1blogexample/dev/${started.id}.zip?`);
      writeFileSync(path.join(dir, 'job.json'), JSON.stringify({ job: started }));
      writeFileSync(
        path.join(dir, 'uibuilder-codegen.config.json'),
        JSON.stringify({ job: { file: 'job.json' }, components: true }),
      );
      const run = await runCli(['generate'], { cwd: dir, env: CREDENTIALS });
      expect(run.code).toBe(0);
      expect(readFileSync(path.join(dir, 'src/ui-components/PostCreateForm.jsx'), 'utf8')).toBe(
        SAMPLE_COMPONENTS['PostCreateForm.jsx'],
      );
    });

    it('start --wait --components: from a spec to the job files and components in one command', async () => {
      const dir = project();
      const args = [...serverArgs('start', server), '--job-file', '-', '--components'];
      const stdin = JSON.stringify({ job: blogJobWithId('spec') });
      const refused = await runCli(args, { cwd: dir, env: CREDENTIALS, stdin });
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--wait');
      const run = await runCli([...args, '--wait', '30', '--out', 'app/ui'], {
        cwd: dir,
        env: CREDENTIALS,
        stdin,
      });
      expect(run.stderr).not.toContain('Error');
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^local-job-\d+\n$/);
      const files = tree(dir);
      expect(files['app/ui/index.js']).toBe(SAMPLE_COMPONENTS['index.js']);
      expect(Object.keys(files)).toEqual(
        expect.arrayContaining([
          'app/API.ts',
          'app/graphql/queries.ts',
          'app/ui/.uibuilder-codegen.json',
        ]),
      );
      expect(Object.keys(files).every((file) => file.startsWith('app/'))).toBe(true);
    });

    it('reads the JSON file manifest AWS serves at the asset URL, and stops on a file AWS failed to render', async () => {
      const dir = project();
      const run = await generateComponentsInProcess(server, 'manifest', dir);
      expect(run.code).toBe(0);
      for (const [name, contents] of Object.entries(SAMPLE_COMPONENTS))
        expect(tree(dir)[`src/ui-components/${name}`]).toBe(contents);
      const other = project();
      const failed = await generateComponentsInProcess(server, 'failed', other);
      expect(failed.code).toBe(4);
      expect(failed.stderr).toContain('could not render "Broken.jsx": Unsupported binding');
      expect(tree(other)).toEqual({});
    });
  },
);
