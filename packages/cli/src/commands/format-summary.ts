/**
 * The text `uibuilder-codegen inspect` prints: the transform's summary of the schema, then every
 * diagnostic in the layout `generate` prints them in (uncoloured: it is data on stdout).
 */
import type { AssumptionIR, RelationSummary, SchemaSummary } from '@uibuilder-codegen/transform';
import { formatDiagnostic, NO_COLORS } from './format-diagnostic.js';

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
  lines.push(
    ...summary.diagnostics.map((x) => '  ' + formatDiagnostic(x, NO_COLORS).replace(/\n/g, '\n  ')),
  );
  return lines.join('\n').replace(/^\n/, '') + '\n';
}
