/**
 * `resolveTypes`: gives every field of the raw schema a resolved type (`scalar | enum | nonModel |
 * model`) and checks what can be checked per field: unknown data types, dangling references,
 * relationships that make no sense on the field they sit on. Fields that cannot be typed are left
 * out of the IR (after an error), so later passes only see consistent data.
 */
import { diagnostic, SCALAR_TYPE_NAMES } from '@uibuilder-codegen/core';
import type { Diagnostic, ScalarTypeName } from '@uibuilder-codegen/core';
import type { FieldIR, FieldTypeIR, ModelIR, SchemaIR } from './ir.js';
import type { ModelSchemaFacts } from '@uibuilder-codegen/core';
import type { RawField, RawSchema } from './raw-schema.js';
import { apiTimestampNames, isManagedTimestamp, uncertainTimestamps } from './timestamps.js';

type TypeKind = 'Model' | 'Enum' | 'NonModel';

const SCALARS: ReadonlySet<string> = new Set(SCALAR_TYPE_NAMES);

/** The type names a model's IR gets once {@link assignNames} has run. */
const UNNAMED: ModelIR['typeNames'] = {
  connection: '',
  createInput: '',
  updateInput: '',
  deleteInput: '',
  filterInput: '',
  conditionInput: '',
  subscriptionFilterInput: '',
};

function collectTypeNames(raw: RawSchema, diagnostics: Diagnostic[]): Map<string, TypeKind> {
  const kinds = new Map<string, TypeKind>();
  const add = (name: string, kind: TypeKind, path: string): void => {
    const existing = kinds.get(name);
    if (existing === undefined) kinds.set(name, kind);
    else
      diagnostics.push(
        diagnostic('DuplicateTypeName', path, { name, kinds: `${existing} and ${kind}` }),
      );
  };
  for (const m of raw.models) add(m.name, 'Model', m.path);
  for (const e of raw.enums) add(e.name, 'Enum', e.path);
  for (const n of raw.nonModels) add(n.name, 'NonModel', n.path);
  return kinds;
}

function checkRelationship(
  field: RawField,
  type: FieldTypeIR,
  owner: string,
  kinds: Map<string, TypeKind>,
  diagnostics: Diagnostic[],
): boolean {
  const r = field.relationship;
  if (r === undefined) {
    if (type.kind !== 'model') return true;
    diagnostics.push(diagnostic('MissingRelationship', field.path, { owner }));
    return false;
  }
  if (kinds.get(r.relatedModelName) !== 'Model') {
    diagnostics.push(
      diagnostic('DanglingModelReference', r.path + '/relatedModelName', {
        owner,
        name: r.relatedModelName,
      }),
    );
    return false;
  }
  const invalid = (reason: string): false => {
    diagnostics.push(diagnostic('InvalidRelationship', r.path + '/type', { owner, reason }));
    return false;
  };
  if (type.kind === 'model') {
    if (r.type === 'HAS_MANY' && !field.isArray)
      return invalid('a HAS_MANY relationship needs a list field (isArray: true)');
    if (r.type !== 'HAS_MANY' && field.isArray)
      return invalid(`a ${r.type} relationship needs a single (non-list) field`);
    if (r.type !== 'HAS_MANY' && type.name !== r.relatedModelName) {
      return invalid(
        `the field's type ${type.name} is not its relatedModelName ${r.relatedModelName}`,
      );
    }
    return true;
  }
  if (type.kind !== 'scalar')
    return invalid(
      `a ${type.kind === 'enum' ? 'enum' : 'non-model'} field cannot have a relationship`,
    );
  if (r.type === 'HAS_MANY' || r.associatedFields !== undefined || field.isArray) {
    return invalid(
      'a scalar field can only be a foreign key (HAS_ONE or BELONGS_TO without associatedFields, not a list)',
    );
  }
  return true;
}

function resolveFieldType(
  field: RawField,
  owner: string,
  kinds: Map<string, TypeKind>,
  diagnostics: Diagnostic[],
): FieldTypeIR | undefined {
  if (SCALARS.has(field.dataType))
    return { kind: 'scalar', name: field.dataType as ScalarTypeName };
  if (field.dataType !== 'Enum' && field.dataType !== 'NonModel' && field.dataType !== 'Model') {
    diagnostics.push(
      diagnostic('UnknownDataType', field.path + '/dataType', { owner, dataType: field.dataType }),
    );
    return undefined;
  }
  const name = field.dataTypeValue;
  if (name === undefined || name === '') {
    diagnostics.push(
      diagnostic('MissingDataTypeValue', field.path + '/dataTypeValue', {
        owner,
        dataType: field.dataType,
      }),
    );
    return undefined;
  }
  if (kinds.get(name) !== field.dataType) {
    // A model reference that also dangles in relatedModelName is reported once, there.
    if (field.dataType === 'Model' && field.relationship?.relatedModelName === name) {
      diagnostics.push(
        diagnostic('DanglingModelReference', field.relationship.path + '/relatedModelName', {
          owner,
          name,
        }),
      );
    } else {
      diagnostics.push(
        diagnostic('DanglingTypeReference', field.path + '/dataTypeValue', {
          owner,
          dataType: field.dataType,
          name,
        }),
      );
    }
    return undefined;
  }
  const kind =
    field.dataType === 'Enum' ? 'enum' : field.dataType === 'NonModel' ? 'nonModel' : 'model';
  return { kind, name };
}

function resolveField(
  field: RawField,
  ownerName: string,
  inModel: boolean,
  kinds: Map<string, TypeKind>,
  diagnostics: Diagnostic[],
): FieldIR | undefined {
  const owner = `${ownerName}.${field.name}`;
  const type = resolveFieldType(field, owner, kinds, diagnostics);
  if (type === undefined) return undefined;
  // A non-model may hold a model as a plain value (`SearchResult.shops: [Shop]`, returned by a
  // custom query): the transformer deploys it without a resolver. Relationships need a table.
  if (!inModel && field.relationship !== undefined) {
    diagnostics.push(
      diagnostic('InvalidRelationship', field.path, {
        owner,
        reason: 'a non-model cannot hold relationships',
      }),
    );
    return undefined;
  }
  if (inModel && !checkRelationship(field, type, owner, kinds, diagnostics)) return undefined;
  // Every read-only model scalar is a timestamp the transformer manages, renamed or not.
  const isTimestamp = inModel && isManagedTimestamp(field) && type.kind === 'scalar';
  return {
    name: field.name,
    type,
    isArray: field.isArray,
    // The timestamps the transformer manages are `AWSDateTime!` in the API type (§1.1, §1.13).
    required: field.required || isTimestamp,
    readOnly: field.readOnly,
    origin: isTimestamp ? 'timestamp' : 'declared',
    relation: undefined,
    foreignKeyOf: undefined,
    path: field.path,
  };
}

/**
 * Builds the IR skeleton from the raw schema: resolved field types, no relations or names yet.
 * `modelSchema`, when given, decides which of the job's timestamps the API has.
 */
export function resolveTypes(
  raw: RawSchema,
  base: Pick<SchemaIR, 'jobId' | 'render' | 'features' | 'dependencies'>,
  modelSchema?: ModelSchemaFacts,
): { ir: SchemaIR; diagnostics: readonly Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const kinds = collectTypeNames(raw, diagnostics);
  const fieldsOf = (owner: string, fields: readonly RawField[], inModel: boolean): FieldIR[] =>
    fields.flatMap((f) => resolveField(f, owner, inModel, kinds, diagnostics) ?? []);
  const modelFieldsOf = (owner: string, fields: readonly RawField[]): FieldIR[] => {
    const facts = modelSchema?.models ?? {};
    const known = Object.hasOwn(facts, owner) ? facts[owner] : undefined;
    if (known !== undefined) {
      // The SDL says which timestamps the API has; the job lists disabled ones too.
      const timestamps = apiTimestampNames(known.modelArguments ?? {});
      const kept = fields.filter((f) => !isManagedTimestamp(f) || timestamps.has(f.name));
      return fieldsOf(owner, kept, true);
    }
    const uncertain = uncertainTimestamps(fields);
    for (const f of uncertain)
      diagnostics.push(diagnostic('UncertainTimestamp', f.path, { owner: `${owner}.${f.name}` }));
    return fieldsOf(
      owner,
      fields.filter((f) => !uncertain.includes(f)),
      true,
    );
  };
  const models: ModelIR[] = raw.models.map((m) => ({
    kind: 'model',
    name: m.name,
    pluralName: '',
    isJoinTable: m.isJoinTable,
    primaryKey: {
      partitionKey: m.primaryKeys[0] ?? 'id',
      sortKeys: m.primaryKeys.slice(1),
      isCustom: !(m.primaryKeys.length === 1 && m.primaryKeys[0] === 'id'),
    },
    fields: modelFieldsOf(m.name, m.fields),
    typeNames: UNNAMED,
    indexQueries: [],
    path: m.path,
  }));
  return {
    ir: {
      ...base,
      models,
      enums: raw.enums.map((e) => ({ kind: 'enum', name: e.name, values: e.values, path: e.path })),
      nonModels: raw.nonModels.map((n) => ({
        kind: 'nonModel',
        name: n.name,
        inputTypeName: '',
        fields: fieldsOf(n.name, n.fields, false),
        path: n.path,
      })),
      operations: [],
      assumptions: [],
    },
    diagnostics,
  };
}
