import { describe, expect, it } from 'vitest';
import { normalizeSchema } from './normalize-schema.js';
import { describeRelations } from './test-support/fixtures.js';

const s = (dataType: string, required = false) => ({
  dataType,
  dataTypeValue: dataType,
  required,
  readOnly: false,
  isArray: false,
});
const rel = (
  target: string,
  isArray: boolean,
  relationship: Record<string, unknown>,
  required = false,
) => ({
  dataType: 'Model',
  dataTypeValue: target,
  required,
  readOnly: false,
  isArray,
  relationship,
});

const CASES: [
  string,
  { given: Record<string, unknown>; relations: string[]; indexes: string[]; added: string[] },
][] = [
  [
    'a self-referencing hasMany/belongsTo',
    {
      given: {
        Employee: {
          fields: {
            id: s('ID', true),
            managerID: {
              ...s('ID'),
              relationship: { type: 'BELONGS_TO', relatedModelName: 'Employee' },
            },
            manager: rel('Employee', false, {
              type: 'BELONGS_TO',
              relatedModelName: 'Employee',
              associatedFields: ['managerID'],
            }),
            reports: rel('Employee', true, {
              type: 'HAS_MANY',
              relatedModelName: 'Employee',
              relatedModelFields: [],
              belongsToFieldOnRelatedModel: 'manager',
            }),
          },
        },
      },
      relations: [
        'Employee.manager belongsTo Employee [managerID] <> reports',
        'Employee.reports hasMany Employee [managerID] <> manager',
      ],
      indexes: ['employeesByManagerID'],
      added: [],
    },
  ],
  [
    'a join model whose keys the job does not list (§1.12 names, composite key)',
    {
      given: {
        Book: {
          primaryKeys: ['isbn', 'edition'],
          fields: {
            isbn: s('String', true),
            edition: s('Int', true),
            tags: rel('BookTags', true, {
              type: 'HAS_MANY',
              relatedModelName: 'Tag',
              relatedModelFields: ['book'],
              relatedJoinTableName: 'BookTags',
              relatedJoinFieldName: 'tag',
            }),
          },
        },
        Tag: {
          fields: {
            id: s('ID', true),
            books: rel('BookTags', true, {
              type: 'HAS_MANY',
              relatedModelName: 'Book',
              relatedModelFields: ['tag'],
              relatedJoinTableName: 'BookTags',
              relatedJoinFieldName: 'book',
            }),
          },
        },
        BookTags: {
          isJoinTable: true,
          fields: {
            id: s('ID', true),
            book: rel('Book', false, { type: 'BELONGS_TO', relatedModelName: 'Book' }, true),
            tag: rel('Tag', false, { type: 'BELONGS_TO', relatedModelName: 'Tag' }, true),
          },
        },
      },
      relations: [
        'Book.tags manyToMany Tag via BookTags [bookIsbn,bookedition] <> books',
        'Tag.books manyToMany Book via BookTags [tagId] <> tags',
        'BookTags.book belongsTo Book [bookIsbn,bookedition] <> tags',
        'BookTags.tag belongsTo Tag [tagId] <> books',
      ],
      indexes: ['bookTagsByBookIsbnAndBookedition', 'bookTagsByTagId'],
      added: ['BookTags.bookIsbn:String!', 'BookTags.bookedition:Int!', 'BookTags.tagId:ID!'],
    },
  ],
  [
    'a hasMany that names no keys gets the implicit ones, over a composite parent key',
    {
      given: {
        Review: {
          primaryKeys: ['recipeId', 'createdOn'],
          fields: {
            recipeId: s('ID', true),
            createdOn: s('AWSDateTime', true),
            tips: rel('Tip', true, {
              type: 'HAS_MANY',
              relatedModelName: 'Tip',
              relatedModelFields: [],
            }),
            photo: rel('Photo', false, { type: 'HAS_ONE', relatedModelName: 'Photo' }),
          },
        },
        Tip: { fields: { id: s('ID', true) } },
        Photo: { fields: { id: s('ID', true) } },
      },
      relations: [
        'Review.tips hasMany Tip [reviewTipsRecipeId,reviewTipsCreatedOn]',
        'Review.photo hasOne Photo [reviewPhotoId]',
      ],
      indexes: [],
      added: [
        'Review.reviewPhotoId:ID',
        'Tip.reviewTipsRecipeId:ID',
        'Tip.reviewTipsCreatedOn:AWSDateTime',
      ],
    },
  ],
  [
    'a unidirectional hasMany over the child partition key reads the primary key, with key conditions',
    {
      given: {
        Kitchen: {
          fields: {
            id: s('ID', true),
            slots: rel('Slot', true, {
              type: 'HAS_MANY',
              relatedModelName: 'Slot',
              relatedModelFields: ['kitchenId'],
            }),
          },
        },
        Slot: {
          primaryKeys: ['kitchenId', 'day', 'hour'],
          fields: { kitchenId: s('ID', true), day: s('AWSDate', true), hour: s('Int', true) },
        },
      },
      relations: ['Kitchen.slots hasMany Slot [kitchenId]'],
      indexes: [],
      added: [],
    },
  ],
];

describe('relations', () => {
  it.each(CASES)('%s', (_name, { given, relations, indexes, added }) => {
    const { ir, diagnostics } = normalizeSchema({ genericDataSchema: { models: given } });
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(describeRelations(ir)).toEqual(relations);
    expect(ir.models.flatMap((m) => m.indexQueries.map((q) => q.fieldName))).toEqual(indexes);
    expect(
      ir.models.flatMap((m) =>
        m.fields
          .filter((f) => f.origin === 'implicitForeignKey')
          .map((f) => `${m.name}.${f.name}:${f.type.name}${f.required ? '!' : ''}`),
      ),
    ).toEqual(added);
  });

  it('key conditions: a child read through its primary key takes its sort keys', () => {
    const { ir } = normalizeSchema({ genericDataSchema: { models: CASES[3]?.[1].given } });
    expect(ir.models[0]?.fields[1]?.relation).toMatchObject({
      kind: 'hasMany',
      keyConditionFields: ['day', 'hour'],
    });
  });
});
