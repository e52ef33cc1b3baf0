import { assignment } from '../layout/assignment.js';
import { group, hardline, ifBreak, indent, join, line, softline } from '../layout/doc.js';
import type { Doc } from '../layout/doc.js';
import { byWidths } from '../layout/width-template.js';
import { printDoc, printDocAt } from '../layout/print-doc.js';

// The declarations below differ only by the type's name: each is the document prettier builds for
// it, printed once per name length (byWidths), so its layout at any length is prettier's. The
// CLI's prettier-stable test checks them at many name lengths.

/** `(a, b)`: one line when it fits, else one parameter a line with a trailing comma. */
function parameters(list: readonly Doc[]): Doc {
  return group(['(', indent([softline, join([',', line], list)]), ifBreak(','), softline, ')']);
}

/** `{` members one a line `}`; no members print as `{}`. */
function objectType(members: readonly Doc[]): Doc {
  if (members.length === 0) return '{}';
  return ['{', indent([hardline, join(hardline, members)]), hardline, '}'];
}

/**
 * The deepest column a member of {@link typeAlias} is printed at: 2, or 4 when the alias breaks
 * after `=`; a member of an {@link ObjectMember} in it is two columns deeper.
 */
export const MEMBER_MAX_COLUMN = 4;

/** Stands for the members in the template of a type alias. */
const MEMBERS_MARK = '@';

const aliasTemplate = byWidths((name) =>
  printDoc(assignment(['type ', name], objectType([MEMBERS_MARK]))),
);
const emptyAlias = byWidths((name) => printDoc(assignment(['type ', name], '{}')));

/** `name: {` members `};`, a member whose type is an object type: always one member a line. */
export interface ObjectMember {
  readonly name: string;
  readonly members: readonly Member[];
}

/** A member of an object type: its document, or an object-typed member. */
export type Member = Doc | ObjectMember;

/** An {@link ObjectMember}. */
export function objectMember(name: string, members: readonly Member[]): ObjectMember {
  return { name, members };
}

function isObjectMember(member: Member): member is ObjectMember {
  return typeof member === 'object' && !Array.isArray(member) && 'members' in member;
}

/**
 * A member printed at `column`, its indentation included. A member that is text is printed as it
 * is, so most members take no call of prettier's printer; the others are laid out at their column.
 */
function memberText(member: Member, column: number): string {
  const pad = ' '.repeat(column);
  if (typeof member === 'string') return `${pad}${member}`;
  if (!isObjectMember(member)) return printDocAt(member, column);
  if (member.members.length === 0) return `${pad}${member.name}: {};`;
  const inner = member.members.map((inside) => memberText(inside, column + 2));
  return [`${pad}${member.name}: {`, ...inner, `${pad}};`].join('\n');
}

/**
 * `type Name = { ...members };`. prettier keeps `= {` on the first line when `type Name = {` fits,
 * else moves the whole object type to the next line and indents it. No members print as `{}`.
 */
export function typeAlias(name: string, members: readonly Member[]): string {
  if (members.length === 0) return emptyAlias(name);
  const [head = '', tail = ''] = aliasTemplate(name).split(MEMBERS_MARK);
  const column = head.length - head.lastIndexOf('\n') - 1;
  const printed = members.map((member) => memberText(member, column)).join('\n');
  return `${head.slice(0, head.length - column)}${printed}${tail}`;
}

/**
 * `export declare type Name = LazyLoading extends LazyLoadingDisabled ? EagerName : LazyName;`,
 * which never fits on one line: prettier breaks before `?` and `:`, and also after `=` when the
 * `extends` clause does not fit on the first line.
 */
export const lazyLoadingAlias = byWidths((name) => {
  const conditional = group([
    'LazyLoading extends LazyLoadingDisabled',
    indent([line, '? Eager', name, line, ': Lazy', name]),
  ]);
  return printDoc(assignment(['export declare type ', name], conditional));
});

/**
 * A model's constructor with its `copyOf`. The `copyOf` signature never fits on one line (it is
 * 84 characters for a one-letter name), so its parameters are one a line; the constructor's
 * parameter and the mutator's each break out too when their line does not fit.
 */
export const modelConstructor = byWidths((name) => {
  const draft = ['draft: MutableModel<', name, '>'];
  const mutator = ['mutator: ', parameters([draft]), ' => MutableModel<', name, '> | void'];
  const copyOf = ['copyOf', parameters([['source: ', name], mutator]), ': ', name, ';'];
  const init = parameters([['init: ModelInit<', name, '>']]);
  return printDoc([
    'export declare const ',
    name,
    ': (new ',
    init,
    ' => ',
    name,
    ') & ',
    objectType([copyOf]),
    ';',
  ]);
});

/** A non-model's constructor, its parameter broken out when the line does not fit. */
export const nonModelConstructor = byWidths((name) => {
  const init = parameters([['init: ModelInit<', name, '>']]);
  return printDoc(['export declare const ', name, ': new ', init, ' => ', name, ';']);
});
