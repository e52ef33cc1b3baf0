/** Stands for the name in a template: one column wide, and in no name or fixed text it is used for. */
const NAME_MARK = '#';

/**
 * Prints a declaration whose layout depends only on the length of its name once per length, with
 * a placeholder of that length where the name goes, and fills in each name. prettier's printer
 * costs some microseconds per document; a 5,000-model DataStore package has 20,000 such
 * declarations but only a few dozen name lengths. Exact for ASCII names (GraphQL's), whose width
 * is their length.
 */
export function byNameLength(print: (name: string) => string): (name: string) => string {
  const templates = new Map<number, readonly string[]>();
  return (name) => {
    let parts = templates.get(name.length);
    if (parts === undefined) {
      const placeholder = NAME_MARK.repeat(name.length);
      parts = print(placeholder).split(placeholder);
      templates.set(name.length, parts);
    }
    return parts.join(name);
  };
}
