/**
 * The unit between emit and write: one file's path and contents. `path` is a POSIX path relative
 * to the component directory (`--out`), normalised, and may start with `../` (the render config's
 * paths are import specifiers relative to that directory). The CLI resolves it and refuses any path
 * that leaves `--root`.
 */
export interface GeneratedFile {
  readonly path: string;
  readonly contents: string;
  /**
   * The contents are exactly what prettier 3 prints with its default options, so a formatter may
   * skip the file when the user's prettier config is the default one. Tests hold emit to this.
   * @default false
   */
  readonly prettierStable?: boolean;
}
