/**
 * The deployed schema's SDL parsed into a document of shared nodes. A 5,000-model schema is
 * 16.7 MB of SDL; parsed as graphql-js's `parse` does, it was 210 MB of nodes alive for the whole
 * of emit, and the parse itself left 170 MB of tokens in the old generation: the largest part of a
 * run's peak without `gc` (BENCHMARKS.md, the library path). graphql-js's parser does the parsing;
 * two of its extension points make it keep less:
 * - the lexer forgets the tokens behind it: graphql-js links every token to the one before and
 *   after it, so the whole list stayed reachable until the parse ended;
 * - the parser gives one node per name, named type and non-null named type, and one empty list,
 *   as the schema built from the IR does (sdl-nodes.ts); and one per list type and per plain
 *   `name: Type` field or input value (no arguments, directives, description or default), which
 *   the filter and condition inputs repeat across models. AST nodes are never changed once built.
 */
import type {
  ConstDirectiveNode,
  DocumentNode,
  FieldDefinitionNode,
  InputValueDefinitionNode,
  ListTypeNode,
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

/** A field or an input value (an argument or an input field). */
type Member = FieldDefinitionNode | InputValueDefinitionNode;

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
  /** One list node per item type (a named type is shared already). */
  private readonly lists = new Map<TypeNode, ListTypeNode>();

  /** One node per kind, (shared) type and name of a member with nothing else on it. */
  private readonly members = new Map<TypeNode, Map<string, Member>>();

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
    // Inner types come through here first, so a list's item type is already shared.
    const type = super.parseTypeReference();
    return type.kind === Kind.NON_NULL_TYPE
      ? nonNull(this.sharedNullable(type.type))
      : this.sharedNullable(type);
  }

  override parseFieldDefinition(): FieldDefinitionNode {
    return this.sharedMember(super.parseFieldDefinition());
  }

  override parseInputValueDef(): InputValueDefinitionNode {
    return this.sharedMember(super.parseInputValueDef());
  }

  private sharedNullable(type: NamedTypeNode | ListTypeNode): NamedTypeNode | ListTypeNode {
    if (type.kind === Kind.NAMED_TYPE) return type;
    const known = this.lists.get(type.type);
    if (known !== undefined) return known;
    this.lists.set(type.type, type);
    return type;
  }

  private sharedMember<T extends Member>(member: T): T {
    const plain =
      member.description === undefined &&
      (member.directives ?? NONE).length === 0 &&
      (member.kind === Kind.FIELD_DEFINITION
        ? (member.arguments ?? NONE).length === 0
        : member.defaultValue === undefined);
    if (!plain) return member;
    let byName = this.members.get(member.type);
    if (byName === undefined) this.members.set(member.type, (byName = new Map()));
    const key = `${member.kind} ${member.name.value}`;
    const known = byName.get(key);
    if (known !== undefined) return known as T;
    byName.set(key, member);
    return member;
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
