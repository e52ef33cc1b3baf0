import { isDocArray } from './doc.js';
import type { Doc } from './doc.js';

/** prettier's default `printWidth`. */
export const PRINT_WIDTH = 80;

type Mode = 'break' | 'flat';

interface Command {
  readonly indent: number;
  readonly mode: Mode;
  readonly doc: Doc;
}

/**
 * Lays a document out as prettier 3's `printDocToString` does with its default options (80
 * columns, two-space indentation): a group is printed flat when it fits in what is left of the
 * line, together with what follows it up to the next possible line break, and broken otherwise.
 * Trailing spaces are trimmed from every line. The text starts at column `indent`, which is
 * also where the lines broken at the outermost level start; the caller writes that indentation.
 * Widths count UTF-16 code units, which is prettier's width for the ASCII names GraphQL allows.
 */
export function printDoc(doc: Doc, indent = 0): string {
  const out: string[] = [];
  const commands: Command[] = [{ indent, mode: 'break', doc }];
  let position = indent;
  for (let command = commands.pop(); command !== undefined; command = commands.pop()) {
    const { mode, doc: current } = command;
    if (typeof current === 'string') {
      out.push(current);
      position += current.length;
    } else if (isDocArray(current)) {
      for (let index = current.length - 1; index >= 0; index -= 1) {
        commands.push({ indent: command.indent, mode, doc: current[index]! });
      }
    } else if (current.kind === 'indent') {
      commands.push({ indent: command.indent + current.width, mode, doc: current.contents });
    } else if (current.kind === 'group') {
      const flat: Command = { indent: command.indent, mode: 'flat', doc: current.contents };
      const fitsFlat =
        mode === 'flat' || (!current.break && fits(flat, commands, PRINT_WIDTH - position));
      commands.push(fitsFlat && !current.break ? flat : { ...flat, mode: 'break' });
    } else if (current.kind === 'ifBreak') {
      const contents = mode === 'break' ? current.breakContents : current.flatContents;
      commands.push({ indent: command.indent, mode, doc: contents });
    } else if (mode === 'flat' && !current.hard) {
      if (!current.soft) {
        out.push(' ');
        position += 1;
      }
    } else {
      trimTrailingSpaces(out);
      out.push(`\n${' '.repeat(command.indent)}`);
      position = command.indent;
    }
  }
  return out.join('');
}

/**
 * Whether `next` fits in `width` columns, read flat, followed by the commands still to print (in
 * their own modes) up to their first line break: prettier's `fits`. A space before a line break
 * does not count, since it is trimmed.
 */
function fits(next: Command, rest: readonly Command[], width: number): boolean {
  let restIndex = rest.length;
  let pendingSpace = false;
  const stack: { mode: Mode; doc: Doc }[] = [next];
  let remaining = width;
  while (remaining >= 0) {
    const item = stack.pop() ?? (restIndex > 0 ? rest[--restIndex] : undefined);
    if (item === undefined) return true;
    const { mode, doc } = item;
    if (typeof doc === 'string') {
      if (doc === '') continue;
      remaining -= doc.length + (pendingSpace ? 1 : 0);
      pendingSpace = false;
    } else if (isDocArray(doc)) {
      for (let index = doc.length - 1; index >= 0; index -= 1)
        stack.push({ mode, doc: doc[index]! });
    } else if (doc.kind === 'indent') {
      stack.push({ mode, doc: doc.contents });
    } else if (doc.kind === 'group') {
      stack.push({ mode: doc.break ? 'break' : mode, doc: doc.contents });
    } else if (doc.kind === 'ifBreak') {
      stack.push({ mode, doc: mode === 'break' ? doc.breakContents : doc.flatContents });
    } else if (mode === 'break' || doc.hard) {
      return true;
    } else if (!doc.soft) {
      pendingSpace = true;
    }
  }
  return false;
}

function trimTrailingSpaces(out: string[]): void {
  while (out.length > 0) {
    const last = out[out.length - 1]!;
    const trimmed = last.replace(/[ \t]+$/, '');
    if (trimmed !== '') {
      out[out.length - 1] = trimmed;
      return;
    }
    out.pop();
  }
}
