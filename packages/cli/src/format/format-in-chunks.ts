/** Files larger than this are formatted a top-level declaration group at a time. */
export const CHUNK_THRESHOLD_BYTES = 256 * 1024;

/** About how much text goes to prettier in one call. */
const CHUNK_TARGET_BYTES = 64 * 1024;

/**
 * Formats a large generated file in pieces. prettier's time and memory grow faster than the input
 * (a 10 MB types file takes gigabytes), but our generated files are flat lists of top-level
 * declarations separated by blank lines, and prettier prints each top-level statement on its own,
 * keeping one blank line between statements. So formatting runs of whole declarations and joining
 * them with a blank line gives the same text as formatting the whole file.
 *
 * Splits only before a line that starts a top-level `export` after a blank line, which cannot be
 * inside a template literal in what we generate (GraphQL documents have no `export` keyword at
 * column 0). `format` is prettier's, with the file's options already applied; `first` says whether
 * the text starts the file (only there may `insertPragma` add its `@format` comment).
 */
export async function formatInChunks(
  contents: string,
  format: (text: string, first: boolean) => Promise<string>,
): Promise<string> {
  if (contents.length <= CHUNK_THRESHOLD_BYTES) return format(contents, true);
  const pieces = contents.split(/\n\n(?=export )/);
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces) {
    if (current !== '' && current.length + piece.length > CHUNK_TARGET_BYTES) {
      chunks.push(current);
      current = piece;
    } else {
      current = current === '' ? piece : `${current}\n\n${piece}`;
    }
  }
  if (current !== '') chunks.push(current);
  const formatted: string[] = [];
  for (const [index, chunk] of chunks.entries()) {
    formatted.push((await format(chunk, index === 0)).replace(/\n+$/, ''));
  }
  return formatted.join('\n\n') + '\n';
}
