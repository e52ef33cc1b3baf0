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
 * combination of those widths that recurs, with placeholders of those widths where the texts go, and fills in
 * each set of texts. prettier's printer costs some microseconds per document; a 5,000-model job
 * has tens of thousands of declarations and exports but only a few hundred width combinations.
 *
 * A text of several lines stands in with its first and last lines only, so `print` must place its
 * lines with `literalline` (as a template literal does): they then start at column 0 and the lines
 * between do not change the layout. More texts than there are marks, a text whose first or last line is empty (its placeholder
 * could not be found again) or not printable ASCII (whose width is not its length) is printed
 * directly.
 */
export function byWidths<Texts extends string[]>(
  print: (...texts: Texts) => string,
): (...values: Texts) => string {
  // `null`: printed once, directly. A template pays off only for widths that come back, and a
  // small job (the CLI's usual run) has few that do: it prints each document once, as before.
  const templates = new Map<string, Parts | null>();
  return (...values) => {
    if (values.length > MARKS.length) return print(...values);
    let key = '';
    for (const value of values) {
      const widths = widthsOf(value);
      if (widths === undefined) return print(...values);
      key += `${widths};`;
    }
    const parts = templates.get(key);
    if (parts) return fill(parts, values);
    const printed = print(...values);
    if (parts === undefined) {
      templates.set(key, null);
      return printed;
    }
    const made = template(print, values);
    // The texts a template is made for are printed directly too: a mark in the fixed text would
    // be taken for a placeholder, and this is where it shows.
    if (fill(made, values) !== printed) throw new Error(`byWidths: ${key} ${misprinted}`);
    templates.set(key, made);
    return printed;
  };
}

const misprinted = 'differs from the document printed directly (a mark in its fixed text?)';

function fill(parts: Parts, values: readonly string[]): string {
  let text = '';
  for (const part of parts) text += typeof part === 'number' ? values[part]! : part;
  return text;
}

function template<Texts extends string[]>(
  print: (...texts: Texts) => string,
  values: Texts,
): Parts {
  // Each value's first line and, when it has several, its last line, in its own mark.
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
  let end = 0;
  for (const match of printed.matchAll(pattern)) {
    const index = MARKS.indexOf(match[0].charAt(0));
    if (match[0] !== placeholders[index]) throw new Error(`byWidths: ${misprinted}`);
    parts.push(printed.slice(end, match.index), index);
    end = match.index + match[0].length;
  }
  parts.push(printed.slice(end));
  return parts;
}
