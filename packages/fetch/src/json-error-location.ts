import { createRequire } from 'node:module';
import type * as Jsonc from 'jsonc-parser';

// jsonc-parser is loaded for a text that JSON.parse rejected only: every run parses a job, few
// get it wrong, and each module loaded costs start-up (issue 18).
const require = createRequire(import.meta.url);

/** Where in a text a JSON syntax error is, 1-based, and what the error is. */
export interface JsonErrorLocation {
  line: number;
  column: number;
  /** What is wrong, in words (`Expected ',' or '}' after property value`). */
  problem: string;
}

const PARSE_ERROR_WORDS: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'expected a double-quoted property name',
  ValueExpected: 'expected a value',
  ColonExpected: "expected ':' after the property name",
  CommaExpected: "expected ','",
  CloseBraceExpected: "expected '}'",
  CloseBracketExpected: "expected ']'",
  EndOfFileExpected: 'unexpected content after the JSON value',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'unterminated number',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape sequence',
  InvalidCharacter: 'invalid character in a string',
};

/** Converts a 0-based offset into a 1-based line and column (columns count UTF-16 code units). */
export function lineAndColumnAt(text: string, offset: number): { line: number; column: number } {
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < clamped; index += 1) {
    if (text.charCodeAt(index) === 10) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: clamped - lineStart + 1 };
}

/**
 * Locates the first syntax error in text that `JSON.parse` rejected. Node 20's messages carry
 * "at position N" only for some errors, so a strict scanner (jsonc-parser with comments and
 * trailing commas disallowed) finds the offset; the `JSON.parse` position is the fallback.
 */
export function locateJsonError(text: string, error: unknown): JsonErrorLocation {
  const { parse, printParseErrorCode } = require('jsonc-parser') as typeof Jsonc;
  const errors: Jsonc.ParseError[] = [];
  parse(text, errors, {
    disallowComments: true,
    allowTrailingComma: false,
    allowEmptyContent: false,
  });
  const first = errors[0];
  const nativeMessage = error instanceof Error ? error.message : String(error);
  if (first) {
    const code = printParseErrorCode(first.error);
    return { ...lineAndColumnAt(text, first.offset), problem: PARSE_ERROR_WORDS[code] ?? code };
  }
  const position = /at position (\d+)/.exec(nativeMessage)?.[1];
  const offset = position === undefined ? text.length : Number(position);
  return {
    ...lineAndColumnAt(text, offset),
    problem: nativeMessage.replace(/ in JSON at position \d+.*$/s, '').replace(/,\s*".*$/s, ''),
  };
}
