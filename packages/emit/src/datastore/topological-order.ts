import type { ModelIR } from '@uibuilder-codegen/transform';
import { diagnostic, type Diagnostic } from '@uibuilder-codegen/core';

/**
 * How many passes `initSchema` makes over the models before it gives up with "Models are not
 * topologically sortable" (a counter of 1000, decremented before each pass, throwing at 0).
 */
const DATASTORE_MAX_PASSES = 999;

/** What {@link dataStoreModelOrder} found. */
export interface DataStoreModelOrder {
  /** Model names in the order to write them into `schema.js`. */
  readonly order: readonly string[];
  /** One `DataStoreCycle` error per cycle of belongsTo fields; empty when DataStore can order them. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Reproduces the ordering `initSchema` computes (amplify-js `datastore.ts`): a model depends on
 * the models its BELONGS_TO fields point at, except itself; in passes over the models in schema
 * order, a model is placed once all its parents are placed; after 999 passes it throws. A cycle of
 * belongsTo fields can never be placed, so it is reported here as an error instead of a package
 * that throws when imported. A chain that is merely too deep for 999 passes is fixed by writing
 * the models parents-first, which DataStore then places in one pass.
 */
export function dataStoreModelOrder(models: readonly ModelIR[]): DataStoreModelOrder {
  const parents = new Map(models.map((model) => [model.name, belongsToParents(model)]));
  const schemaOrder = models.map((model) => model.name);
  const { placed, passes } = simulatePasses(schemaOrder, parents);
  if (placed.length === models.length) {
    return { order: passes <= DATASTORE_MAX_PASSES ? schemaOrder : placed, diagnostics: [] };
  }
  const unplaced = new Set(schemaOrder.filter((name) => !placed.includes(name)));
  const byName = new Map(models.map((model) => [model.name, model]));
  return {
    order: schemaOrder,
    diagnostics: findCycles(
      schemaOrder.filter((name) => unplaced.has(name)),
      parents,
    ).map((cycle) => cycleDiagnostic(cycle, byName)),
  };
}

function belongsToParents(model: ModelIR): string[] {
  return model.fields.flatMap((field) =>
    field.relation?.kind === 'belongsTo' && field.relation.relatedModel !== model.name
      ? [field.relation.relatedModel]
      : [],
  );
}

/** DataStore's loop, without its pass limit: every placeable model, in placement order. */
function simulatePasses(
  order: readonly string[],
  parents: ReadonlyMap<string, readonly string[]>,
): { placed: string[]; passes: number } {
  const placed = new Set<string>();
  let remaining = [...order];
  let passes = 0;
  while (remaining.length > 0) {
    passes += 1;
    const before = placed.size;
    for (const name of remaining) {
      if ((parents.get(name) ?? []).every((parent) => placed.has(parent))) placed.add(name);
    }
    remaining = remaining.filter((name) => !placed.has(name));
    if (placed.size === before) break;
  }
  return { placed: [...placed], passes };
}

/**
 * One cycle per strongly connected group of unplaceable models (Tarjan's algorithm over their
 * belongsTo edges), walked from the group's first model in schema order. Models that only depend
 * on a cycle form no group of their own and are not reported.
 */
function findCycles(
  unplaced: readonly string[],
  parents: ReadonlyMap<string, readonly string[]>,
): string[][] {
  const unplacedSet = new Set(unplaced);
  const edges = (name: string): string[] =>
    (parents.get(name) ?? []).filter((parent) => unplacedSet.has(parent));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (name: string): void => {
    index.set(name, index.size);
    low.set(name, index.get(name)!);
    stack.push(name);
    onStack.add(name);
    for (const parent of edges(name)) {
      if (!index.has(parent)) {
        visit(parent);
        low.set(name, Math.min(low.get(name)!, low.get(parent)!));
      } else if (onStack.has(parent)) {
        low.set(name, Math.min(low.get(name)!, index.get(parent)!));
      }
    }
    if (low.get(name) === index.get(name)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== name);
      if (group.length > 1) groups.push(group);
    }
  };
  for (const name of unplaced) if (!index.has(name)) visit(name);
  return groups
    .map((group) => new Set(group))
    .map((group) => {
      const start = unplaced.find((name) => group.has(name))!;
      const cycle: string[] = [];
      let current = start;
      while (!cycle.includes(current)) {
        cycle.push(current);
        current = edges(current).find((parent) => group.has(parent))!;
      }
      return cycle.slice(cycle.indexOf(current));
    })
    .sort((a, b) => unplaced.indexOf(a[0]!) - unplaced.indexOf(b[0]!));
}

function cycleDiagnostic(
  cycle: readonly string[],
  byName: ReadonlyMap<string, ModelIR>,
): Diagnostic {
  const first = byName.get(cycle[0]!);
  return diagnostic('DataStoreCycle', first?.path ?? '', { cycle });
}
