/**
 * What `uibuilder-codegen inspect` shows: a JSON-able summary of a normalised schema (or of the
 * diagnostics of one that failed). The CLI prints its text form.
 */
import type { Diagnostic } from '@uibuilder-codegen/core';
import type { AssumptionIR, NormalizeResult, RelationIR } from './ir.js';

/** One relationship field, flattened for display. */
export interface RelationSummary {
  readonly field: string;
  readonly kind: RelationIR['kind'];
  readonly relatedModel: string;
  readonly foreignKeys: readonly string[];
  /** The join model of a many-to-many. */
  readonly joinModel?: string;
  readonly inverseField?: string;
}

/** One model. */
export interface ModelSummary {
  readonly name: string;
  readonly pluralName: string;
  readonly isJoinTable: boolean;
  /** The partition key, then the sort keys. */
  readonly primaryKey: readonly string[];
  readonly fieldCount: number;
  /** Fields the transformer adds (implicit `id` and foreign keys), listed in the job or not. */
  readonly implicitFields: readonly string[];
  readonly relations: readonly RelationSummary[];
  readonly indexQueries: readonly string[];
  /** The model's root fields, in API order. */
  readonly operations: readonly string[];
}

/** The whole summary; `ok` is false when the schema has errors (then only diagnostics are set). */
export interface SchemaSummary {
  readonly ok: boolean;
  readonly jobId: string | undefined;
  readonly api: 'graphQL' | 'dataStore' | 'noApi' | undefined;
  readonly models: readonly ModelSummary[];
  readonly enums: readonly { readonly name: string; readonly values: readonly string[] }[];
  readonly nonModels: readonly { readonly name: string; readonly fieldCount: number }[];
  readonly operationCounts: {
    readonly queries: number;
    readonly mutations: number;
    readonly subscriptions: number;
  };
  /**
   * The operation names the job cannot confirm (index queries first), which the deployed AppSync
   * schema would make exact; the `AssumedNames` warning sums them up.
   */
  readonly assumptions: readonly AssumptionIR[];
  readonly diagnosticCounts: {
    readonly errors: number;
    readonly warnings: number;
    readonly infos: number;
  };
  readonly diagnostics: readonly Diagnostic[];
}

function relationSummary(field: string, rel: RelationIR): RelationSummary {
  const base = {
    field,
    kind: rel.kind,
    relatedModel: rel.relatedModel,
    foreignKeys: rel.foreignKeys,
  };
  const inverse = rel.inverseField === undefined ? {} : { inverseField: rel.inverseField };
  return rel.kind === 'manyToMany'
    ? { ...base, joinModel: rel.joinModel, ...inverse }
    : { ...base, ...inverse };
}

/**
 * Summarises a {@link NormalizeResult}, or just the diagnostics of a failed normalisation
 * (`{ diagnostics: schemaError.diagnostics }`).
 */
export function summarizeSchema(
  result: NormalizeResult | { readonly diagnostics: readonly Diagnostic[] },
): SchemaSummary {
  const diagnostics = result.diagnostics;
  const count = (s: Diagnostic['severity']): number =>
    diagnostics.filter((d) => d.severity === s).length;
  const ir = 'ir' in result ? result.ir : undefined;
  const ops = ir?.operations ?? [];
  return {
    ok: ir !== undefined && count('error') === 0,
    jobId: ir?.jobId,
    api: ir?.render.api.kind,
    models: (ir?.models ?? []).map((m) => ({
      name: m.name,
      pluralName: m.pluralName,
      isJoinTable: m.isJoinTable,
      primaryKey: [m.primaryKey.partitionKey, ...m.primaryKey.sortKeys],
      fieldCount: m.fields.length,
      implicitFields: m.fields
        .filter((f) => f.origin === 'implicitId' || f.origin === 'implicitForeignKey')
        .map((f) => f.name),
      relations: m.fields.flatMap((f) =>
        f.relation === undefined ? [] : [relationSummary(f.name, f.relation)],
      ),
      indexQueries: m.indexQueries.map((q) => q.fieldName),
      operations: ops.filter((o) => o.model === m.name).map((o) => o.fieldName),
    })),
    enums: (ir?.enums ?? []).map((e) => ({ name: e.name, values: e.values })),
    nonModels: (ir?.nonModels ?? []).map((n) => ({ name: n.name, fieldCount: n.fields.length })),
    operationCounts: {
      queries: ops.filter((o) => o.kind === 'query').length,
      mutations: ops.filter((o) => o.kind === 'mutation').length,
      subscriptions: ops.filter((o) => o.kind === 'subscription').length,
    },
    assumptions: ir?.assumptions ?? [],
    diagnosticCounts: { errors: count('error'), warnings: count('warning'), infos: count('info') },
    diagnostics,
  };
}
