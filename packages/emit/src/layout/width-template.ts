/**
 * The marks that stand for the texts of a template, one per text: printable, one column wide, and
 * in no fixed text of a template (checked once per template).
 */
const MARKS = '#@~%!^?+*$';

/**
 * Whether `text[start, end)` is printable ASCII, whose width is its length, and not empty (an
 * empty placeholder could not be found again).
 */
function measurable(text: string, start: number, end: number): boolean {
  if (start === end) return false;
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/**
 * The widths that decide a value's layout, `first` or `first/last` for a value of several lines,
 * or `undefined` when they cannot stand in for it (see {@link measurable}).
 */
function widthsOf(value: string): string | undefined {
  const firstEnd = value.indexOf('\n');
  if (firstEnd === -1) return measurable(value, 0, value.length) ? `${value.length}` : undefined;
  const lastStart = value.lastIndexOf('\n') + 1;
  if (!measurable(value, 0, firstEnd) || !measurable(value, lastStart, value.length))
    return undefined;
  return `${firstEnd}/${value.length - lastStart}`;
}

/** A printed template: fixed text, then the index of a value, then fixed text, and so on. */
type Parts = readonly (string | number)[];

/**
 * Prints a document whose layout depends only on the widths of some texts in it once per
 * combination of those widths, with placeholders of those widths where the texts go, and fills in
 * each set of texts. prettier's printer costs some microseconds per document, and more for a
 * document of many lines: a 5,000-model job has tens of thousands of declarations and exports but
 * only a few hundred width combinations, and even the blog example's statements printed in full
 * were a sixth of its start-up.
 *
 * A text of several lines stands in with its first and last lines only, so `print` must place its
 * lines with `literalline` (as a template literal does): they then start at column 0 and the lines
 * between do not change the layout. More texts than there are marks, a text whose first or last
 * line is empty (its placeholder could not be found again) or not printable ASCII (whose width is
 * not its length), or whose template could not say where a text goes (see template), is printed
 * directly.
 */
export function byWidths<Texts extends string[]>(
  print: (...texts: Texts) => string,
): (...values: Texts) => string {
  // `null`: this combination of widths is printed directly (see template).
  const templates = new Map<string, Parts | null>();
  return (...values) => {
    if (values.length > MARKS.length) return print(...values);
    let key = '';
    for (const value of values) {
      const widths = widthsOf(value);
      if (widths === undefined) return print(...values);
      key += `${widths};`;
    }
    let parts = templates.get(key);
    if (parts === undefined) {
      parts = template(print, values);
      templates.set(key, parts);
    }
    return parts === null ? print(...values) : fill(parts, values);
  };
}

function fill(parts: Parts, values: readonly string[]): string {
  let text = '';
  for (const part of parts) text += typeof part === 'number' ? values[part]! : part;
  return text;
}

/**
 * The document printed with each text's placeholder (its first line and, when it has several, its
 * last line, in its own mark), cut where the placeholders are; `null` when a placeholder is not
 * found exactly once: a run of its mark in the fixed text that looks like it is a second find (or
 * a run of another length), so where the text goes would be ambiguous. A mark in the fixed text
 * that cannot be taken for a placeholder stays fixed text.
 */
function template<Texts extends string[]>(
  print: (...texts: Texts) => string,
  values: Texts,
): Parts | null {
  const placeholders = values.map((value, index) =>
    value
      .split('\n')
      .filter((_, line, lines) => line === 0 || line === lines.length - 1)
      .map((text) => MARKS.charAt(index).repeat(text.length))
      .join('\n'),
  );
  const printed = print(...(placeholders as Texts));
  const shapes = placeholders.map((placeholder, index) => {
    const run = `\\${MARKS.charAt(index)}+`;
    return placeholder.includes('\n') ? `${run}\\n${run}` : run;
  });
  const pattern = new RegExp(shapes.join('|'), 'g');
  const parts: (string | number)[] = [];
  const found = new Set<number>();
  let end = 0;
  for (const match of printed.matchAll(pattern)) {
    const index = MARKS.indexOf(match[0].charAt(0));
    if (match[0] !== placeholders[index] || found.has(index)) return null;
    found.add(index);
    parts.push(printed.slice(end, match.index), index);
    end = match.index + match[0].length;
  }
  parts.push(printed.slice(end));
  return found.size === values.length ? parts : null;
}
