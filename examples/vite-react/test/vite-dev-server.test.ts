import { writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  addSubtitle,
  editJob,
  exampleDir,
  GENERATED_FILES,
  read,
  tempExample,
  type TempExample,
} from './example-support.js';

/** Polls `check` until it returns a value, or fails after `timeoutMs`. */
async function eventually<T>(
  check: () => Promise<T | undefined> | T | undefined,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A message of Vite's HMR protocol. */
interface HmrMessage {
  type: string;
  err?: Record<string, unknown>;
}

describe('vite dev with uibuilder-codegen/plugin', () => {
  let example: TempExample;
  let server: ViteDevServer;
  /** Every message the dev server sent to a browser's HMR client. */
  let messages: HmrMessage[];
  let socket: WebSocket;

  /** Connects as a browser's HMR client does; the overlay shows what arrives here. */
  async function connect(): Promise<{ socket: WebSocket; messages: HmrMessage[] }> {
    const { port } = server.httpServer?.address() as AddressInfo;
    const client = new WebSocket(
      `ws://127.0.0.1:${port}/?token=${server.config.webSocketToken}`,
      'vite-hmr',
    );
    const received: HmrMessage[] = [];
    client.on('message', (data) => received.push(JSON.parse(String(data))));
    await new Promise((resolve, reject) => client.once('open', resolve).once('error', reject));
    return { socket: client, messages: received };
  }

  beforeAll(async () => {
    example = tempExample({ withGenerated: false });
    server = await createServer({
      root: example.app,
      configFile: path.join(example.app, 'vite.config.ts'),
      cacheDir: example.cacheDir,
      logLevel: 'silent',
      server: { host: '127.0.0.1', port: 0 },
    });
    await server.listen();
    ({ socket, messages } = await connect());
  });
  afterAll(async () => {
    socket?.close();
    await server?.close();
    example?.remove();
  });

  /** The code the dev server serves for a module of the app. */
  const served = async (url: string) => (await server.transformRequest(url))?.code ?? '';

  it('generates before serving: the committed files, and the app imports them', async () => {
    for (const file of GENERATED_FILES)
      expect(read(example.app, file), file).toBe(read(exampleDir, file));
    expect(await served('/src/graphql/queries.ts')).toContain('query ListPosts');
    expect(await served('/src/App.tsx')).toContain('/src/graphql/queries.ts');
  });

  it('an edit to the job regenerates the types, and the server serves the new code', async () => {
    editJob(example.job, addSubtitle);
    await eventually(() =>
      read(example.app, 'src/API.ts').includes('subtitle?: string | null') ? true : undefined,
    );
    await eventually(async () =>
      (await served('/src/graphql/queries.ts')).includes('subtitle') ? true : undefined,
    );
  });

  it('a broken job shows in the error overlay with the CLI message; fixing it reloads the page', async () => {
    const before = GENERATED_FILES.map((file) => read(example.app, file));
    writeFileSync(example.job, '{ "job": ');
    const error = await eventually(() => messages.find((m) => m.type === 'error')?.err);
    expect(error['plugin']).toBe('uibuilder-codegen');
    expect(error['message']).toMatch(/^\[JobSourceError\] .*codegen-job\.json:1:\d+: invalid JSON/);
    expect(error['message']).toContain('Resolution: Fix the JSON at that line and column');
    expect(error['id']).toBe(example.job);
    expect(error['loc']).toMatchObject({ file: example.job, line: 1 });
    // Nothing partial: the failed run left every generated file as it was.
    expect(GENERATED_FILES.map((file) => read(example.app, file))).toEqual(before);

    // A page opened while the job is broken shows the overlay too.
    const later = await connect();
    try {
      const shown = await eventually(() => later.messages.find((m) => m.type === 'error')?.err);
      expect(shown['message']).toBe(error['message']);
    } finally {
      later.socket.close();
    }

    writeFileSync(example.job, read(exampleDir, '../blog/codegen-job.json'));
    await eventually(() => messages.find((m) => m.type === 'full-reload'));
    await eventually(() =>
      read(example.app, 'src/API.ts') === read(exampleDir, 'src/API.ts') ? true : undefined,
    );
  });
});
