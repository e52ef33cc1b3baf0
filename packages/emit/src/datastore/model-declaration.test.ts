import { describe, expect, it } from 'vitest';
import { identifierKind, modelDeclaration, nonModelDeclaration } from './model-declaration.js';
import {
  model,
  namedField,
  nonModel,
  relationField,
  scalarField,
  timestampFields,
} from './test-support/ir-builder.js';

const comment = model('Comment', [
  scalarField('id', 'ID', { required: true }),
  scalarField('body', 'String', { required: true }),
  namedField('mood', 'enum', 'Mood'),
  scalarField('scores', 'Int', { isArray: true, required: true }),
  scalarField('postID', 'ID', { foreignKeyOf: { model: 'Comment', field: 'post' } }),
  relationField('post', {
    kind: 'belongsTo',
    relatedModel: 'Post',
    foreignKeys: ['postID'],
    inverseField: 'comments',
  }),
  relationField('replies', {
    kind: 'hasMany',
    relatedModel: 'Reply',
    foreignKeys: ['commentID'],
    inverseField: undefined,
    keyConditionFields: [],
    viaReferences: false,
  }),
  ...timestampFields(),
]);

describe('identifierKind', () => {
  it.each([
    ['the default id', undefined, 'ManagedIdentifier'],
    ['a custom key on id', ['id'], 'OptionallyManagedIdentifier'],
    ['a custom key on another field', ['sku'], 'CustomIdentifier'],
    ['a composite key', ['sku', 'region'], 'CompositeIdentifier'],
  ])('%s', (_, primaryKeys, kind) => {
    const fields = ['id', 'sku', 'region'].map((name) =>
      scalarField(name, 'ID', { required: true }),
    );
    expect(
      identifierKind(model('Item', fields, primaryKeys === undefined ? {} : { primaryKeys })),
    ).toBe(kind);
  });
});

describe('modelDeclaration', () => {
  it('writes Eager and Lazy types, the exported type and the constructor', () => {
    expect(modelDeclaration(comment)).toMatchInlineSnapshot(`
      "type EagerComment = {
        readonly [__modelMeta__]: {
          identifier: ManagedIdentifier<Comment, "id">;
          readOnlyFields: "createdAt" | "updatedAt";
        };
        readonly id: string;
        readonly body: string;
        readonly mood?: Mood | keyof typeof Mood | null;
        readonly scores?: number[] | null;
        readonly postID?: string | null;
        readonly post?: Post | null;
        readonly replies?: (Reply | null)[] | null;
        readonly createdAt?: string | null;
        readonly updatedAt?: string | null;
      };

      type LazyComment = {
        readonly [__modelMeta__]: {
          identifier: ManagedIdentifier<Comment, "id">;
          readOnlyFields: "createdAt" | "updatedAt";
        };
        readonly id: string;
        readonly body: string;
        readonly mood?: Mood | keyof typeof Mood | null;
        readonly scores?: number[] | null;
        readonly postID?: string | null;
        readonly post: AsyncItem<Post | undefined>;
        readonly replies: AsyncCollection<Reply>;
        readonly createdAt?: string | null;
        readonly updatedAt?: string | null;
      };

      export declare type Comment = LazyLoading extends LazyLoadingDisabled
        ? EagerComment
        : LazyComment;

      export declare const Comment: (new (init: ModelInit<Comment>) => Comment) & {
        copyOf(
          source: Comment,
          mutator: (draft: MutableModel<Comment>) => MutableModel<Comment> | void,
        ): Comment;
      };"
    `);
  });

  it('writes a composite identifier with its fields in key order', () => {
    const review = model(
      'Review',
      [
        scalarField('postId', 'ID', { required: true }),
        scalarField('on', 'AWSDate', { required: true }),
      ],
      {
        primaryKeys: ['postId', 'on'],
      },
    );
    expect(modelDeclaration(review)).toContain(
      'identifier: CompositeIdentifier<Review, ["postId", "on"]>;',
    );
    expect(modelDeclaration(review)).not.toContain('readOnlyFields');
  });
});

describe('nonModelDeclaration', () => {
  it('writes a constructor without copyOf', () => {
    expect(
      nonModelDeclaration(
        nonModel('Address', [scalarField('street-name', 'String', { required: true })]),
      ),
    ).toMatchInlineSnapshot(`
      "type EagerAddress = {
        readonly "street-name": string;
      };

      type LazyAddress = {
        readonly "street-name": string;
      };

      export declare type Address = LazyLoading extends LazyLoadingDisabled
        ? EagerAddress
        : LazyAddress;

      export declare const Address: new (init: ModelInit<Address>) => Address;"
    `);
  });
});
