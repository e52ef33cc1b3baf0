#!/usr/bin/env node
/**
 * A deterministic synthetic codegen job: N models in the AmplifyUIBuilder wire shape
 * (`{ job: {...} }`, exactly like `fixtures/recipes/codegen-job.json`), for the benchmarks.
 *
 * Models come in groups of eight that together use every construct a real job has (every scalar,
 * scalar and enum lists, enums, nested non-models, hasMany/belongsTo pairs in the three shapes AWS's
 * clients write, a unidirectional hasOne, a many-to-many through a join model, composite keys with
 * one and two sort keys, read-only timestamps). A remainder that does not fill a group becomes
 * stand-alone `Widget` models. The `mesh` shape is 12 models that are all related to each other,
 * for deep-selection tests.
 *
 * Same arguments, same bytes: the only randomness is a seeded PRNG (mulberry32).
 *
 * CLI: `node bench/synthetic-job.mjs --models 1000 --api graphQL [--seed 1] [--mesh] > job.json`
 */
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';

/** @typedef {'graphQL' | 'graphQLjs' | 'dataStore' | 'noApi'} SyntheticApi */
/**
 * @typedef {object} SyntheticJobOptions
 * @property {number} [models] How many models (join models count). @default 10
 * @property {SyntheticApi} [api] Which `apiConfiguration` the render config asks for. @default 'graphQL'
 * @property {number} [seed] PRNG seed. @default 1
 * @property {'groups' | 'mesh'} [shape] `mesh`: 12 models all related to each other (ignores `models`). @default 'groups'
 */

/** The scalars, with a field name that reads naturally for each. */
const SCALARS = /** @type {const} */ ([
  ['ID', 'externalId'],
  ['String', 'title'],
  ['Int', 'count'],
  ['Float', 'score'],
  ['Boolean', 'active'],
  ['AWSDate', 'publishedOn'],
  ['AWSTime', 'opensAt'],
  ['AWSDateTime', 'lastSeenAt'],
  ['AWSTimestamp', 'visitedAt'],
  ['AWSEmail', 'email'],
  ['AWSURL', 'website'],
  ['AWSIPAddress', 'lastIp'],
  ['AWSJSON', 'metadata'],
  ['AWSPhone', 'phone'],
]);

const ENUM_WORDS = ['DRAFT', 'PUBLISHED', 'ARCHIVED', 'PENDING', 'ACTIVE', 'RETIRED', 'HIDDEN'];

/**
 * mulberry32: a small, fast, seeded PRNG; returns floats in [0, 1).
 * @param {number} seed
 */
function createPrng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * One field in the wire shape, keys in the order AWS's clients write them.
 * @param {string} dataType
 * @param {string} dataTypeValue
 * @param {{ required?: boolean, readOnly?: boolean, isArray?: boolean, relationship?: object }} [options]
 */
function field(dataType, dataTypeValue, options = {}) {
  const { required = false, readOnly = false, isArray = false, relationship } = options;
  return {
    dataType,
    dataTypeValue,
    required,
    readOnly,
    isArray,
    ...(relationship ? { relationship } : {}),
  };
}

/** @param {string} type */
const scalar = (type, options = {}) => field(type, type, options);

/** The two timestamps the transformer adds, as a job carries them. */
function timestamps() {
  return {
    createdAt: scalar('AWSDateTime', { readOnly: true }),
    updatedAt: scalar('AWSDateTime', { readOnly: true }),
  };
}

/** @param {string} name */
const lowerFirst = (name) => name.charAt(0).toLowerCase() + name.slice(1);
/** @param {string} name */
const upperFirst = (name) => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * A few scalar fields chosen by the PRNG: varied types, required-ness and lists.
 * @param {() => number} random
 * @param {number} min
 * @param {number} max
 */
function randomScalars(random, min, max) {
  /** @type {Record<string, object>} */
  const fields = {};
  const count = min + Math.floor(random() * (max - min + 1));
  for (let i = 0; i < count; i += 1) {
    const [type, name] = SCALARS[Math.floor(random() * SCALARS.length)];
    const isArray = random() < 0.2;
    const key = `${name}${isArray ? 'List' : ''}${i}`;
    fields[key] = scalar(type, { required: random() < 0.4, isArray });
  }
  return fields;
}

/**
 * One group of eight models, suffixed with `g`:
 * - `Author` (id key): every scalar, every scalar as a list, an enum, an enum list, a non-model and a
 *   non-model list; hasMany `posts` (explicit FK: `relatedModelFields: []`), unidirectional hasOne
 *   `profile` (implicit FK on Author), unidirectional implicit hasMany `readings`.
 * - `Post`: belongsTo `author` through `authorID`; bidirectional implicit hasMany `comments`;
 *   hasMany `reviews` into a composite key; many-to-many `tags` through `PostTags`.
 * - `Comment`: belongsTo `post` over the implicit FK `post<g>CommentsId`.
 * - `Tag`, the join model `PostTags`, `Profile`.
 * - `Review`: key `[postId, createdOn]` whose partition key is its belongsTo FK.
 * - `Reading`: key `[deviceId, day, seq]` (two sort keys); holds Author's implicit FK.
 * @param {number} g
 * @param {() => number} random
 */
function group(g, random) {
  const A = `Author${g}`;
  const P = `Post${g}`;
  const C = `Comment${g}`;
  const T = `Tag${g}`;
  const J = `PostTags${g}`;
  const PR = `Profile${g}`;
  const R = `Review${g}`;
  const RD = `Reading${g}`;
  const E = `Status${g}`;
  const N = `Address${g}`;
  const NG = `Geo${g}`;
  const authorProfileFk = `${lowerFirst(A)}ProfileId`;
  const authorReadingsFk = `${lowerFirst(A)}ReadingsId`;
  const postCommentsFk = `${lowerFirst(P)}CommentsId`;
  const postJoinField = lowerFirst(P);
  const tagJoinField = lowerFirst(T);

  /** @type {Record<string, object>} */
  const everyScalar = {};
  for (const [type, name] of SCALARS) {
    everyScalar[name] = scalar(type, { required: type === 'String' || type === 'AWSEmail' });
  }
  for (const [type, name] of SCALARS) {
    everyScalar[`${name}List`] = scalar(type, { isArray: true, required: random() < 0.5 });
  }

  const models = {
    [A]: {
      primaryKeys: ['id'],
      fields: {
        id: scalar('ID', { required: true }),
        ...everyScalar,
        status: field('Enum', E, { required: true }),
        labels: field('Enum', E, { isArray: true }),
        address: field('NonModel', N),
        pastAddresses: field('NonModel', N, { isArray: true, required: true }),
        posts: field('Model', P, {
          isArray: true,
          relationship: {
            type: 'HAS_MANY',
            relatedModelFields: [],
            canUnlinkAssociatedModel: true,
            belongsToFieldOnRelatedModel: 'author',
            relatedModelName: P,
          },
        }),
        profile: field('Model', PR, {
          relationship: {
            type: 'HAS_ONE',
            associatedFields: [authorProfileFk],
            isHasManyIndex: false,
            relatedModelName: PR,
          },
        }),
        readings: field('Model', RD, {
          isArray: true,
          relationship: {
            type: 'HAS_MANY',
            relatedModelFields: [authorReadingsFk],
            canUnlinkAssociatedModel: true,
            relatedModelName: RD,
          },
        }),
        ...timestamps(),
        [authorProfileFk]: scalar('ID', {
          relationship: { type: 'HAS_ONE', isHasManyIndex: false, relatedModelName: PR },
        }),
      },
    },
    [P]: {
      primaryKeys: ['id'],
      fields: {
        id: scalar('ID', { required: true }),
        title: scalar('String', { required: true }),
        ...randomScalars(random, 2, 6),
        status: field('Enum', E),
        authorID: scalar('ID', {
          required: true,
          relationship: { type: 'BELONGS_TO', isHasManyIndex: false, relatedModelName: A },
        }),
        author: field('Model', A, {
          relationship: {
            type: 'BELONGS_TO',
            associatedFields: ['authorID'],
            isHasManyIndex: false,
            relatedModelName: A,
          },
        }),
        comments: field('Model', C, {
          isArray: true,
          relationship: {
            type: 'HAS_MANY',
            relatedModelFields: [postCommentsFk],
            canUnlinkAssociatedModel: true,
            belongsToFieldOnRelatedModel: 'post',
            relatedModelName: C,
          },
        }),
        reviews: field('Model', R, {
          isArray: true,
          relationship: {
            type: 'HAS_MANY',
            relatedModelFields: [],
            canUnlinkAssociatedModel: true,
            belongsToFieldOnRelatedModel: 'post',
            relatedModelName: R,
          },
        }),
        tags: field('Model', J, {
          isArray: true,
          relationship: {
            type: 'HAS_MANY',
            relatedModelFields: [postJoinField],
            canUnlinkAssociatedModel: false,
            relatedJoinFieldName: tagJoinField,
            relatedJoinTableName: J,
            belongsToFieldOnRelatedModel: postJoinField,
            relatedModelName: T,
          },
        }),
        ...timestamps(),
      },
    },
    [C]: {
      primaryKeys: ['id'],
      fields: {
        id: scalar('ID', { required: true }),
        content: scalar('String', { required: true }),
        ...randomScalars(random, 0, 3),
        post: field('Model', P, {
          relationship: {
            type: 'BELONGS_TO',
            associatedFields: [postCommentsFk],
            isHasManyIndex: false,
            relatedModelName: P,
          },
        }),
        ...timestamps(),
        [postCommentsFk]: scalar('ID', {
          relationship: { type: 'BELONGS_TO', isHasManyIndex: true, relatedModelName: P },
        }),
      },
    },
    [T]: {
      primaryKeys: ['id'],
      fields: {
        id: scalar('ID', { required: true }),
        label: scalar('String', { required: true }),
        ...randomScalars(random, 0, 2),
        posts: field('Model', J, {
          isArray: true,
          relationship: {
            type: 'HAS_MANY',
            relatedModelFields: [tagJoinField],
            canUnlinkAssociatedModel: false,
            relatedJoinFieldName: postJoinField,
            relatedJoinTableName: J,
            belongsToFieldOnRelatedModel: tagJoinField,
            relatedModelName: P,
          },
        }),
        ...timestamps(),
      },
    },
    [J]: {
      isJoinTable: true,
      primaryKeys: ['id'],
      fields: {
        id: scalar('ID', { required: true }),
        [`${postJoinField}Id`]: scalar('ID', {
          relationship: { type: 'BELONGS_TO', isHasManyIndex: false, relatedModelName: P },
        }),
        [`${tagJoinField}Id`]: scalar('ID', {
          relationship: { type: 'BELONGS_TO', isHasManyIndex: false, relatedModelName: T },
        }),
        [postJoinField]: field('Model', P, {
          required: true,
          relationship: {
            type: 'BELONGS_TO',
            associatedFields: [`${postJoinField}Id`],
            isHasManyIndex: false,
            relatedModelName: P,
          },
        }),
        [tagJoinField]: field('Model', T, {
          required: true,
          relationship: {
            type: 'BELONGS_TO',
            associatedFields: [`${tagJoinField}Id`],
            isHasManyIndex: false,
            relatedModelName: T,
          },
        }),
        ...timestamps(),
      },
    },
    [PR]: {
      primaryKeys: ['id'],
      fields: {
        id: scalar('ID', { required: true }),
        bio: scalar('String'),
        ...randomScalars(random, 1, 4),
        ...timestamps(),
      },
    },
    [R]: {
      primaryKeys: ['postId', 'createdOn'],
      fields: {
        postId: scalar('ID', {
          required: true,
          relationship: { type: 'BELONGS_TO', isHasManyIndex: false, relatedModelName: P },
        }),
        createdOn: scalar('AWSDateTime', { required: true }),
        stars: scalar('Int', { required: true }),
        ...randomScalars(random, 0, 3),
        post: field('Model', P, {
          relationship: {
            type: 'BELONGS_TO',
            associatedFields: ['postId'],
            isHasManyIndex: false,
            relatedModelName: P,
          },
        }),
        ...timestamps(),
      },
    },
    [RD]: {
      primaryKeys: ['deviceId', 'day', 'seq'],
      fields: {
        deviceId: scalar('ID', { required: true }),
        day: scalar('AWSDate', { required: true }),
        seq: scalar('Int', { required: true }),
        value: scalar('Float'),
        ...randomScalars(random, 0, 3),
        ...timestamps(),
        [authorReadingsFk]: scalar('ID', {
          relationship: { type: 'HAS_ONE', isHasManyIndex: true, relatedModelName: A },
        }),
      },
    },
  };

  const valueCount = 2 + Math.floor(random() * (ENUM_WORDS.length - 1));
  const enums = { [E]: { values: ENUM_WORDS.slice(0, valueCount) } };
  const nonModels = {
    [NG]: {
      fields: {
        lat: scalar('Float', { required: true }),
        lng: scalar('Float', { required: true }),
      },
    },
    [N]: {
      fields: {
        street: scalar('String', { required: true }),
        city: scalar('String'),
        lines: scalar('String', { isArray: true, required: true }),
        geo: field('NonModel', NG),
        kind: field('Enum', E),
      },
    },
  };
  return { models, enums, nonModels };
}

/**
 * A stand-alone model with PRNG scalars and no relationships.
 * @param {() => number} random
 */
function widget(random) {
  return {
    primaryKeys: ['id'],
    fields: {
      id: scalar('ID', { required: true }),
      name: scalar('String', { required: true }),
      ...randomScalars(random, 2, 8),
      ...timestamps(),
    },
  };
}

/**
 * Twelve models, each related to every other: for i < j, `Mesh<i>.mesh<j>Items` is a hasMany into
 * `Mesh<j>`, whose `mesh<i>` belongsTo (FK `mesh<i>ID`) points back. Selection sets explode with
 * depth here, which is what cycle pruning is for.
 * @param {() => number} random
 */
function mesh(random) {
  const count = 12;
  /** @type {Record<string, any>} */
  const models = {};
  for (let i = 0; i < count; i += 1) {
    models[`Mesh${i}`] = {
      primaryKeys: ['id'],
      fields: {
        id: scalar('ID', { required: true }),
        name: scalar('String', { required: true }),
        ...randomScalars(random, 1, 3),
      },
    };
  }
  for (let i = 0; i < count; i += 1) {
    for (let j = i + 1; j < count; j += 1) {
      const parent = `Mesh${i}`;
      const child = `Mesh${j}`;
      const back = lowerFirst(parent);
      models[parent].fields[`mesh${j}Items`] = field('Model', child, {
        isArray: true,
        relationship: {
          type: 'HAS_MANY',
          relatedModelFields: [],
          canUnlinkAssociatedModel: true,
          belongsToFieldOnRelatedModel: back,
          relatedModelName: child,
        },
      });
      models[child].fields[`${back}ID`] = scalar('ID', {
        relationship: { type: 'BELONGS_TO', isHasManyIndex: false, relatedModelName: parent },
      });
      models[child].fields[back] = field('Model', parent, {
        relationship: {
          type: 'BELONGS_TO',
          associatedFields: [`${back}ID`],
          isHasManyIndex: false,
          relatedModelName: parent,
        },
      });
    }
  }
  for (const model of Object.values(models)) Object.assign(model.fields, timestamps());
  return { models, enums: {}, nonModels: {} };
}

/**
 * The render config for an API kind.
 * @param {SyntheticApi} api
 */
function renderConfig(api) {
  const graphQLConfig = {
    typesFilePath: '../API',
    queriesFilePath: '../graphql/queries',
    mutationsFilePath: '../graphql/mutations',
    subscriptionsFilePath: '../graphql/subscriptions',
    fragmentsFilePath: '../graphql/fragments',
  };
  /** @type {Record<SyntheticApi, { script: string, renderTypeDeclarations: boolean, apiConfiguration: object }>} */
  const byApi = {
    graphQL: { script: 'tsx', renderTypeDeclarations: false, apiConfiguration: { graphQLConfig } },
    graphQLjs: { script: 'js', renderTypeDeclarations: true, apiConfiguration: { graphQLConfig } },
    dataStore: {
      script: 'tsx',
      renderTypeDeclarations: false,
      apiConfiguration: { dataStoreConfig: {} },
    },
    noApi: { script: 'tsx', renderTypeDeclarations: false, apiConfiguration: { noApiConfig: {} } },
  };
  const chosen = byApi[api];
  if (!chosen) throw new Error(`unknown api "${api}" (graphQL, graphQLjs, dataStore, noApi)`);
  return {
    react: {
      module: 'es2020',
      target: 'es2020',
      script: chosen.script,
      renderTypeDeclarations: chosen.renderTypeDeclarations,
      apiConfiguration: chosen.apiConfiguration,
    },
  };
}

/**
 * Builds a synthetic job, `{ job: {...} }`, in the AmplifyUIBuilder wire shape.
 * @param {SyntheticJobOptions} [options]
 */
export function syntheticJob(options = {}) {
  const { models: modelCount = 10, api = 'graphQL', seed = 1, shape = 'groups' } = options;
  if (!Number.isInteger(modelCount) || modelCount < 1) {
    throw new Error(`models must be a positive integer, got ${modelCount}`);
  }
  const random = createPrng(seed);
  /** @type {{ models: Record<string, object>, enums: Record<string, object>, nonModels: Record<string, object> }} */
  const schema = { models: {}, enums: {}, nonModels: {} };
  if (shape === 'mesh') {
    Object.assign(schema, mesh(random));
  } else {
    const groups = Math.floor(modelCount / 8);
    for (let g = 0; g < groups; g += 1) {
      const part = group(g, random);
      Object.assign(schema.models, part.models);
      Object.assign(schema.enums, part.enums);
      Object.assign(schema.nonModels, part.nonModels);
    }
    for (let i = groups * 8; i < modelCount; i += 1) {
      schema.models[`Widget${i}`] = widget(random);
    }
  }
  const size = shape === 'mesh' ? 'mesh12' : String(modelCount);
  return {
    job: {
      id: `synthetic-${api}-${size}-seed${seed}`,
      appId: 'd1synthetic',
      environmentName: 'bench',
      status: 'succeeded',
      renderConfig: renderConfig(api),
      genericDataSchema: {
        dataSourceType: 'DataStore',
        models: schema.models,
        nonModels: schema.nonModels,
        enums: schema.enums,
      },
      autoGenerateForms: false,
      features: { isRelationshipSupported: true, isNonModelSupported: true },
      createdAt: '2026-01-01T00:00:00Z',
      modifiedAt: '2026-01-01T00:00:00Z',
    },
  };
}

/** Exposed for tests: the helpers that decide names. */
export const internals = { createPrng, lowerFirst, upperFirst };

function main() {
  const { values } = parseArgs({
    options: {
      models: { type: 'string', default: '10' },
      api: { type: 'string', default: 'graphQL' },
      seed: { type: 'string', default: '1' },
      mesh: { type: 'boolean', default: false },
      compact: { type: 'boolean', default: false },
    },
  });
  const job = syntheticJob({
    models: Number(values.models),
    api: /** @type {SyntheticApi} */ (values.api),
    seed: Number(values.seed),
    shape: values.mesh ? 'mesh' : 'groups',
  });
  process.stdout.write(`${JSON.stringify(job, null, values.compact ? 0 : 2)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`synthetic-job: ${error instanceof Error ? error.message : error}\n`);
    process.exitCode = 2;
  }
}
