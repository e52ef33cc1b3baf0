import type { Severity } from '../diagnostics.js';

/** One code of the catalogue: how bad it is, and its message and hint from its payload. */
export interface CatalogueEntry<P> {
  readonly severity: Severity;
  readonly message: (payload: P) => string;
  readonly hint: (payload: P) => string;
}

/** The entries of a part of the catalogue, one per code of its payload interface. */
export type CatalogueEntries<Payloads> = {
  readonly [C in keyof Payloads]: CatalogueEntry<Payloads[C]>;
};
