/**
 * The deployed schema's SDL parsed into a document of shared nodes. A 5,000-model schema is
 * 16.7 MB of SDL; parsed as graphql-js's `parse` does, it was 210 MB of nodes alive for the whole
 * of emit, and the parse itself left 170 MB of tokens in the old generation: the largest part of a
 * run's peak without `gc` (BENCHMARKS.md, the library path). graphql-js's parser does the parsing;
 * two of its extension points make it keep less:
 * - the lexer forgets the tokens behind it: graphql-js links every token to the one before and
 *   after it, so the whole list stayed reachable until the parse ended;
 * - the parser gives one node per name, named type and non-null named type, and one empty list,
 *   as the schema built from the IR does (sdl-nodes.ts). AST nodes are never changed once built.
 */
import type {
  ConstDirectiveNode,
  DocumentNode,
  NamedTypeNode,
  NameNode,
  Token,
  TypeNode,
} from 'graphql';
import { Kind, Lexer, Parser, Source, TokenKind } from '../graphql-language.js';
import {
  namedType,
  nameNode,
  NONE,
  nonNull,
  withSharedTypeNodes,
} from '../appsync-schema/sdl-nodes.js';

/** `parse(sdl, { noLocation: true })`, with shared nodes; throws graphql-js's syntax errors. */
export function parseSharedSdl(sdl: string): DocumentNode {
  return withSharedTypeNodes(() => new SharingParser(sdl).parseDocument());
}

/** A token whose links the lexer may cut (graphql-js types them read-only for its users). */
type LinkedToken = { prev: Token | null; next: Token | null };

/**
 * A lexer that unlinks each token from the one before it once the parser has moved past both:
 * the parser reads at most the current token, the last one and what lies ahead (`lookahead`).
 */
class ForgetfulLexer extends Lexer {
  override advance(): Token {
    const token = super.advance();
    const last = this.lastToken as unknown as LinkedToken;
    const before = last.prev as LinkedToken | null;
    if (before !== null) {
      before.next = null;
      last.prev = null;
    }
    return token;
  }
}

class SharingParser extends Parser {
  constructor(sdl: string) {
    const source = new Source(sdl);
    // No locations: the nodes are shared, and nothing reads a location after the parse.
    super(source, { noLocation: true, lexer: new ForgetfulLexer(source) });
  }

  override parseName(): NameNode {
    return nameNode(this.expectToken(TokenKind.NAME).value);
  }

  override parseNamedType(): NamedTypeNode {
    return namedType(this.expectToken(TokenKind.NAME).value);
  }

  override parseTypeReference(): TypeNode {
    const type = super.parseTypeReference();
    // Only `T!` is shared: a list node is new each time, so keying wrappers by it would only grow.
    return type.kind === Kind.NON_NULL_TYPE && type.type.kind === Kind.NAMED_TYPE
      ? nonNull(type.type)
      : type;
  }

  override optionalMany<T>(openKind: TokenKind, parseFn: () => T, closeKind: TokenKind): T[] {
    const nodes = super.optionalMany(openKind, parseFn, closeKind);
    // The shared list is frozen; the parser never adds to a list it has returned.
    return nodes.length === 0 ? (NONE as never[]) : nodes;
  }

  override parseImplementsInterfaces(): NamedTypeNode[] {
    const interfaces = super.parseImplementsInterfaces();
    return interfaces.length === 0 ? (NONE as never[]) : interfaces;
  }

  override parseConstDirectives(): ConstDirectiveNode[] {
    const directives = super.parseConstDirectives();
    return directives.length === 0 ? (NONE as never[]) : directives;
  }
}
