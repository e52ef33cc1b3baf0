import { OutputError } from '@uibuilder-codegen/core';
import type { RenderIR } from '@uibuilder-codegen/transform';
import { applyBanner } from './banner.js';
import type { BannerStyle } from './banner.js';
import type { EmittedSource } from './emitted-source.js';
import type { GeneratedFile } from './generated-file.js';
import { normalizeOutputPath, outputStem } from './output-path.js';
import { emitDeclarations } from './typescript/declarations.js';
import { keepsSourceSyntax, transpileToJavaScript } from './typescript/transpile.js';

interface TypeScriptFile {
  readonly stem: string;
  readonly source: string;
  readonly origin: string;
  readonly prettierStable: boolean;
  readonly declaration: string | undefined;
  readonly declarationPrettierStable: boolean;
  readonly runtimeSource: string | undefined;
  readonly javascript: string | undefined;
}

interface DraftFile {
  readonly path: string;
  readonly contents: string;
  readonly banner: BannerStyle;
  readonly prettierStable?: boolean;
  /** What produced it, for error messages. */
  readonly origin: string;
}

/**
 * Turns what the generators returned into files, as `script`, `target`, `module`,
 * `inlineSourceMap` and `renderTypeDeclarations` ask (DESIGN.md §4): TypeScript as `.ts`, or
 * transpiled to `.js` with `.d.ts` beside it; then the banner, LF endings and one final newline on
 * every file; sorted by path. Two sources writing the same path is an `OutputError`.
 */
export function renderFiles(
  sources: readonly EmittedSource[],
  render: RenderIR,
  jobId: string,
): GeneratedFile[] {
  const typescript: TypeScriptFile[] = [];
  const drafts: DraftFile[] = [];
  for (const source of sources) {
    if (source.kind === 'typescript') {
      const stem = outputStem(source.specifier);
      if (stem !== undefined) {
        typescript.push({
          stem,
          source: source.source,
          origin: source.specifier,
          prettierStable: source.prettierStable ?? false,
          declaration: source.declaration,
          declarationPrettierStable: source.declarationPrettierStable ?? false,
          runtimeSource: source.runtimeSource,
          javascript: source.javascript,
        });
      }
    } else if (source.path.trim() !== '') {
      const path = normalizeOutputPath(source.path);
      drafts.push({
        path,
        contents: source.contents,
        banner: source.comment,
        origin: source.path,
        prettierStable: source.prettierStable ?? false,
      });
    }
  }
  if (render.script === 'tsx') {
    for (const file of typescript) {
      drafts.push({
        path: `${file.stem}.ts`,
        contents: file.source,
        banner: 'line',
        origin: file.origin,
        prettierStable: file.prettierStable,
      });
    }
  } else {
    const direct = keepsSourceSyntax(render);
    for (const file of typescript) {
      const fileName = `${file.stem.split('/').pop() ?? file.stem}.ts`;
      const javascript = direct ? file.javascript : undefined;
      const contents =
        javascript ?? transpileToJavaScript(file.runtimeSource ?? file.source, fileName, render);
      drafts.push({
        path: `${file.stem}.js`,
        contents,
        banner: 'line',
        origin: file.origin,
        // The generator wrote it in prettier's style (see EmittedSource).
        prettierStable: javascript !== undefined,
      });
    }
    if (render.renderTypeDeclarations) {
      const declarations = emitDeclarations(typescript.filter((f) => f.declaration === undefined));
      for (const file of typescript) {
        const contents = file.declaration ?? declarations.get(file.stem) ?? '';
        drafts.push({
          path: `${file.stem}.d.ts`,
          contents,
          banner: 'line',
          origin: file.origin,
          prettierStable: file.declaration !== undefined && file.declarationPrettierStable,
        });
      }
    }
  }
  assertDistinctPaths(drafts);
  return drafts
    .map((draft) => ({
      path: draft.path,
      contents: finishContents(draft.contents, jobId, draft.banner),
      ...(draft.prettierStable ? { prettierStable: true } : {}),
    }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
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
 * LF endings, the banner, one final newline. The ending is fixed before the banner goes in front,
 * so that a large file is not copied to check it: the banner and the text stay two pieces until the
 * file is written (an empty text still gets just the banner).
 */
function finishContents(contents: string, jobId: string, banner: BannerStyle): string {
  const body = withFinalNewline(toLf(contents));
  return body === '\n'
    ? withFinalNewline(applyBanner('', jobId, banner))
    : applyBanner(body, jobId, banner);
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
