/**
 * Name lookups over one IR, built once per IR so that building the schema stays linear in the
 * number of models (bench schemas have thousands).
 */
import type {
  FieldIR,
  ModelIR,
  NonModelIR,
  OperationIR,
  OperationRole,
  SchemaIR,
} from '@uibuilder-codegen/transform';

/** The IR's models, non-models, implicit FKs and operations, by name. */
export interface SchemaLookup {
  readonly model: (name: string) => ModelIR;
  readonly nonModel: (name: string) => NonModelIR;
  /** The implicit FKs whose directive `model` declares, with the model that holds each. */
  readonly declaredForeignKeys: (
    model: string,
  ) => readonly { readonly holder: ModelIR; readonly field: FieldIR }[];
  /** The operation with this role on this model. */
  readonly operation: (model: string, role: OperationRole) => OperationIR | undefined;
}

const lookups = new WeakMap<SchemaIR, SchemaLookup>();

function build(ir: SchemaIR): SchemaLookup {
  const models = new Map(ir.models.map((m) => [m.name, m]));
  const nonModels = new Map(ir.nonModels.map((n) => [n.name, n]));
  const declared = new Map<string, { holder: ModelIR; field: FieldIR }[]>();
  for (const holder of ir.models) {
    for (const field of holder.fields) {
      const owner = field.foreignKeyOf;
      if (owner === undefined || !isTransformerKey(models, field, owner)) continue;
      const declaring = declaringModel(models, owner);
      const list = declared.get(declaring) ?? [];
      list.push({ holder, field });
      declared.set(declaring, list);
    }
  }
  const operations = new Map(ir.operations.map((o) => [`${o.model}\u0000${o.role}`, o]));
  return {
    model(name) {
      const found = models.get(name);
      if (found === undefined) throw new Error(`AppSync schema: model ${name} does not exist`);
      return found;
    },
    nonModel(name) {
      const found = nonModels.get(name);
      if (found === undefined) throw new Error(`AppSync schema: non-model ${name} does not exist`);
      return found;
    },
    declaredForeignKeys: (model) => declared.get(model) ?? [],
    operation: (model, role) => operations.get(`${model}\u0000${role}`),
  };
}

/**
 * Whether the transformer adds `field` as a key of its own: an implicit key, or a declared field
 * with the implicit name of a bare `@hasMany` (fixtures/real/declared-implicit-fk:
 * `Child.parentChildrenId`, which the transformer still puts in Parent's subscription filter).
 */
function isTransformerKey(
  models: ReadonlyMap<string, ModelIR>,
  field: FieldIR,
  owner: { readonly model: string; readonly field: string },
): boolean {
  if (field.origin === 'implicitForeignKey') return true;
  const relation = models.get(owner.model)?.fields.find((f) => f.name === owner.field)?.relation;
  return relation?.kind === 'hasMany' && relation.implicitKey === true;
}

/**
 * The model whose directive adds an implicit key: its owner's, except that a belongsTo opposite an
 * implicit hasMany reuses the hasMany's key, which the parent's `@hasMany` added
 * (fixtures/real/gen1-docs: `blogPostsId` is in `ModelSubscriptionBlogFilterInput`).
 */
function declaringModel(
  models: ReadonlyMap<string, ModelIR>,
  owner: { readonly model: string; readonly field: string },
): string {
  const relation = models.get(owner.model)?.fields.find((f) => f.name === owner.field)?.relation;
  if (relation?.kind !== 'belongsTo' || relation.inverseField === undefined) return owner.model;
  const parent = models.get(relation.relatedModel);
  const inverse = parent?.fields.find((f) => f.name === relation.inverseField)?.relation;
  return inverse?.kind === 'hasMany' ? relation.relatedModel : owner.model;
}

/** The lookup of `ir`, built on first use. */
export function schemaLookup(ir: SchemaIR): SchemaLookup {
  let lookup = lookups.get(ir);
  if (lookup === undefined) {
    lookup = build(ir);
    lookups.set(ir, lookup);
  }
  return lookup;
}
