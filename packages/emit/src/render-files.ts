import { OutputError } from '@uibuilder-codegen/core';
import type { OutputFormIR } from '@uibuilder-codegen/transform';
import { applyBanner } from './banner.js';
import type { BannerStyle } from './banner.js';
import type { EmittedSource, OutputText } from './emitted-source.js';
import type { GeneratedFile } from './generated-file.js';
import { emitDeclarations } from './typescript/declarations.js';
import { transpileToJavaScript } from './typescript/transpile.js';

type EmittedModule = Extract<EmittedSource, { kind: 'module' }>;

interface DraftFile {
  readonly path: string;
  readonly contents: string;
  readonly banner: BannerStyle;
  readonly prettierStable: boolean;
  /** What produced it, for error messages. */
  readonly origin: string;
}

/**
 * Turns what the generators returned into files, in the output form the transform decided
 * (DESIGN.md §4): each module as `.ts`, or as `.js` (transpiled only when the generator did not
 * write it) with `.d.ts` beside it; then the banner, LF endings and one final newline on every
 * file; sorted by path. Two sources writing the same path is an `OutputError`.
 */
export function renderFiles(
  sources: readonly EmittedSource[],
  output: OutputFormIR,
  jobId: string,
): GeneratedFile[] {
  const modules: EmittedModule[] = [];
  const drafts: DraftFile[] = [];
  for (const source of sources) {
    if (source.kind === 'module') modules.push(source);
    else
      drafts.push({
        path: source.path,
        contents: source.contents,
        banner: source.comment,
        origin: source.path,
        prettierStable: source.prettierStable ?? false,
      });
  }
  drafts.push(...moduleFiles(modules, output));
  assertDistinctPaths(drafts);
  return drafts
    .map((draft) => ({
      path: draft.path,
      contents: finishContents(draft.contents, jobId, draft.banner),
      ...(draft.prettierStable ? { prettierStable: true } : {}),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

function moduleFiles(modules: readonly EmittedModule[], output: OutputFormIR): DraftFile[] {
  if (output.language === 'ts') return modules.map((module) => draft(module, '.ts', module.ts));
  const files = modules.map((module) => draft(module, '.js', javaScript(module, output)));
  if (!output.declarations) return files;
  const compiled = emitDeclarations(
    modules
      .filter((module) => module.dts === undefined)
      .map((module) => ({ stem: module.target.stem, source: module.ts.text })),
  );
  for (const module of modules) {
    const text = compiled.get(module.target.stem) ?? '';
    files.push(draft(module, '.d.ts', module.dts ?? { text, prettierStable: false }));
  }
  return files;
}

/** The module's JavaScript: as its generator wrote it, or `ts` transpiled. */
function javaScript(module: EmittedModule, output: OutputFormIR & { language: 'js' }): OutputText {
  if (module.js !== undefined) {
    // A generator writes JavaScript only where transpiling would just erase types.
    if (!output.direct)
      throw new Error(`${module.target.stem}: JavaScript written for the compiler's output form`);
    return module.js;
  }
  const stem = module.target.stem;
  const fileName = `${stem.split('/').pop() ?? stem}.ts`;
  return { text: transpileToJavaScript(module.ts.text, fileName, output), prettierStable: false };
}

function draft(module: EmittedModule, extension: string, text: OutputText): DraftFile {
  return {
    path: `${module.target.stem}${extension}`,
    contents: text.text,
    banner: 'line',
    origin: module.target.path,
    prettierStable: text.prettierStable,
  };
}

/**
 * Refuses two files at one path, and two paths that differ only in case: they are one file on
 * the case-insensitive file systems of macOS and Windows.
 */
function assertDistinctPaths(drafts: readonly DraftFile[]): void {
  const seen = new Map<string, DraftFile>();
  for (const draft of drafts) {
    const key = draft.path.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const same =
        earlier.path === draft.path
          ? `the same file ${draft.path}`
          : `${earlier.path} and ${draft.path}, which differ only in case`;
      throw new OutputError(
        `Two generated files would be written to ${same} (from "${earlier.origin}" and "${draft.origin}")`,
        {
          files: [earlier.path, draft.path],
          hint: "Give each path in the job's renderConfig its own file name.",
        },
      );
    }
    seen.set(key, draft);
  }
}

/**
 * The banner, LF endings, one final newline. The banner goes in front first, before anything reads
 * the text: a large file arrives as a rope of its pieces, and the first read copies it once, banner
 * included (see banner.ts). The banner ends with a line break, so fixing the endings after it
 * gives what fixing them before did; a text of line breaks alone leaves just the banner.
 */
function finishContents(contents: string, jobId: string, banner: BannerStyle): string {
  return withFinalNewline(toLf(applyBanner(contents, jobId, banner)));
}

// Both return their input when there is nothing to change: copying a 50 MB file costs memory.
function toLf(contents: string): string {
  return contents.includes('\r') ? contents.replace(/\r\n?/g, '\n') : contents;
}

function withFinalNewline(contents: string): string {
  return contents.endsWith('\n') && !contents.endsWith('\n\n')
    ? contents
    : contents.replace(/\n*$/, '\n');
}
