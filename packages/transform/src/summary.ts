/**
 * What `uibuilder-codegen inspect` shows: a JSON-able summary of a normalised schema (or of the
 * diagnostics of one that failed) and its readable text form.
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

function relationLine(r: RelationSummary): string {
  const through = r.joinModel !== undefined ? ` through ${r.joinModel}` : '';
  const keys = r.foreignKeys.length > 0 ? ` (keys: ${r.foreignKeys.join(', ')})` : '';
  const inverse = r.inverseField !== undefined ? `, inverse ${r.inverseField}` : '';
  return `      ${r.field}: ${r.kind} ${r.relatedModel}${through}${keys}${inverse}`;
}

/** The assumed names: index queries by name, default operations by model. */
function assumptionLines(assumptions: readonly AssumptionIR[]): string[] {
  if (assumptions.length === 0) return [];
  const index = assumptions.filter((a) => a.kind === 'indexQuery');
  const models = [
    ...new Set(assumptions.filter((a) => a.kind === 'modelOperation').map((a) => a.model)),
  ];
  return [
    '',
    `Assumed names (${assumptions.length}; the deployed AppSync schema, --api-schema, makes them exact):`,
    ...(index.length > 0
      ? [`  index queries (an @index's sortKeyFields or queryField would rename them):`]
      : []),
    ...index.map((a) => `    ${a.fieldName} (${a.model})`),
    ...(models.length > 0
      ? [
          `  default @model operations of ${models.length} model(s) (an @model argument would rename or remove them): ${models.join(', ')}`,
        ]
      : []),
  ];
}

/** Formats one diagnostic as the CLI prints it: `[Code] message`, `at path`, `Resolution: hint`. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.severity} [${d.code}] ${d.message}\n    at ${d.path === '' ? '/' : d.path}\n    Resolution: ${d.hint}`;
}

/** The readable text of a {@link SchemaSummary}, ending with every diagnostic. */
export function formatSummary(summary: SchemaSummary): string {
  const lines: string[] = [];
  if (summary.jobId !== undefined)
    lines.push(`Codegen job ${summary.jobId} (api: ${summary.api ?? 'none'})`);
  if (summary.models.length > 0) lines.push('', `Models (${summary.models.length}):`);
  for (const m of summary.models) {
    lines.push(
      `  ${m.name}${m.isJoinTable ? ' (join model)' : ''}: key [${m.primaryKey.join(', ')}], ${m.fieldCount} fields, plural ${m.pluralName}`,
    );
    if (m.implicitFields.length > 0)
      lines.push(`    implicit fields: ${m.implicitFields.join(', ')}`);
    if (m.relations.length > 0) lines.push('    relations:', ...m.relations.map(relationLine));
    if (m.indexQueries.length > 0) lines.push(`    index queries: ${m.indexQueries.join(', ')}`);
    if (m.operations.length > 0) lines.push(`    operations: ${m.operations.join(', ')}`);
  }
  if (summary.enums.length > 0)
    lines.push(
      '',
      `Enums (${summary.enums.length}):`,
      ...summary.enums.map((e) => `  ${e.name}: ${e.values.join(' | ')}`),
    );
  if (summary.nonModels.length > 0)
    lines.push(
      '',
      `Non-models (${summary.nonModels.length}):`,
      ...summary.nonModels.map((n) => `  ${n.name}: ${n.fieldCount} fields`),
    );
  const c = summary.operationCounts;
  if (summary.ok)
    lines.push(
      '',
      `Operations: ${c.queries} queries, ${c.mutations} mutations, ${c.subscriptions} subscriptions`,
    );
  lines.push(...assumptionLines(summary.assumptions));
  const d = summary.diagnosticCounts;
  lines.push('', `Diagnostics: ${d.errors} error(s), ${d.warnings} warning(s), ${d.infos} info(s)`);
  lines.push(...summary.diagnostics.map((x) => '  ' + formatDiagnostic(x).replace(/\n/g, '\n  ')));
  return lines.join('\n').replace(/^\n/, '') + '\n';
}
