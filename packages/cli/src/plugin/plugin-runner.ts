import type { GenerateOptions } from '../api/options.js';
import { checkOptions } from '../config/check-options.js';
import { createOutcomeReporter, type OutcomeSink } from '../watch/outcome-reporter.js';
import {
  createGenerationSession,
  type GenerationSession,
  type RunOutcome,
} from '../watch/generation-session.js';
import { toBundlerError, type BundlerError } from './bundler-error.js';
import { OutOfDateError } from './out-of-date-error.js';
import type { PluginOptions } from './plugin-options.js';

/** What every bundler adapter shares: one generation session, its errors, its log lines. */
export interface PluginRunner {
  /** The bundler's root directory; used as `cwd` unless the options give one. */
  setRoot(dir: string): void;
  /** The session, created on first use (after the bundler said where its root is). */
  session(): GenerationSession;
  /**
   * Generates when an input changed since the last run (or there was none), and resolves to the
   * error to show: the last run's, when it failed or `check` found drift.
   */
  generateIfStale(): Promise<BundlerError | undefined>;
  /** Reports an outcome (of a run the dev server started) and returns its error. */
  settle(outcome: RunOutcome): BundlerError | undefined;
}

/** A runner for `options`, logging through `sink` (the bundler's logger). */
export function createPluginRunner(
  options: PluginOptions,
  sink: () => Pick<OutcomeSink, 'info' | 'warn'>,
): PluginRunner {
  // Checked as the config file is, against the plugin's keys (`check`, no `mode`), when the
  // bundler's config is read: a typo fails at once, with a "did you mean".
  checkOptions(
    options,
    { source: 'uibuilder-codegen/plugin options', context: 'plugin' },
    'uibuilder-codegen/plugin takes an options object',
    'Call uibuilderCodegen.vite({ ... }) with an object, or with nothing.',
  );
  let root: string | undefined;
  let session: GenerationSession | undefined;
  let lastError: BundlerError | undefined;
  const report = createOutcomeReporter({
    info: (line) => sink().info(line),
    warn: (text) => sink().warn(text),
    // The adapters show errors their own way: thrown, in the overlay, or as compilation errors.
    error: () => {},
  });
  const getSession = () => (session ??= createGenerationSession(toGenerateOptions(options, root)));
  const settle = (outcome: RunOutcome): BundlerError | undefined => {
    report(outcome);
    lastError = !outcome.ok
      ? toBundlerError(outcome.error)
      : options.check && outcome.result.changed
        ? toBundlerError(new OutOfDateError(outcome.result))
        : undefined;
    return lastError;
  };
  return {
    setRoot(dir) {
      root ??= dir;
    },
    session: getSession,
    generateIfStale: async () =>
      getSession().stale ? settle(await getSession().run()) : lastError,
    settle,
  };
}

function toGenerateOptions(options: PluginOptions, root: string | undefined): GenerateOptions {
  const { check, ...rest } = options;
  return {
    config: true,
    ...rest,
    cwd: rest.cwd ?? root ?? process.cwd(),
    mode: check ? 'check' : 'write',
  };
}
