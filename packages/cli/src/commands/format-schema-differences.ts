import type { SchemaDifference } from '@uibuilder-codegen/emit';

/**
 * The `inspect --api-schema` section: each difference between the schema the job implies and the
 * deployed one, `+` only deployed, `-` only inferred, `~` in both but otherwise.
 */
export function formatSchemaDifferences(
  source: string,
  differences: readonly SchemaDifference[],
): string {
  const lines = [
    '',
    `Deployed API schema ${source} against the schema the job implies (${differences.length} difference(s)):`,
  ];
  for (const { location, inferred, deployed } of differences) {
    if (inferred === undefined) lines.push(`  + ${location} ${deployed ?? ''}   (only deployed)`);
    else if (deployed === undefined) lines.push(`  - ${location} ${inferred}   (only inferred)`);
    else lines.push(`  ~ ${location}: job ${inferred}, deployed ${deployed}`);
  }
  return `${lines.join('\n')}\n`;
}
