/**
 * Test support: the documents the statements builder makes for every operation of an IR, on the
 * schema the IR implies, as emitFiles makes them (one at a time there; all at once here).
 */
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { buildApiSchema } from '../appsync-schema/build-appsync-schema.js';
import type { OperationDocument } from '../operation-document.js';
import { eachOperationDocument } from '../statements/operation-documents.js';
import type { OperationDocumentOptions } from '../statements/operation-documents.js';

/** Every operation's document for `ir`, in operation order. */
export function operationDocuments(
  ir: SchemaIR,
  options: OperationDocumentOptions,
): OperationDocument[] {
  return [...eachOperationDocument(ir, buildApiSchema(ir), options, ir.operations)];
}
