/**
 * Characters that make a terminal do something instead of showing something: C0 controls (but
 * tab and newline), DEL, C1 controls (`\u009b` is a one-byte CSI), the bidirectional overrides
 * that reorder what is shown, and the Unicode line separators.
 */
const CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /(\x1b\[[0-9;]*m)|[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * Makes text safe to print: every control character becomes its `\u001b`-style escape (valid in
 * JSON strings too, so `--json` output stays parseable). Colour sequences (SGR, `ESC [ ... m`)
 * are kept only when `keepColors`: the CLI's own colours, on a terminal that shows colours.
 */
export function escapeControlCharacters(text: string, keepColors = false): string {
  return text.replace(CONTROL, (match: string, sgr: string | undefined) => {
    if (sgr !== undefined && keepColors) return sgr;
    // An SGR sequence that is not kept has its ESC escaped; the rest is printable.
    return `\\u${(match.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}${match.slice(1)}`;
  });
}
