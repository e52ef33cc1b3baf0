/**
 * The parts of graphql-js the generators run: its language modules, imported by path. Importing
 * `graphql` itself loads all of graphql-js (130 CommonJS modules, the type system and validation
 * included), which took a fifth of a second of every run's start-up; the generators only need the
 * AST constants, the parser for the AppSync prelude and the printer as a fallback. Types still
 * come from `graphql`, and tests use all of it.
 */
export { Kind } from 'graphql/language/kinds.js';
export { OperationTypeNode } from 'graphql/language/ast.js';
export { parse, Parser } from 'graphql/language/parser.js';
export { Lexer } from 'graphql/language/lexer.js';
export { Source } from 'graphql/language/source.js';
export { TokenKind } from 'graphql/language/tokenKind.js';
export { print } from 'graphql/language/printer.js';
