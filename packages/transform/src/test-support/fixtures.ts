/** Test helpers: reading the repository's fixtures and describing IR compactly. */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Diagnostic } from '@uibuilder-codegen/core';
import type { SchemaIR } from '../ir.js';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));

/** Parses `fixtures/<path>`. */
export function readFixture(path: string): unknown {
  return JSON.parse(readFileSync(FIXTURES + path, 'utf8'));
}

/** Reads `fixtures/<path>` as text. */
export function readFixtureText(path: string): string {
  return readFileSync(FIXTURES + path, 'utf8');
}

/** The corpus schema names (file names without `.json`). */
export function corpusNames(): string[] {
  return readdirSync(FIXTURES + 'corpus')
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.slice(0, -'.json'.length))
    .sort();
}

/** `Model.field kind Related [via Join] [fk,...] [<> inverse]`, one per relationship field. */
export function describeRelations(ir: SchemaIR): string[] {
  return ir.models.flatMap((m) =>
    m.fields.flatMap((f) => {
      const r = f.relation;
      if (r === undefined) return [];
      const via = r.kind === 'manyToMany' ? ` via ${r.joinModel}` : '';
      const inverse = r.inverseField === undefined ? '' : ` <> ${r.inverseField}`;
      return [
        `${m.name}.${f.name} ${r.kind} ${r.relatedModel}${via} [${r.foreignKeys.join(',')}]${inverse}`,
      ];
    }),
  );
}

/** `code path` of each diagnostic of a severity. */
export function codesAt(
  diagnostics: readonly Diagnostic[],
  severity: Diagnostic['severity'],
): string[] {
  return diagnostics.filter((d) => d.severity === severity).map((d) => `${d.code} ${d.path}`);
}

/** `type Name { field(args): Type ... }` blocks of the deployed schema, field by field. */
export function sdlTypes(sdl: string): Map<string, { name: string; args: string; type: string }[]> {
  const types = new Map<string, { name: string; args: string; type: string }[]>();
  for (const block of sdl.matchAll(/^type (\w+)[^{]*\{([^}]*)\}/gm)) {
    const fields = [...(block[2] ?? '').matchAll(/^\s+(\w+)(?:\(([^)]*)\))?: ([^\s@]+)/gm)].map(
      (f) => ({
        name: f[1] ?? '',
        args: f[2] ?? '',
        type: f[3] ?? '',
      }),
    );
    types.set(block[1] ?? '', fields);
  }
  return types;
}
