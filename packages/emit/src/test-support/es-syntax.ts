import ts from 'typescript';

/**
 * True when JavaScript uses syntax newer than ES2015. The real compiler transpiles it twice, at
 * ES2015 and at ESNext, through the same printer: the two outputs differ exactly when something
 * had to be downleveled (`**`, `async`, object spread, `?.`, `??`, optional catch bindings, ...).
 */
export function usesSyntaxNewerThanES2015(javaScript: string): boolean {
  const transpile = (target: ts.ScriptTarget) =>
    ts.transpileModule(javaScript, {
      fileName: 'check.js',
      compilerOptions: {
        target,
        module: ts.ModuleKind.ESNext,
        allowJs: true,
        removeComments: true,
      },
    }).outputText;
  return transpile(ts.ScriptTarget.ES2015) !== transpile(ts.ScriptTarget.ESNext);
}
