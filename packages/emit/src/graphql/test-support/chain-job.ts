/**
 * Test support: a synthetic codegen job of `count` models in a chain, `Node0` hasMany `Node1`
 * hasMany `Node2` …, each child with a belongsTo back to its parent: the mesh where uncut
 * selection sets bounce between neighbours (issue #43).
 */
import { recipesJob } from './reference-schema.js';

const scalar = (type: string, required = false) => ({
  dataType: type,
  dataTypeValue: type,
  required,
  readOnly: false,
  isArray: false,
});

function chainModel(index: number, count: number): Record<string, unknown> {
  const fields: Record<string, unknown> = { id: scalar('ID', true), label: scalar('String') };
  if (index > 0) {
    fields['parentID'] = {
      ...scalar('ID'),
      relationship: {
        type: 'BELONGS_TO',
        isHasManyIndex: false,
        relatedModelName: `Node${index - 1}`,
      },
    };
    fields['parent'] = {
      dataType: 'Model',
      dataTypeValue: `Node${index - 1}`,
      required: false,
      readOnly: false,
      isArray: false,
      relationship: {
        type: 'BELONGS_TO',
        associatedFields: ['parentID'],
        isHasManyIndex: false,
        relatedModelName: `Node${index - 1}`,
      },
    };
  }
  if (index < count - 1) {
    fields['children'] = {
      dataType: 'Model',
      dataTypeValue: `Node${index + 1}`,
      required: false,
      readOnly: false,
      isArray: true,
      relationship: {
        type: 'HAS_MANY',
        relatedModelFields: [],
        canUnlinkAssociatedModel: true,
        belongsToFieldOnRelatedModel: 'parent',
        relatedModelName: `Node${index + 1}`,
      },
    };
  }
  fields['createdAt'] = { ...scalar('AWSDateTime'), readOnly: true };
  fields['updatedAt'] = { ...scalar('AWSDateTime'), readOnly: true };
  return { fields, primaryKeys: ['id'] };
}

/** The recipes job with its schema replaced by a chain of `count` models. */
export function chainJob(count: number): unknown {
  const { job } = recipesJob() as { job: Record<string, unknown> };
  const models = Object.fromEntries(
    Array.from({ length: count }, (_, i) => [`Node${i}`, chainModel(i, count)] as const),
  );
  return {
    job: {
      ...job,
      genericDataSchema: { dataSourceType: 'DataStore', models, nonModels: {}, enums: {} },
    },
  };
}
