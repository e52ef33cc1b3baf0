import type { EmitOptions } from './emit-options.js';

/**
 * The defaults of the emit options: the one place they are declared. The CLI's option table
 * (config file, `generate()`, flags, plugin) takes its defaults for these from here, and so do
 * emit's own tests. A module of its own, without imports, so that the CLI reads it at start-up
 * without loading the generators (`@uibuilder-codegen/emit/defaults`).
 */
export const DEFAULT_EMIT_OPTIONS = {
  maxDepth: 3,
  typename: true,
  pruneCycles: false,
} as const satisfies EmitOptions;
