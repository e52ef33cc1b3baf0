/**
 * Warnings about the selection sets (APPSYNC-CONVENTIONS.md §4): a depth too shallow to reach
 * related items (#751), and documents large enough that cycles are probably unrolling (#43).
 */
import type { Diagnostic, SchemaIR } from '@uibuilder-codegen/transform';
import type { EmitContext } from '../emit-context.js';

/** Total printed size of all documents above which, without `pruneCycles`, we warn. */
export const LARGE_DOCUMENTS_BYTES = 512 * 1024;

function hasRelationships(ir: SchemaIR): boolean {
  return ir.models.some((m) => m.fields.some((f) => f.relation !== undefined));
}

/** The diagnostics for documents built with `context` whose printed texts total `bytes`. */
export function graphQLDiagnosticsForSize(context: EmitContext, bytes: number): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (context.maxDepth < 3 && hasRelationships(context.ir)) {
    diagnostics.push({
      severity: 'warning',
      code: 'ShallowMaxDepth',
      path: '/genericDataSchema/models',
      message: `maxDepth ${context.maxDepth} is too shallow for related models: get queries select no connection items and list items lose non-model fields`,
      hint: 'Use --max-depth 3 (the default) or more to select related items.',
    });
  }
  if (!context.pruneCycles) {
    if (bytes > LARGE_DOCUMENTS_BYTES) {
      diagnostics.push({
        severity: 'warning',
        code: 'LargeSelectionSets',
        path: '/genericDataSchema/models',
        message: `The GraphQL documents total ${Math.round(bytes / 1024)} KiB at maxDepth ${context.maxDepth}: relationships are unrolled in cycles`,
        hint: 'Turn on pruneCycles (never re-enter a model already on the path) or lower --max-depth.',
      });
    }
  }
  return diagnostics;
}
