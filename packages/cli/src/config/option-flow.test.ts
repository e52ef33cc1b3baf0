import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GenerateOptions } from '../api/options.js';
import { validateGenerateOptions } from '../api/validate-options.js';
import { generateCommand } from '../commands/generate-command.js';
import {
  generateOptionsFromFlags,
  type GenerateCommandFlags,
} from '../commands/generate-options-from-flags.js';
import { applyConfig, type ResolvedGenerateOptions } from './apply-config.js';
import { OPTION_ROWS, OPTION_TABLE, optionsIn } from './option-table.js';

// Each option reaches generate() as the same resolved value whichever way it is given: a flag, the
// config file, or generate()'s argument. Resolution (config, defaults, paths) is applyConfig's,
// the one every run goes through.

const dir = mkdtempSync(path.join(tmpdir(), 'uibuilder-option-flow-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const job = { file: 'job.json' };

/** [option, flags that give it, the same value in a config file and in generate()]. */
const cases: readonly (readonly [string, readonly string[], unknown])[] = [
  ['requestTimeout', ['--request-timeout', '7'], 7],
  ['waitSeconds', ['--wait', '60'], 60],
  ['outDir', ['--out', 'gen/ui'], 'gen/ui'],
  ['root', ['--root', 'project'], 'project'],
  ['maxDepth', ['--max-depth', '5'], 5],
  ['typename', ['--no-typename'], false],
  ['pruneCycles', ['--prune-cycles'], true],
  ['appSyncSchemaPath', ['--appsync-schema', '../appsync.graphql'], '../appsync.graphql'],
  ['apiSchema', ['--api-schema', 'build/schema.graphql'], 'build/schema.graphql'],
  [
    'apiSchema',
    ['--appsync-api-id', 'abc123', '--region', 'eu-west-1'],
    { appSyncApiId: 'abc123', region: 'eu-west-1' },
  ],
  ['modelSchema', ['--model-schema', 'amplify/schema.graphql'], 'amplify/schema.graphql'],
  ['strictSchema', ['--strict-schema'], true],
  ['format', ['--no-format'], false],
  ['force', ['--force'], true],
  ['components', ['--components'], true],
  ['lockTimeoutSeconds', ['--lock-timeout', '0'], 0],
];

async function fromFlags(argv: readonly string[]): Promise<ResolvedGenerateOptions> {
  const command = generateCommand(() => {}, new AbortController().signal);
  let options: GenerateOptions | undefined;
  command.action((flags: GenerateCommandFlags, cmd: typeof command) => {
    options = generateOptionsFromFlags(flags, cmd);
  });
  await command.parseAsync(['--job-file', 'job.json', ...argv], { from: 'user' });
  if (options === undefined) throw new Error('the command did not run');
  return applyConfig(validateGenerateOptions({ ...options, cwd: dir, config: false }));
}

async function fromConfig(key: string, value: unknown): Promise<ResolvedGenerateOptions> {
  const file = path.join(dir, 'uibuilder-codegen.config.json');
  writeFileSync(file, JSON.stringify({ job, [key]: value }));
  return applyConfig(validateGenerateOptions({ cwd: dir, config: file }));
}

function fromGenerate(key: string, value: unknown): Promise<ResolvedGenerateOptions> {
  return applyConfig(validateGenerateOptions({ job, cwd: dir, [key]: value }));
}

describe('an option given as a flag, in the config file or to generate()', () => {
  it.each(cases)('%s from %j resolves to the same value', async (key, argv, value) => {
    const flag = (await fromFlags(argv)) as unknown as Record<string, unknown>;
    const given = (await fromGenerate(key, value)) as unknown as Record<string, unknown>;
    const defaultValue = OPTION_ROWS.find(([name]) => name === key)?.[1].default;
    expect(flag[key]).not.toEqual(defaultValue);
    expect(flag[key]).toEqual(given[key]);
    if (optionsIn('config').includes(key as never)) {
      const configured = (await fromConfig(key, value)) as unknown as Record<string, unknown>;
      expect(configured[key]).toEqual(given[key]);
    }
  });

  it('covers every option that has a flag of its own', () => {
    const withFlags = OPTION_ROWS.filter(
      ([, row]) => row.contexts.includes('api') && (row.flags ?? []).length > 0,
    ).map(([name]) => name);
    const notCovered = withFlags.filter((name) => !cases.some(([key]) => key === name));
    // job is covered by every case (--job-file); config and mode are the command's own.
    expect(notCovered).toEqual(['job', 'config']);
  });

  it('resolves a job file from each source to the same file', async () => {
    const flag = await fromFlags([]);
    const given = await fromGenerate('job', job);
    const configured = await fromConfig('outDir', 'src/ui-components');
    const file = (o: ResolvedGenerateOptions) =>
      path.resolve(dir, 'file' in o.job ? o.job.file : '');
    expect(file(flag)).toBe(path.join(dir, 'job.json'));
    expect(file(given)).toBe(file(flag));
    expect(file(configured)).toBe(file(flag));
  });

  it('given nowhere, an option is its default from the table, whichever the entry point', async () => {
    const flag = (await fromFlags([])) as unknown as Record<string, unknown>;
    const given = (await fromGenerate('job', job)) as unknown as Record<string, unknown>;
    expect(given['maxDepth']).toBe(OPTION_TABLE.maxDepth.default);
    expect(given['outDir']).toBe(path.join(dir, OPTION_TABLE.outDir.default));
    for (const [name, row] of OPTION_ROWS) {
      if (row.default === undefined || !row.contexts.includes('api') || name === 'outDir') continue;
      expect(given[name], name).toEqual(row.default);
      expect(flag[name], name).toEqual(row.default);
    }
  });
});
