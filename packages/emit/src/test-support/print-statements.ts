import { IndentationText, NewLineKind, Project, QuoteKind } from 'ts-morph';
import type { StatementStructures } from 'ts-morph';

/** Prints ts-morph statement structures as TypeScript, for builder snapshots. */
export function printStatements(statements: readonly (string | StatementStructures)[]): string {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipLoadingLibFiles: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Double,
    },
  });
  return project.createSourceFile('/print.ts', { statements: [...statements] }).getFullText();
}
