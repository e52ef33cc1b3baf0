/** A small valid job for tests to corrupt: Post hasMany Comment (via Comment.post), an enum, a non-model. */

const scalar = (dataType: string, required = false) => ({
  dataType,
  dataTypeValue: dataType,
  required,
  readOnly: false,
  isArray: false,
});
const timestamp = {
  dataType: 'AWSDateTime',
  dataTypeValue: 'AWSDateTime',
  required: false,
  readOnly: true,
  isArray: false,
};

/** A fresh sample job (`{"job": ...}` is not applied: this is the bare job). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests corrupt arbitrary parts of the job
export function sampleJob(): Record<string, any> {
  return {
    id: 'job-1',
    renderConfig: {
      react: {
        script: 'tsx',
        target: 'es2020',
        module: 'es2020',
        apiConfiguration: {
          graphQLConfig: {
            typesFilePath: '../API',
            queriesFilePath: '../graphql/queries',
            mutationsFilePath: '',
            subscriptionsFilePath: '',
            fragmentsFilePath: '',
          },
        },
      },
    },
    features: { isRelationshipSupported: true, isNonModelSupported: true },
    genericDataSchema: {
      dataSourceType: 'DataStore',
      models: {
        Post: {
          primaryKeys: ['id'],
          fields: {
            id: scalar('ID', true),
            title: scalar('String', true),
            status: {
              dataType: 'Enum',
              dataTypeValue: 'Status',
              required: false,
              readOnly: false,
              isArray: false,
            },
            meta: {
              dataType: 'NonModel',
              dataTypeValue: 'Meta',
              required: false,
              readOnly: false,
              isArray: false,
            },
            comments: {
              dataType: 'Model',
              dataTypeValue: 'Comment',
              required: false,
              readOnly: false,
              isArray: true,
              relationship: {
                type: 'HAS_MANY',
                relatedModelName: 'Comment',
                relatedModelFields: [],
                belongsToFieldOnRelatedModel: 'post',
                canUnlinkAssociatedModel: true,
              },
            },
            createdAt: timestamp,
            updatedAt: timestamp,
          },
        },
        Comment: {
          primaryKeys: ['id'],
          fields: {
            id: scalar('ID', true),
            content: scalar('String'),
            postID: {
              ...scalar('ID', true),
              relationship: { type: 'BELONGS_TO', relatedModelName: 'Post', isHasManyIndex: true },
            },
            post: {
              dataType: 'Model',
              dataTypeValue: 'Post',
              required: false,
              readOnly: false,
              isArray: false,
              relationship: {
                type: 'BELONGS_TO',
                relatedModelName: 'Post',
                associatedFields: ['postID'],
                isHasManyIndex: false,
              },
            },
            createdAt: timestamp,
            updatedAt: timestamp,
          },
        },
      },
      enums: { Status: { values: ['DRAFT', 'PUBLISHED'] } },
      nonModels: { Meta: { fields: { views: scalar('Int') } } },
    },
  };
}
