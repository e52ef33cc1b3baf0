/**
 * Markdown as plain text for `--help`: a parenthesised link to a README section dropped, other
 * links reduced to their text, code spans unquoted.
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/ \(\[[^\]]*\]\(#[^)]*\)\)/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`/g, '');
}
