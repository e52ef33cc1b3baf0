import { describe, expect, test } from 'vitest';
import { field } from '../test-support/ir-builders.js';
import { StructureKind } from 'ts-morph';
import type { PropertySignatureStructure } from 'ts-morph';
import { printStatements } from '../test-support/print-statements.js';
import { createFieldProperty } from './field-property.js';

const print = (property: PropertySignatureStructure) =>
  printStatements([{ kind: StructureKind.Interface, name: 'T', properties: [property] }]);

describe('createFieldProperty', () => {
  test('required', () => {
    expect(
      print(createFieldProperty(field('Post', 'title', 'String', { required: true }), 'Array')),
    ).toMatchInlineSnapshot(`
      "interface T {
        /** GraphQL: \`String!\` */
        title: string;
      }
      "
    `);
  });

  test('nullable, read-only, not an identifier', () => {
    expect(
      print(
        createFieldProperty(
          field('Post', 'edited-at', 'AWSTimestamp', { readOnly: true }),
          'Array',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "interface T {
        /** GraphQL: \`AWSTimestamp\` */
        readonly "edited-at"?: number | null;
      }
      "
    `);
  });

  test('a list with non-null elements is still optional', () => {
    expect(
      print(
        createFieldProperty(
          field('Post', 'tags', 'String', { isArray: true, required: true }),
          'Array',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "interface T {
        /** GraphQL: \`[String!]\` */
        tags?: Array<string> | null;
      }
      "
    `);
  });

  test('a relationship names its directive', () => {
    const relation = {
      kind: 'belongsTo',
      relatedModel: 'Blog',
      foreignKeys: ['blogID'],
      inverseField: 'posts',
    } as const;
    expect(
      print(
        createFieldProperty(
          field('Post', 'blog', { kind: 'model', name: 'Blog' }, { relation }),
          'Array',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "interface T {
        /** GraphQL: \`Blog\` @belongsTo */
        blog?: Blog | null;
      }
      "
    `);
  });

  test('a name with */ cannot end the doc comment', () => {
    const property = createFieldProperty(
      field('Post', 'a*/b', { kind: 'enum', name: 'X*/Y' }),
      'Array',
    );
    expect(property.name).toBe('"a*/b"');
    expect(property.docs).toEqual(['GraphQL: `X*\\/Y`']);
  });
});
