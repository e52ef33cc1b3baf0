import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { JobSourceError } from '@uibuilder-codegen/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOG_JOB_FILE, rejectionOf, sampleJob } from '../test/helpers.js';
import { readJobFile } from './read-job-file.js';

describe('readJobFile', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'fetch-read-job-'));
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('reads the real example job', async () => {
    const job = await readJobFile(BLOG_JOB_FILE);
    expect(job).toMatchObject({
      id: 'example-blog',
      status: 'succeeded',
      createdAt: '2026-11-01T09:30:00.000Z',
    });
    expect(Object.keys(job.genericDataSchema?.models ?? {})).toContain('Post');
  });

  it('reads a bare job with epoch-second timestamps', async () => {
    const path = join(directory, 'bare.json');
    await writeFile(path, JSON.stringify({ ...sampleJob(), createdAt: 1714564800 }));
    expect((await readJobFile(path)).createdAt).toBe('2024-05-01T12:00:00.000Z');
  });

  it('reads standard input for -', async () => {
    const stdin = Readable.from([Buffer.from('{"job": {"id": '), Buffer.from('"from-stdin"}}')]);
    expect(await readJobFile('-', { stdin })).toStrictEqual({ id: 'from-stdin' });
  });

  it('refuses a terminal as standard input instead of waiting for it', async () => {
    const terminal = Object.assign(Readable.from([]), { isTTY: true });
    const error = await rejectionOf(readJobFile('-', { stdin: terminal }));
    expect(error).toBeInstanceOf(JobSourceError);
    expect((error as Error).message).toContain('terminal');
  });

  it('names <stdin> in errors', async () => {
    const error = await rejectionOf(readJobFile('-', { stdin: Readable.from(['{"id": }']) }));
    expect(error).toMatchObject({ location: '<stdin>:1:8' });
  });

  it('reports a missing file with a hint', async () => {
    const path = join(directory, 'missing.json');
    const error = await rejectionOf(readJobFile(path));
    expect(error).toBeInstanceOf(JobSourceError);
    expect(error).toMatchObject({
      message: `Job file not found: ${path}`,
      exitCode: 3,
      location: path,
    });
    expect((error as JobSourceError).hint).toContain('get-codegen-job');
  });

  it('reports a directory', async () => {
    const error = await rejectionOf(readJobFile(directory));
    expect((error as Error).message).toBe(`Job file is a directory: ${directory}`);
  });

  it('reports malformed JSON in a file with its line and column', async () => {
    const path = join(directory, 'broken.json');
    await writeFile(path, '{\n  "job": {\n    "id": "x"\n    "status": "succeeded"\n  }\n}\n');
    const error = await rejectionOf(readJobFile(path));
    expect(error).toMatchObject({ location: `${path}:4:5`, exitCode: 3 });
    expect((error as Error).message).toContain("expected ','");
  });
});
