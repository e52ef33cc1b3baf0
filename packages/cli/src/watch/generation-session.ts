import path from 'node:path';
import { generate } from '../api/generate.js';
import type { GenerateOptions } from '../api/options.js';
import type { GenerateResult } from '../api/result.js';
import { applyConfig, configFilePath } from '../config/apply-config.js';
import { createJobCache } from './job-cache.js';
import { watchedInputs } from './watched-inputs.js';

/** How one regeneration ended: a result, or the error `generate()` threw. */
export type RunOutcome = (
  | { readonly ok: true; readonly result: GenerateResult }
  | { readonly ok: false; readonly error: unknown }
) & {
  /** The files to watch after this run (absolute paths). */
  readonly inputs: readonly string[];
  /** The files whose change caused this run (empty for the first one). */
  readonly changed: readonly string[];
  /** When the run began (`Date.now()`): an input modified later may not be in its output. */
  readonly startedAt: number;
};

/** The regeneration loop that `generate --watch` and the bundler plugin share. */
export interface GenerationSession {
  /**
   * Generates once. Runs never overlap: a call while one is running waits for it and then runs
   * once more (several such calls share that one run). Never rejects.
   */
  run(): Promise<RunOutcome>;
  /**
   * Records that `file` changed. Returns true when it is an input, and marks the session stale;
   * a change to the config file also drops the jobs fetched from AWS, so they are fetched again.
   */
  noteChange(file: string): boolean;
  /** True before the first run and after an input changed since the last run began. */
  readonly stale: boolean;
  /** The files to watch, as of the last run. */
  readonly inputs: readonly string[];
}

/**
 * A session over `generate()` for `options` (the config file, when `options.config` names one or
 * is `true`, is read again on every run). A job fetched from AWS is fetched once per session.
 */
export function createGenerationSession(options: GenerateOptions): GenerationSession {
  const jobs = createJobCache();
  let inputs: readonly string[] = [];
  let changed = new Set<string>();
  let stale = true;
  let running: Promise<RunOutcome> | undefined;
  let queued: Promise<RunOutcome> | undefined;

  const runOnce = async (): Promise<RunOutcome> => {
    stale = false;
    const startedAt = Date.now();
    const cause = [...changed];
    changed = new Set();
    const configFile = configFilePath(options);
    try {
      const resolved = await applyConfig(options);
      inputs = watchedInputs(resolved, configFile);
      const job = await jobs.resolve(resolved.job, resolved);
      const result = await generate({ ...resolved, config: false, job });
      return { ok: true, result, inputs, changed: cause, startedAt };
    } catch (error) {
      // Keep watching what was watched (and the config file, which may be what is broken).
      inputs = [...new Set([...inputs, ...(configFile ? [configFile] : [])])];
      return { ok: false, error, inputs, changed: cause, startedAt };
    }
  };
  const start = (): Promise<RunOutcome> => {
    running = runOnce().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    run() {
      if (queued) return queued;
      if (!running) return start();
      queued = running.then(() => {
        queued = undefined;
        return start();
      });
      return queued;
    },
    noteChange(file) {
      const absolute = path.resolve(file);
      if (!inputs.includes(absolute)) return false;
      if (absolute === configFilePath(options)) jobs.clear();
      changed.add(absolute);
      stale = true;
      return true;
    },
    get stale() {
      return stale;
    },
    get inputs() {
      return inputs;
    },
  };
}
