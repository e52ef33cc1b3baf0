import { buildASTSchema, isInputObjectType, isObjectType, validateSchema } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { blogExampleIR, corpusIRs, recipesIR } from '../test-support/real-ir.js';
import { buildAppSyncSchemaDocument } from './build-appsync-schema.js';
import { buildAppSyncSchema } from '../test-support/appsync-graphql-schema.js';

const schemas = new Map(corpusIRs().map(([name, ir]) => [name, buildAppSyncSchema(ir)]));

/** `field(arg: T, …): T` for an object type's field, or `field: T` for an input field. */
function signature(schema: GraphQLSchema, typeName: string, fieldName: string): string | undefined {
  const type = schema.getType(typeName);
  if (isObjectType(type)) {
    const field = type.getFields()[fieldName];
    if (field === undefined) return undefined;
    return `${fieldName}(${field.args.map((a) => `${a.name}: ${String(a.type)}`).join(', ')}): ${String(field.type)}`;
  }
  if (isInputObjectType(type)) {
    const field = type.getFields()[fieldName];
    return field === undefined ? undefined : `${fieldName}: ${String(field.type)}`;
  }
  return undefined;
}

function inputFieldNames(schema: GraphQLSchema, typeName: string): string[] {
  const type = schema.getType(typeName);
  return isInputObjectType(type) ? Object.keys(type.getFields()) : [];
}

describe('AppSync schema shapes beyond recipes (APPSYNC-CONVENTIONS §1.2–§1.5, §1.10)', () => {
  it.each([
    [
      'composite-key-movie',
      'Query',
      'listMovies',
      'listMovies(movieKey: ID, titleGenre: ModelMoviePrimaryCompositeKeyConditionInput, filter: ModelMovieFilterInput, limit: Int, nextToken: String, sortDirection: ModelSortDirection): ModelMovieConnection',
    ],
    [
      'composite-key-movie',
      'Query',
      'getMovie',
      'getMovie(movieKey: ID!, title: String!, genre: String!): Movie',
    ],
    [
      // A join side over a composite key queries the manyToMany transformer's `by<Model>` index.
      'composite-key-movie',
      'Query',
      'movieTagsByMovieMovieKeyAndMovietitleAndMoviegenre',
      'movieTagsByMovieMovieKeyAndMovietitleAndMoviegenre(movieMovieKey: ID!, movietitleMoviegenre: ModelMovieTagsByMovieCompositeKeyConditionInput, sortDirection: ModelSortDirection, filter: ModelMovieTagsFilterInput, limit: Int, nextToken: String): ModelMovieTagsConnection',
    ],
    ['composite-key-movie', 'ModelMoviePrimaryCompositeKeyInput', 'genre', 'genre: String'],
    [
      'composite-key-movie',
      'ModelMoviePrimaryCompositeKeyConditionInput',
      'between',
      'between: [ModelMoviePrimaryCompositeKeyInput]',
    ],
    ['composite-key-movie', 'CreateMovieTagsInput', 'movietitle', 'movietitle: String!'],
    ['composite-key-movie', 'DeleteMovieInput', 'title', 'title: String!'],
    ['composite-key-movie', 'UpdateMovieInput', 'rating', 'rating: String'],
    ['composite-relationships', 'CreateCompositeDogInput', 'name', 'name: ID!'],
    ['composite-relationships', 'ModelCompositeDogFilterInput', 'id', 'id: ModelIDInput'],
  ])('%s: %s.%s', (schemaName, typeName, fieldName, want) => {
    const schema = schemas.get(schemaName);
    if (schema === undefined) throw new Error(`no corpus schema ${schemaName}`);
    expect(signature(schema, typeName, fieldName)).toBe(want);
  });

  it('puts the FKs a model declares on its subscription filter, hasMany before hasOne (§1.2)', () => {
    const schema = schemas.get('composite-relationships');
    if (schema === undefined) throw new Error('no composite-relationships');
    expect(inputFieldNames(schema, 'ModelSubscriptionCompositeDogFilterInput').slice(-6)).toEqual([
      'compositeDogCompositeToysName',
      'compositeDogCompositeToysDescription',
      'compositeDogCompositeBowlShape',
      'compositeDogCompositeBowlSize',
      'compositeDogCompositeOwnerLastName',
      'compositeDogCompositeOwnerFirstName',
    ]);
    expect(inputFieldNames(schema, 'ModelSubscriptionCompositeToyFilterInput')).not.toContain(
      'compositeDogCompositeToysName',
    );
    expect(inputFieldNames(schema, 'ModelCompositeDogConditionInput')).not.toContain('name');
  });

  it('always has ModelSortDirection and ModelAttributeTypes', () => {
    for (const schema of schemas.values()) {
      expect(schema.getType('ModelSortDirection')).toBeDefined();
      expect(schema.getType('ModelAttributeTypes')).toBeDefined();
    }
  });
});

describe('the AppSync schema document passes the SDL rules', () => {
  it.each([['recipes', recipesIR()], ['blog example', blogExampleIR()], ...corpusIRs()])(
    '%s',
    (_name, ir) => {
      const schema = buildASTSchema(buildAppSyncSchemaDocument(ir));
      expect(validateSchema(schema)).toEqual([]);
    },
  );
});
