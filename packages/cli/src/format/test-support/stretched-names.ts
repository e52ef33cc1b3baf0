interface WireType {
  readonly fields: Readonly<Record<string, unknown>>;
}

interface WireJob {
  readonly job: {
    readonly genericDataSchema: {
      readonly models: Readonly<Record<string, WireType>>;
      readonly nonModels?: Readonly<Record<string, WireType>>;
      readonly enums?: Readonly<Record<string, { readonly values: readonly string[] }>>;
    };
  };
}

/**
 * The job with every model, non-model, enum, field and enum-value name lengthened by 0 to
 * `maxExtra - 1` characters, each by its own seeded amount, and every reference to it renamed
 * alike. Layouts that depend on whether a line fits in 80 columns are then met at many widths.
 */
export function withStretchedNames(job: unknown, maxExtra: number, seed = 1): unknown {
  const wire = job as WireJob;
  const schema = wire.job.genericDataSchema;
  const types = [...Object.entries(schema.models), ...Object.entries(schema.nonModels ?? {})];
  const names = [
    ...types.flatMap(([name, type]) => [name, ...Object.keys(type.fields)]),
    ...Object.entries(schema.enums ?? {}).flatMap(([name, { values }]) => [name, ...values]),
  ];
  const renamed = new Map(names.map((name) => [name, stretch(name, maxExtra, seed)]));
  const rename = (value: unknown): unknown => {
    if (typeof value === 'string') return renamed.get(value) ?? value;
    if (Array.isArray(value)) return value.map(rename);
    if (typeof value !== 'object' || value === null) return value;
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) => [renamed.get(key) ?? key, rename(inner)]),
    );
  };
  return { ...wire, job: { ...wire.job, genericDataSchema: rename(schema) } };
}

/** `name` and a seeded run of `x` (`X` for an upper-case enum value, so that it stays one). */
function stretch(name: string, maxExtra: number, seed: number): string {
  let hash = seed;
  for (const character of name) hash = (Math.imul(hash, 31) + character.charCodeAt(0)) >>> 0;
  hash = (hash ^ (hash >>> 13)) >>> 0;
  return name + (name === name.toUpperCase() ? 'X' : 'x').repeat(hash % maxExtra);
}
