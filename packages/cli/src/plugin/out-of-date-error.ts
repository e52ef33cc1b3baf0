import { CodegenError } from '@uibuilder-codegen/core';
import type { GenerateResult } from '../api/result.js';

/** The plugin's `check` found generated files that differ from what the job gives. Exit code 1. */
export class OutOfDateError extends CodegenError {
  constructor(result: GenerateResult) {
    const stale = result.files.filter((file) => file.status !== 'unchanged');
    super(
      `${stale.length} generated file(s) out of date: ${stale.map((f) => `${f.path} (${f.status === 'created' ? 'missing' : f.status === 'removed' ? 'stale' : 'changed'})`).join(', ')}`,
      {
        exitCode: 1,
        hint: 'Run `uibuilder-codegen generate` (or build without `check`) and commit the result.',
      },
    );
  }
}
