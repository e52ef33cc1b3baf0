/**
 * fast-check arbitraries: random valid jobs (models with scalars, enums, composite keys and every
 * kind of relationship, written the way AWS's codegen-ui writes them) and random corruptions.
 */
import fc from 'fast-check';

const MODEL_NAMES = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Hotel', 'Juliet'];
const FIELD_NAMES = ['title', 'count', 'note', 'flag', 'when', 'tags', 'score', 'constructor'];
const SCALARS = [
  'String',
  'Int',
  'Float',
  'Boolean',
  'AWSDate',
  'AWSDateTime',
  'AWSJSON',
  'AWSEmail',
  'ID',
];

type Json = Record<string, unknown>;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const scalar = (dataType: string, required = false, isArray = false): Json => ({
  dataType,
  dataTypeValue: dataType,
  required,
  readOnly: false,
  isArray,
});
const modelField = (target: string, isArray: boolean, relationship: Json): Json => ({
  dataType: 'Model',
  dataTypeValue: target,
  required: false,
  readOnly: false,
  isArray,
  relationship,
});

type RelationKind = 'none' | 'hasManyBelongsTo' | 'hasManyImplicit' | 'hasOne';

const modelShape = fc.record({
  scalars: fc.uniqueArray(
    fc.record({
      name: fc.constantFrom(...FIELD_NAMES),
      type: fc.constantFrom(...SCALARS),
      required: fc.boolean(),
      isArray: fc.boolean(),
    }),
    {
      selector: (f) => f.name,
      maxLength: 5,
    },
  ),
  compositeKey: fc.boolean(),
  withEnum: fc.boolean(),
});

/** A random valid bare job. */
export const validJob = fc
  .uniqueArray(fc.constantFrom(...MODEL_NAMES), { minLength: 1, maxLength: 5 })
  .chain((names) =>
    fc.record({
      names: fc.constant(names),
      shapes: fc.array(modelShape, { minLength: names.length, maxLength: names.length }),
      relations: fc.array(
        fc.constantFrom<RelationKind>('none', 'hasManyBelongsTo', 'hasManyImplicit', 'hasOne'),
        { minLength: names.length, maxLength: names.length },
      ),
      script: fc.constantFrom('tsx', 'jsx', 'js'),
    }),
  )
  .map(({ names, shapes, relations, script }) => {
    const models: Json = {};
    names.forEach((name, i) => {
      const shape = shapes[i] ?? { scalars: [], compositeKey: false, withEnum: false };
      const fields: Json = { id: scalar('ID', true) };
      for (const f of shape.scalars) fields[f.name] = scalar(f.type, f.required, f.isArray);
      if (shape.withEnum)
        fields.level = {
          dataType: 'Enum',
          dataTypeValue: 'Level',
          required: false,
          readOnly: false,
          isArray: false,
        };
      fields.sortKey = scalar('String', true);
      models[name] = { primaryKeys: shape.compositeKey ? ['id', 'sortKey'] : ['id'], fields };
    });
    // Each model i relates to model i+1 (a chain), as the relation kind says.
    names.forEach((parent, i) => {
      const child = names[i + 1];
      const kind = relations[i];
      if (child === undefined || kind === 'none') return;
      const parentModel = models[parent] as { primaryKeys: string[]; fields: Json };
      const childModel = models[child] as { primaryKeys: string[]; fields: Json };
      const field = lowerFirst(child) + 's';
      if (kind === 'hasManyBelongsTo') {
        const fks = parentModel.primaryKeys.map((k) => `${lowerFirst(parent)}${upperFirst(k)}Ref`);
        fks.forEach(
          (fk) =>
            (childModel.fields[fk] = {
              ...scalar('String'),
              relationship: { type: 'BELONGS_TO', relatedModelName: parent, isHasManyIndex: true },
            }),
        );
        childModel.fields.parentLink = modelField(parent, false, {
          type: 'BELONGS_TO',
          relatedModelName: parent,
          associatedFields: fks,
        });
        parentModel.fields[field] = modelField(child, true, {
          type: 'HAS_MANY',
          relatedModelName: child,
          relatedModelFields: [],
          belongsToFieldOnRelatedModel: 'parentLink',
        });
      } else if (kind === 'hasManyImplicit') {
        const fks = parentModel.primaryKeys.map(
          (k) => lowerFirst(parent) + upperFirst(field) + upperFirst(k),
        );
        parentModel.fields[field] = modelField(child, true, {
          type: 'HAS_MANY',
          relatedModelName: child,
          relatedModelFields: fks,
        });
      } else {
        const fks = childModel.primaryKeys.map(
          (k) => lowerFirst(parent) + upperFirst(lowerFirst(child)) + upperFirst(k),
        );
        parentModel.fields[lowerFirst(child)] = modelField(child, false, {
          type: 'HAS_ONE',
          relatedModelName: child,
          associatedFields: fks,
        });
      }
    });
    return {
      id: 'random',
      renderConfig: { react: { script, apiConfiguration: { dataStoreConfig: {} } } },
      genericDataSchema: {
        dataSourceType: 'DataStore',
        models,
        enums: { Level: { values: ['LOW', 'HIGH'] } },
        nonModels: {},
      },
    };
  });

/** Every path (list of keys) to a value inside `value`. */
function paths(value: unknown, prefix: string[] = []): string[][] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return [prefix, ...Object.keys(value).flatMap((k) => paths((value as Json)[k], [...prefix, k]))];
}

const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    undefined,
    null,
    '',
    '__proto__',
    'constructor',
    'Model',
    'NonModel',
    'Enum',
    'HAS_MANY',
    'BELONGS_TO',
    [],
    {},
    ['id', 'id'],
    { $unknown: ['x', 1] },
  ),
);

/** A valid job with one value replaced, deleted, or one key renamed (possibly to `__proto__`). */
export const corruptedJob = fc
  .record({
    job: validJob,
    pick: fc.nat(),
    value: nasty,
    rename: fc.constantFrom(undefined, '__proto__', 'constructor', '', 'a-b', 'Alpha'),
  })
  .map(({ job, pick, value, rename }) => {
    const all = paths(job).filter((p) => p.length > 0);
    const path = all[pick % all.length] ?? [];
    let parent: Json = job as Json;
    for (const key of path.slice(0, -1)) parent = parent[key] as Json;
    const last = path[path.length - 1] ?? '';
    if (rename !== undefined && !Array.isArray(parent)) {
      const moved = parent[last];
      delete parent[last];
      Object.defineProperty(parent, rename, {
        value: moved,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    } else if (value === undefined) {
      delete parent[last];
    } else {
      parent[last] = value;
    }
    return job;
  });
