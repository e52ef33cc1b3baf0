/** The shape every pass after reading has: IR in, IR out, plus what it found (STYLE.md). */
import type { Diagnostic } from '@uibuilder-codegen/core';
import type { SchemaIR } from './ir.js';
import type { RawIndex } from './raw-schema.js';

/** What a pass returns. */
export interface PassResult {
  readonly ir: SchemaIR;
  readonly diagnostics: readonly Diagnostic[];
}

/** A named step of the normalisation; `raw` gives the job's own statements where the IR has none. */
export type Pass = (ir: SchemaIR, raw: RawIndex) => PassResult;
