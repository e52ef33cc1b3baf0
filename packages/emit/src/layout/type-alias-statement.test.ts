import { describe, expect, test } from 'vitest';
import { exportedTypeAlias } from './type-alias-statement.js';

describe('exportedTypeAlias', () => {
  test('the type moves to the next line, indented, when its first line does not fit', () => {
    const object = '{\n  __typename: "Post";\n\n  id: string;\n}';
    const union = `(typeof ${'E'.repeat(30)})[keyof typeof ${'E'.repeat(30)}]`;
    expect(
      [
        exportedTypeAlias('Post', object),
        exportedTypeAlias('P'.repeat(70), object),
        exportedTypeAlias('E'.repeat(30), union),
      ].join('\n'),
    ).toMatchInlineSnapshot(`
      "export type Post = {
        __typename: "Post";

        id: string;
      };
      export type PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP =
        {
          __typename: "Post";

          id: string;
        };
      export type EEEEEEEEEEEEEEEEEEEEEEEEEEEEEE =
        (typeof EEEEEEEEEEEEEEEEEEEEEEEEEEEEEE)[keyof typeof EEEEEEEEEEEEEEEEEEEEEEEEEEEEEE];"
    `);
  });
});
