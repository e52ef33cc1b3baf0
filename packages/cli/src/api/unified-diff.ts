import { createTwoFilesPatch } from 'diff';

/** A unified diff from what is on disk to what would be written (`/dev/null` for absent sides). */
export function unifiedDiff(
  file: string,
  current: string | undefined,
  next: string | undefined,
): string {
  return createTwoFilesPatch(
    current === undefined ? '/dev/null' : `a/${file}`,
    next === undefined ? '/dev/null' : `b/${file}`,
    current ?? '',
    next ?? '',
    undefined,
    undefined,
    { context: 3 },
  );
}
