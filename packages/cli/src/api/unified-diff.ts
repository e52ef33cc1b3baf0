import { structuredPatch } from 'diff';

/** The most diff lines shown for one file. */
export const MAX_DIFF_LINES_PER_FILE = 200;
/** The most diff lines shown for a whole run; later files get their header and a count only. */
export const MAX_DIFF_LINES = 2_000;
/**
 * How many lines after the common start are diffed line by line, per line that may be shown: the
 * rest is counted. Myers' cost grows with the window times the edits in it.
 */
const WINDOW_PER_SHOWN_LINE = 4;
const CONTEXT = 3;

/** What is left of the whole run's diff lines; shared by every file of one `--check`. */
export interface DiffBudget {
  remaining: number;
}

/** A fresh budget of {@link MAX_DIFF_LINES} lines. */
export function createDiffBudget(): DiffBudget {
  return { remaining: MAX_DIFF_LINES };
}

/**
 * A unified diff from what is on disk to what would be written (`/dev/null` for absent sides), in
 * time linear in the files' size: the common start and end are skipped, a window of lines after
 * the common start is diffed (Myers, bounded by the window), and
 * at most {@link MAX_DIFF_LINES_PER_FILE} lines are shown (fewer once the run's `budget` runs low).
 * What is not shown is counted: "… N more lines differ", N from the lines that one side has and the
 * other lacks (a lower bound of a full diff's count). A whole-file diff of two multi-megabyte files
 * (a depth change) took minutes; CI is where `--check` runs.
 */
export function unifiedDiff(
  file: string,
  current: string | undefined,
  next: string | undefined,
  budget: DiffBudget = createDiffBudget(),
): string {
  const header = `--- ${current === undefined ? '/dev/null' : `a/${file}`}\n+++ ${next === undefined ? '/dev/null' : `b/${file}`}\n`;
  const before = splitLines(current);
  const after = splitLines(next);
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  const limit = Math.min(MAX_DIFF_LINES_PER_FILE, budget.remaining);
  const window = limit * WINDOW_PER_SHOWN_LINE;
  const from = Math.max(0, start - CONTEXT);
  const beforeEnd = Math.min(before.length, before.length - end + CONTEXT, from + window);
  const afterEnd = Math.min(after.length, after.length - end + CONTEXT, from + window);
  const windowed = beforeEnd < before.length - end || afterEnd < after.length - end;
  const hunks =
    limit > 0
      ? structuredPatch(
          '',
          '',
          joinLines(before.slice(from, beforeEnd)),
          joinLines(after.slice(from, afterEnd)),
          undefined,
          undefined,
          { context: CONTEXT },
        ).hunks
      : [];
  const shown: string[] = [];
  let beforeCovered = start;
  let afterCovered = start;
  for (const hunk of hunks) {
    const room = limit - shown.length - 1;
    const oldEnd = from + hunk.oldStart - 1 + hunk.oldLines;
    const newEnd = from + hunk.newStart - 1 + hunk.newLines;
    // A hunk that reaches a window's cut may be an artefact of it; a hunk may not fit. The first
    // hunk is then shown in part (its header counting what is shown); later ones are counted.
    const whole =
      hunk.lines.length <= room && !(windowed && (oldEnd >= beforeEnd || newEnd >= afterEnd));
    if (!whole && shown.length > 0) break;
    const lines = whole ? hunk.lines : hunk.lines.slice(0, Math.max(0, room));
    if (lines.length === 0) break;
    const oldLines = lines.filter((line) => !line.startsWith('+')).length;
    const newLines = lines.filter((line) => !line.startsWith('-')).length;
    // As in `diff -u`, an empty side's range starts at the line before it.
    const oldStart = from + hunk.oldStart - (oldLines === 0 ? 1 : 0);
    const newStart = from + hunk.newStart - (newLines === 0 ? 1 : 0);
    shown.push(`@@ -${oldStart},${oldLines} +${newStart},${newLines} @@`, ...lines);
    beforeCovered = from + hunk.oldStart - 1 + oldLines;
    afterCovered = from + hunk.newStart - 1 + newLines;
    if (!whole) break;
  }
  budget.remaining -= shown.length;
  const more = differingLines(
    before.slice(beforeCovered, before.length - end),
    after.slice(afterCovered, after.length - end),
  );
  const tail = more > 0 ? [`… ${more} more line(s) differ (diff shortened)`] : [];
  return header + [...shown, ...tail].join('\n') + '\n';
}

/** Lines without their terminators; a final newline does not make an empty last line. */
function splitLines(text: string | undefined): string[] {
  if (text === undefined || text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

/**
 * How many lines one side has that the other lacks, counting repeats (a multiset difference), in
 * linear time; at least 1 when the sides differ only in order.
 */
function differingLines(before: readonly string[], after: readonly string[]): number {
  if (before.length === 0 || after.length === 0) return before.length + after.length;
  const counts = new Map<string, number>();
  for (const line of before) counts.set(line, (counts.get(line) ?? 0) + 1);
  let common = 0;
  for (const line of after) {
    const count = counts.get(line) ?? 0;
    if (count > 0) {
      common++;
      counts.set(line, count - 1);
    }
  }
  const differing = before.length + after.length - 2 * common;
  if (differing > 0) return differing;
  return before.length === after.length && before.every((line, i) => line === after[i]) ? 0 : 1;
}
