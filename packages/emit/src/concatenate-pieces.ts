/**
 * `pieces.join(separator)` as a rope: each piece appended, not copied. `join` copies every piece
 * into one flat string at once, and the banner in front of it (banner.ts) is then a second piece
 * that the first read of the file copies whole again: at 5,000 models that is a second copy of a
 * 95 MB types file. A rope is copied once, by that first read, with the banner in it.
 *
 * For large files of pieces of a line or more: a rope of tiny pieces holds far more memory than
 * their text (type-literal.ts joins for that reason).
 */
export function concatenatePieces(pieces: readonly string[], separator: string): string {
  let text = pieces[0] ?? '';
  for (let index = 1; index < pieces.length; index++) text += separator + pieces[index]!;
  return text;
}
