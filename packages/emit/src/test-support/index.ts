export { typeCheck } from './compile.js';
export type { TypeCheckOptions, TypeCheckResult } from './compile.js';
export { importGenerated } from './import-module.js';
export { usesSyntaxNewerThanES2015 } from './es-syntax.js';
export { writeTempProject, EMIT_PACKAGE_DIR } from './temp-dir.js';
export type { TempProject } from './temp-dir.js';
export { blogIR } from './blog-ir.js';
export * from './ir-builders.js';
export { printStatements } from './print-statements.js';
