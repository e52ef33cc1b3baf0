import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { UsageError } from '@uibuilder-codegen/core';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { validateGenerateOptions } from '../api/validate-options.js';
import { runCli } from '../commands/program.js';
import { createPluginRunner } from '../plugin/plugin-runner.js';
import { loadConfigFile } from './load-config.js';

// A bad value is a usage error (exit 2) naming the key path, the same from a config file and from
// generate(); an unknown key gets a "did you mean". The CLI prints it and exits 2.

const dir = mkdtempSync(path.join(tmpdir(), 'uibuilder-bad-options-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
});
const job = { file: 'job.json' };

/** [what, the options (with a job unless they set one), the message after the source, the hint]. */
const cases: readonly (readonly [string, Record<string, unknown>, string, RegExp])[] = [
  [
    'a number as the job file',
    { job: { file: 42 } },
    '"job.file" must be a non-empty string, not 42',
    /Fix "job.file"/,
  ],
  [
    'a job id that is not a string',
    { job: { appId: 'a', environmentName: 'dev', id: 7 } },
    '"job.id" must be a non-empty string, not 7',
    /Fix "job.id"/,
  ],
  [
    'a misspelt job key',
    { job: { flie: 'job.json' } },
    'unknown key "job.flie"',
    /Did you mean "file"\?/,
  ],
  [
    'a job that is a string',
    { job: 'job.json' },
    '"job" must be an object, not "job.json"',
    /\{ file: "job.json" \}/,
  ],
  [
    'a job naming two sources',
    { job: { file: 'job.json', appId: 'a' } },
    '"job" must name exactly one job source',
    /\{ file: "job.json" \}/,
  ],
  [
    'an app without its job id',
    { job: { appId: 'a', environmentName: 'dev' } },
    '"job" names an app but not its id',
    /together/,
  ],
  ['a misspelt option', { job, mxDepth: 3 }, 'unknown key "mxDepth"', /Did you mean "maxDepth"\?/],
  [
    'maxDepth out of range',
    { job, maxDepth: 100 },
    '"maxDepth" must be a whole number from 1 to 99, not 100',
    /Fix "maxDepth"/,
  ],
  [
    'maxDepth not whole',
    { job, maxDepth: 2.5 },
    '"maxDepth" must be a whole number from 1 to 99, not 2.5',
    /Fix "maxDepth"/,
  ],
  [
    'an object for a number, described by its keys',
    { job, maxDepth: { depth: 3 } },
    '"maxDepth" must be a whole number from 1 to 99, not an object with keys depth',
    /Fix "maxDepth"/,
  ],
  [
    'a string for a boolean',
    { job, pruneCycles: 'yes' },
    '"pruneCycles" must be a boolean, not "yes"',
    /Fix "pruneCycles"/,
  ],
  [
    'a misspelt apiSchema key',
    { job, apiSchema: { appSyncApiID: 'x' } },
    'unknown key "apiSchema.appSyncApiID"',
    /Did you mean "appSyncApiId"\?/,
  ],
  [
    'an apiSchema without its id',
    { job, apiSchema: { region: 'eu-west-1' } },
    '"apiSchema" needs "appSyncApiId"',
    /Give "appSyncApiId"/,
  ],
  [
    'a modelSchema number',
    { job, modelSchema: 3 },
    '"modelSchema" must be a path or an object, not 3',
    /apiName/,
  ],
];

async function configError(options: Record<string, unknown>): Promise<UsageError> {
  const file = path.join(dir, 'uibuilder-codegen.config.json');
  writeFileSync(file, JSON.stringify(options));
  return loadConfigFile(file).then(
    () => expect.unreachable('the config loaded'),
    (error: unknown) => error as UsageError,
  );
}

function generateError(options: Record<string, unknown>): UsageError {
  try {
    validateGenerateOptions({ ...options, cwd: dir });
  } catch (error) {
    return error as UsageError;
  }
  return expect.unreachable('generate() accepted the options');
}

describe('a bad option value', () => {
  it.each(cases)(
    '%s: the config file and generate() say where, exit 2',
    async (_what, options, message, hint) => {
      const configured = await configError(options);
      const given = generateError(options);
      for (const [error, source] of [
        [configured, 'uibuilder-codegen.config.json'],
        [given, 'generate() options'],
      ] as const) {
        expect(error).toBeInstanceOf(UsageError);
        expect(error.exitCode).toBe(2);
        expect(error.message).toBe(`${source}: ${message}`);
        expect(error.hint).toMatch(hint);
      }
    },
  );

  it('a client object or a job value cannot live in a config file', async () => {
    const error = await configError({ job: { value: {} } });
    expect(error.message).toBe('uibuilder-codegen.config.json: unknown key "job.value"');
    const aws = { appId: 'a', environmentName: 'dev', id: 'j', client: {} };
    expect((await configError({ job: aws })).message).toContain('unknown key "job.client"');
    expect(() => validateGenerateOptions({ job: { value: {} } })).not.toThrow();
    expect(() => validateGenerateOptions({ job: aws })).not.toThrow();
  });

  it.each([
    [{ check: 'yes' }, '"check" must be a boolean, not "yes"', /Fix "check"/],
    [{ mode: 'check' }, 'unknown key "mode"', /Known keys: .*check/],
    [{ job: { fil: 'job.json' } }, 'unknown key "job.fil"', /Did you mean "file"\?/],
  ])('the plugin refuses %j when the bundler reads its config', (options, message, hint) => {
    const sink = () => ({ info: () => {}, warn: () => {} });
    const error = (() => {
      try {
        createPluginRunner(options as never, sink);
      } catch (thrown) {
        return thrown as UsageError;
      }
      return expect.unreachable('the plugin accepted the options');
    })();
    expect(error).toBeInstanceOf(UsageError);
    expect(error.message).toBe(`uibuilder-codegen/plugin options: ${message}`);
    expect(error.hint).toMatch(hint);
  });

  it.each([
    [['--max-depth', '0'], 'expected a whole number from 1 to 99'],
    [['--wait', 'soon'], 'expected a whole number from 1 to 86400'],
    [['--out', ''], 'expected a non-empty string'],
  ])('the flag %j is refused with the rule the config file uses, exit 2', async (argv, message) => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runCli(['generate', '--job-file', 'job.json', ...argv])).toBe(2);
    expect(stderr.mock.calls.join('')).toContain(message);
  });

  it('the CLI prints a bad config value with its path and exits 2 (not 70)', async () => {
    writeFileSync(path.join(dir, 'uibuilder-codegen.config.json'), '{"job":{"file":42}}');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const cwd = vi.spyOn(process, 'cwd').mockReturnValue(dir);
    expect(await runCli(['generate'])).toBe(2);
    cwd.mockRestore();
    expect(stderr.mock.calls.join('')).toContain('"job.file" must be a non-empty string, not 42');
  });
});
