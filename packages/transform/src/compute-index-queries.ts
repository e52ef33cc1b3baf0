/**
 * `computeIndexQueries`: the secondary-index queries the deployed API has, derived only from what
 * the job proves (APPSYNC-CONVENTIONS.md §1.5). A hasMany over an explicit foreign key that is not
 * the child's partition key gives `<children>By<Fk>`; a join model gives one query per side; an
 * implicitly named foreign key, a primary-key read, a hasOne and the `references:` form give none. Index sort keys the job
 * cannot show are never guessed, so a composite foreign key's later fields are its sort keys.
 */
import type { IndexQueryIR, ModelIR } from './ir.js';
import { implicitForeignKeyName, indexQueryName } from './names.js';
import type { Pass } from './pass.js';

interface Candidate {
  readonly holder: string;
  readonly keys: readonly string[];
}

function candidates(models: readonly ModelIR[]): Candidate[] {
  const byName = new Map(models.map((m) => [m.name, m]));
  const found: Candidate[] = [];
  for (const parent of models) {
    const parentKeys = [parent.primaryKey.partitionKey, ...parent.primaryKey.sortKeys];
    for (const field of parent.fields) {
      const rel = field.relation;
      if (rel?.kind === 'hasMany') {
        const child = byName.get(rel.relatedModel);
        const keys = rel.foreignKeys;
        const implicit =
          keys.length === parentKeys.length &&
          keys.every(
            (k, i) => k === implicitForeignKeyName(parent.name, field.name, parentKeys[i] ?? ''),
          );
        if (
          child !== undefined &&
          !rel.viaReferences &&
          keys.length > 0 &&
          !implicit &&
          keys[0] !== child.primaryKey.partitionKey
        ) {
          found.push({ holder: child.name, keys });
        }
      } else if (rel?.kind === 'belongsTo' && parent.isJoinTable && rel.foreignKeys.length > 0) {
        found.push({ holder: parent.name, keys: rel.foreignKeys });
      }
    }
  }
  return found;
}

/** Computes `indexQueries` for every model, ordered by the position of their key field. */
export const computeIndexQueries: Pass = (ir) => {
  const byHolder = new Map<string, Candidate[]>();
  for (const c of candidates(ir.models))
    byHolder.set(c.holder, [...(byHolder.get(c.holder) ?? []), c]);
  const models = ir.models.map((m): ModelIR => {
    const positions = new Map(m.fields.map((f, i) => [f.name, i]));
    const position = (key: string): number => positions.get(key) ?? -1;
    const queries = new Map<string, IndexQueryIR>();
    for (const c of byHolder.get(m.name) ?? []) {
      if (!c.keys.every((k) => positions.has(k))) continue;
      const fieldName = indexQueryName(m.pluralName, c.keys);
      if (!queries.has(fieldName)) {
        queries.set(fieldName, {
          fieldName,
          partitionKey: c.keys[0] ?? '',
          sortKeys: c.keys.slice(1),
        });
      }
    }
    const indexQueries = [...queries.values()].sort(
      (a, b) => position(a.partitionKey) - position(b.partitionKey),
    );
    return { ...m, indexQueries };
  });
  return { ir: { ...ir, models }, diagnostics: [] };
};
