/**
 * The marks that stand for the texts of a template, one per text: printable, one column wide, and
 * in no fixed text of a template (checked once per template), and not special in a regular
 * expression.
 */
const MARKS = '#@~%!';

/** A value of a template: its first line's width, and its last line's when it has several. */
function widthsOf(value: string): readonly [number] | readonly [number, number] {
  const firstEnd = value.indexOf('\n');
  if (firstEnd === -1) return [value.length];
  return [firstEnd, value.length - value.lastIndexOf('\n') - 1];
}

/** Printable ASCII and line feeds: the texts whose width is their length. */
const ASCII = /^[\x20-\x7e\n]*$/;

/** A printed template: fixed text, then the index of a value, then fixed text, and so on. */
type Parts = readonly (string | number)[];

/**
 * Prints a document whose layout depends only on the widths of some texts in it once per
 * combination of those widths, with placeholders of those widths where the texts go, and fills in
 * each set of texts. prettier's printer costs some microseconds per document; a 5,000-model job
 * has tens of thousands of declarations and exports but only a few hundred width combinations.
 *
 * A text of several lines stands in with its first and last lines only, so `print` must place its
 * lines with `literalline` (as a template literal does): they then start at column 0 and the lines
 * between do not change the layout. Texts that are not printable ASCII (whose width is not their
 * length), and empty first or last lines (a placeholder must be found again), are printed directly.
 */
export function byWidths<Texts extends string[]>(
  print: (...texts: Texts) => string,
): (...values: Texts) => string {
  const templates = new Map<string, Parts>();
  return (...values) => {
    const widths = values.map(widthsOf);
    if (widths.some((w) => w.includes(0)) || !values.every((v) => ASCII.test(v))) {
      return print(...values);
    }
    const key = widths.join(';');
    let parts = templates.get(key);
    if (parts === undefined) {
      parts = template(print, widths);
      // The first texts of each template are printed directly too: a mark in the fixed text would
      // be taken for a placeholder, and this is where it shows.
      if (fill(parts, values) !== print(...values))
        throw new Error(`byWidths: ${key} ${misprinted}`);
      templates.set(key, parts);
    }
    return fill(parts, values);
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
  widths: readonly (readonly number[])[],
): Parts {
  const placeholders = widths.map((w, index) =>
    w.map((width) => MARKS.charAt(index).repeat(width)).join('\n'),
  );
  if (widths.length > MARKS.length) throw new Error(`byWidths takes at most ${MARKS.length} texts`);
  const printed = print(...(placeholders as Texts));
  const shapes = widths.map((w, index) =>
    (w.length === 1 ? '#+' : '#+\\n#+').replaceAll('#', MARKS.charAt(index)),
  );
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
