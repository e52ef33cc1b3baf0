/**
 * The part of prettier's document algebra (`prettier/doc`) that the DataStore declarations need:
 * text, concatenation, groups, indentation, line breaks and `ifBreak`. Emit may not depend on
 * prettier itself (formatting belongs to the CLI), so declarations whose layout depends on the
 * length of the user's names are built as documents and laid out by {@link printDoc}, the same
 * algorithm prettier 3 uses, instead of by rules re-derived for each shape.
 */
export type Doc = string | readonly Doc[] | GroupDoc | IndentDoc | LineDoc | IfBreakDoc;

/** Printed on one line when it fits, else with every line in it broken (prettier's `group`). */
export interface GroupDoc {
  readonly kind: 'group';
  readonly contents: Doc;
  /** Broken whatever the width: asked for, or it holds a hard line or a broken group. */
  readonly break: boolean;
}

/** Lines broken inside `contents` are indented `width` spaces more (`indent`, `align(n)`). */
export interface IndentDoc {
  readonly kind: 'indent';
  readonly width: number;
  readonly contents: Doc;
}

/** A space (or nothing, when `soft`) in a flat group; a new line in a broken one. */
export interface LineDoc {
  readonly kind: 'line';
  readonly soft: boolean;
  readonly hard: boolean;
}

/** `breakContents` in a broken group, `flatContents` in a flat one. */
export interface IfBreakDoc {
  readonly kind: 'ifBreak';
  readonly breakContents: Doc;
  readonly flatContents: Doc;
}

export const line: LineDoc = { kind: 'line', soft: false, hard: false };
export const softline: LineDoc = { kind: 'line', soft: true, hard: false };
export const hardline: LineDoc = { kind: 'line', soft: false, hard: true };

/**
 * A group. Like prettier's `propagateBreaks`, a group that holds a hard line or a broken group is
 * broken itself; it is worked out here, once, because the groups inside are already built.
 */
export function group(contents: Doc, shouldBreak = false): GroupDoc {
  return { kind: 'group', contents, break: shouldBreak || holdsBreak(contents) };
}

/** Two more spaces for the lines broken inside. */
export function indent(contents: Doc): IndentDoc {
  return { kind: 'indent', width: 2, contents };
}

/** `width` more spaces for the lines broken inside (prettier's `align(n)`). */
export function align(width: number, contents: Doc): IndentDoc {
  return { kind: 'indent', width, contents };
}

export function ifBreak(breakContents: Doc, flatContents: Doc = ''): IfBreakDoc {
  return { kind: 'ifBreak', breakContents, flatContents };
}

/** The documents with `separator` between them. */
export function join(separator: Doc, docs: readonly Doc[]): Doc[] {
  return docs.flatMap((doc, index) => (index === 0 ? [doc] : [separator, doc]));
}

function holdsBreak(doc: Doc): boolean {
  if (typeof doc === 'string') return false;
  if (isDocArray(doc)) return doc.some(holdsBreak);
  switch (doc.kind) {
    case 'group':
      return doc.break;
    case 'indent':
      return holdsBreak(doc.contents);
    case 'line':
      return doc.hard;
    case 'ifBreak':
      return holdsBreak(doc.breakContents) || holdsBreak(doc.flatContents);
  }
}

/** `Array.isArray` narrowed for readonly arrays. */
export function isDocArray(doc: Doc): doc is readonly Doc[] {
  return Array.isArray(doc);
}
