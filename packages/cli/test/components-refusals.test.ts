import { crc32 } from 'node:zlib';
import {
  buildZip,
  type Fault,
  type LocalServer,
  type ZipEntrySpec,
} from '@uibuilder-codegen/fetch/local-server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tempProject, type CliRun } from './cli-harness.js';
import {
  blogJobWithId,
  CREDENTIALS,
  generateComponents,
  generateComponentsInProcess,
  SAMPLE_COMPONENTS,
  startAssetServer,
  tree,
  zipOf,
} from './components-support.js';

const ok = (name: string, contents = 'export {};\n'): ZipEntrySpec => ({ name, contents });
const zeros = (bytes: number) => Buffer.alloc(bytes, 0x20);

/** Archives that must be refused whole (exit 3), each with what the message must name. */
const UNSAFE: [string, Buffer, string][] = [
  ['a ../ entry (zip-slip)', buildZip([ok('Fine.js'), ok('../../evil.js')]), '"../../evil.js"'],
  ['an absolute entry', buildZip([ok('/tmp/evil.js')]), '"/tmp/evil.js"'],
  ['a drive letter', buildZip([ok('C:/evil.js')]), '"C:/evil.js"'],
  ['a backslash', buildZip([ok('..\\evil.js')]), '"..\\\\evil.js"'],
  ['a control character in a name', buildZip([ok('evil\u001b[2J.js')]), '"evil\\u001b[2J.js"'],
  [
    'a symbolic link',
    buildZip([{ name: 'link.js', contents: '/etc/passwd', unixMode: 0o120777 }]),
    'symbolic link',
  ],
  [
    'a device',
    buildZip([{ name: 'dev.js', contents: '', unixMode: 0o020644 }]),
    'not a regular file',
  ],
  ['a duplicate entry', buildZip([ok('index.js'), ok('index.js')]), 'twice'],
  [
    'entries that collide by case',
    buildZip([ok('Form.jsx'), ok('form.jsx')]),
    '"form.jsx" and also as "Form.jsx"',
  ],
  [
    'a file and a directory of one name',
    buildZip([ok('a'), ok('a/b.js')]),
    'as a file and as a directory',
  ],
  [
    'our manifest as an entry',
    buildZip([ok('.uibuilder-codegen.json', '{}')]),
    'uibuilder-codegen state',
  ],
  [
    'too many entries',
    buildZip(Array.from({ length: 5_001 }, (_v, i) => ok(`f${i}.js`, ''))),
    'over the limit of 5000',
  ],
  [
    'a zip bomb (1,000:1)',
    buildZip([{ name: 'bomb.js', contents: zeros(4 * 1024 * 1024) }]),
    'a zip bomb?',
  ],
  [
    'an entry over 8 MiB',
    buildZip([{ name: 'big.js', contents: zeros(9 * 1024 * 1024), method: 'store' }]),
    'over the limit of 8388608',
  ],
  ['a wrong CRC-32', buildZip([{ name: 'index.js', contents: 'x', crc32: crc32('y') }]), 'CRC-32'],
  [
    'a size that lies',
    buildZip([{ name: 'index.js', contents: 'export {};\n'.repeat(50), uncompressedSize: 10 }]),
    'cannot be unpacked',
  ],
  ['a body that is not a zip', Buffer.from('<html>Bad Gateway</html>'), 'not a zip archive'],
  [
    'an entry that is not UTF-8 text',
    buildZip([{ name: 'index.js', contents: Buffer.from([0xff, 0xfe, 0x00]) }]),
    'is not UTF-8 text',
  ],
  [
    'a JSON file manifest with an unsafe name',
    Buffer.from(
      JSON.stringify({ Output: [{ fileName: '../x.js', downloadUrl: 'https://example.com/x' }] }),
    ),
    '"../x.js"',
  ],
];

/** Faults on the asset GET (exit 4), and what the message must say. */
const FAULTS: [string, Fault, number, string][] = [
  [
    'an expired URL (S3 403 AccessDenied)',
    { kind: 'asset-expired', times: Infinity },
    4,
    'AccessDenied: Request has expired',
  ],
  [
    'a missing object (S3 404 NoSuchKey)',
    { kind: 'not-found', resource: 'job', times: Infinity },
    4,
    'NoSuchKey',
  ],
  [
    'a body that always breaks off',
    { kind: 'truncated-body', times: Infinity },
    4,
    'The download of',
  ],
  ['a body corrupted on the way', { kind: 'corrupt-body', times: Infinity }, 3, 'components zip'],
  ['500s on every attempt', { kind: 'server-error', times: Infinity }, 4, 'HTTP 500'],
];

const cleanups: (() => void)[] = [];
let server: LocalServer;

beforeAll(async () => {
  // For the library's runs in this process; the CLI's runs get them in their own environment.
  for (const [name, value] of Object.entries(CREDENTIALS)) vi.stubEnv(name, value);
  const assets = new Map<string, Uint8Array>();
  UNSAFE.forEach(([, zip], index) => assets.set(`unsafe-${index}`, zip));
  FAULTS.forEach((_fault, index) => assets.set(`fault-${index}`, zipOf(SAMPLE_COMPONENTS)));
  assets.set('transient', zipOf(SAMPLE_COMPONENTS));
  const jobs = [...assets.keys(), 'no-asset'].map((id) => blogJobWithId(id));
  server = await startAssetServer(jobs, assets);
  FAULTS.forEach(([, fault], index) =>
    server.inject({ ...fault, operation: 'GetAsset', jobId: `fault-${index}` }),
  );
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await server.close();
  cleanups.forEach((cleanup) => cleanup());
});

function project(): string {
  const { dir, cleanup } = tempProject('uibuilder-components-');
  cleanups.push(cleanup);
  return dir;
}

/**
 * What `generate --components` prints and exits with when it refuses an asset or stops on a fault.
 * Each case runs the library in this process (the refusals are its work) on its own job, side by
 * side; the two runs through the CLI below hold the command line to the same text and exit codes.
 */
describe.concurrent('generate --components refuses unsafe assets whole, writing nothing', () => {
  it.each(UNSAFE.map(([name, , says], index) => [name, index, says] as const))(
    'refuses %s (exit 3)',
    async (_name, index, says) => {
      const dir = project();
      const run = await generateComponentsInProcess(server, `unsafe-${index}`, dir);
      expectRefused(run, dir, 3, says);
    },
  );

  it.each(FAULTS.map(([name, , code, says], index) => [name, index, code, says] as const))(
    'stops on %s',
    async (_name, index, code, says) => {
      const dir = project();
      const run = await generateComponentsInProcess(server, `fault-${index}`, dir, {
        verbose: true,
      });
      expectRefused(run, dir, code, says);
      expectNoSecrets(run);
    },
  );

  it('exits 4 for a job without an asset, naming start --wait', async () => {
    const dir = project();
    const run = await generateComponentsInProcess(server, 'no-asset', dir);
    expectRefused(run, dir, 4, 'has no asset');
  });

  it('retries a 503 and a dropped connection, then unpacks a slow body', async () => {
    server.inject({ kind: 'server-error', status: 503, operation: 'GetAsset', jobId: 'transient' });
    server.inject({ kind: 'connection-reset', operation: 'GetAsset', jobId: 'transient' });
    server.inject({ kind: 'slow-body', delayMs: 100, operation: 'GetAsset', jobId: 'transient' });
    const dir = project();
    const run = await generateComponentsInProcess(server, 'transient', dir);
    expect(run.code, run.stderr).toBe(0);
    expect(tree(dir)['src/ui-components/index.js']).toBe(SAMPLE_COMPONENTS['index.js']);
    const gets = server.requests.filter(
      (r) => r.operation === 'GetAsset' && r.jobId === 'transient',
    );
    expect(gets.map((r) => r.fault ?? 'ok')).toEqual([
      'server-error',
      'connection-reset',
      'slow-body',
    ]);
  });
});

describe.concurrent('through the CLI', () => {
  it('an unsafe asset exits 3 and names the entry, writing nothing', async () => {
    const dir = project();
    const [name, , says] = UNSAFE[0] ?? [];
    expect(name).toBe('a ../ entry (zip-slip)');
    expectRefused(await generateComponents(server, 'unsafe-0', dir), dir, 3, says ?? '');
  });

  it('a fault exits 4 and, with --verbose, prints no signature nor credential', async () => {
    const dir = project();
    const [name, , code, says] = FAULTS[0] ?? [];
    expect([name, code]).toEqual(['an expired URL (S3 403 AccessDenied)', 4]);
    const run = await generateComponents(server, 'fault-0', dir, ['--verbose']);
    expectRefused(run, dir, 4, says ?? '');
    expectNoSecrets(run);
  });
});

/** The run exited `code`, its message says `says` and names `start --wait`, and nothing was written. */
function expectRefused(run: CliRun, dir: string, code: number, says: string): void {
  expect(run.stderr).toContain(says);
  expect(run.stderr).toContain('start --wait');
  expect(run.code, run.stderr).toBe(code);
  expect(tree(dir)).toEqual({});
}

/** The presigned query (its signature and credential) and the credentials are never printed. */
function expectNoSecrets(run: CliRun): void {
  expect(run.stderr).not.toMatch(/X-Amz-(Signature|Credential)=[^[]/);
  for (const secret of Object.values(CREDENTIALS).slice(0, 3))
    expect(run.stderr).not.toContain(secret);
}
