import type { SchemaDifference } from '@uibuilder-codegen/emit';

/** How a section names its two sides: the inferred one, and the one it is held against. */
export interface DifferenceSides {
  /** The heading, without the count. */
  readonly heading: string;
  /** The word for the inferred side (`job`) and for the other (`deployed`). */
  readonly ours: string;
  readonly theirs: string;
}

/** The `inspect --api-schema` sides. */
export function deployedSides(source: string, withModelSchema: boolean): DifferenceSides {
  const implied = withModelSchema ? 'the job and the model SDL imply' : 'the job implies';
  return {
    heading: `Deployed API schema ${source} against the schema ${implied}`,
    ours: 'job',
    theirs: 'deployed',
  };
}

/** The `inspect --model-schema` sides: what the model SDL changes. */
export function modelSchemaSides(source: string): DifferenceSides {
  return {
    heading: `Model SDL ${source}: the schema it makes exact, against the job's alone`,
    ours: 'job',
    theirs: 'model SDL',
  };
}

/**
 * An `inspect` section: each difference between the schema the job implies and another (the
 * deployed one, or the one the model SDL makes exact), `+` only there, `-` only inferred from the
 * job, `~` in both but otherwise.
 */
export function formatSchemaDifferences(
  sides: DifferenceSides,
  differences: readonly SchemaDifference[],
): string {
  const lines = ['', `${sides.heading} (${differences.length} difference(s)):`];
  for (const { location, inferred, deployed } of differences) {
    if (inferred === undefined)
      lines.push(`  + ${location} ${deployed ?? ''}   (only ${sides.theirs})`);
    else if (deployed === undefined) lines.push(`  - ${location} ${inferred}   (only inferred)`);
    else lines.push(`  ~ ${location}: ${sides.ours} ${inferred}, ${sides.theirs} ${deployed}`);
  }
  return `${lines.join('\n')}\n`;
}
