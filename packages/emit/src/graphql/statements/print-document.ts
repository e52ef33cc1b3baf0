/** Printing a document once, however many files and checks read its text. */
import { print } from 'graphql';
import type { DocumentNode } from 'graphql';

const printed = new WeakMap<DocumentNode, string>();

/** `print(document)`, remembered per document object. */
export function printDocument(document: DocumentNode): string {
  let text = printed.get(document);
  if (text === undefined) {
    text = print(document);
    printed.set(document, text);
  }
  return text;
}
