import { UsageError } from '@uibuilder-codegen/core';

/** Throws a {@link UsageError} naming the flag of every id that is missing or blank. */
export function requireIds(ids: Record<string, { value: unknown; flag: string }>): void {
  const missing = Object.values(ids).filter(
    ({ value }) => typeof value !== 'string' || value.trim() === '',
  );
  if (missing.length === 0) return;
  const flags = missing.map(({ flag }) => flag).join(', ');
  throw new UsageError(`Missing ${flags}`, {
    hint: 'Fetching from AWS needs --app-id, --environment and --job-id (or use --job-file).',
  });
}
