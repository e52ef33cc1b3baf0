/**
 * Warnings about the selection sets (APPSYNC-CONVENTIONS.md §4): a depth too shallow to reach
 * related items (#751), and documents large enough that cycles are probably unrolling (#43).
 */
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { diagnostic, type Diagnostic } from '@uibuilder-codegen/core';
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
    diagnostics.push(
      diagnostic('ShallowMaxDepth', '/genericDataSchema/models', { maxDepth: context.maxDepth }),
    );
  }
  if (!context.pruneCycles) {
    if (bytes > LARGE_DOCUMENTS_BYTES) {
      diagnostics.push(
        diagnostic('LargeSelectionSets', '/genericDataSchema/models', {
          bytes,
          maxDepth: context.maxDepth,
        }),
      );
    }
  }
  return diagnostics;
}
