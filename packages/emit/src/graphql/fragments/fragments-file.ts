/**
 * The fragments file: one fragment per model and non-model with its scalar and enum fields
 * (issue #45; APPSYNC-CONVENTIONS.md §4 #764), `fragment RecipeFields on Recipe { … }` exported as
 * `recipeFields`. `__typename` goes last when typename selection is on, as in every other
 * selection. A type without a scalar or enum field gets no fragment, and no fragments means no
 * file: never an empty document.
 */
import type { SchemaIR } from '@uibuilder-codegen/transform';
import { Kind, print } from '../graphql-language.js';
import type { FragmentDefinitionNode } from 'graphql';
import { objectTypeNamed } from '../api-schema/api-schema.js';
import type { ApiSchema } from '../api-schema/api-schema.js';
import type { EmittedSource } from '../../emitted-source.js';
import { printEmbeddedGraphQL } from '../statements/embedded-graphql.js';
import {
  renderGraphQLDeclarations,
  renderGraphQLExports,
  renderJavaScriptExports,
} from '../statements/graphql-exports-file.js';
import { fieldNode, typenameField } from '../statements/selection-set.js';
import { writesJavaScript } from '../../output-form.js';

/** A fragment with its export name. */
export interface NamedFragment {
  /** `recipeFields`: the lower-first type name plus `Fields`. */
  readonly exportName: string;
  readonly fragment: FragmentDefinitionNode;
}

/** The fragments of every model, then every non-model, that has a scalar or enum field. */
export function createFragments(
  ir: SchemaIR,
  schema: ApiSchema,
  typename: boolean,
): NamedFragment[] {
  const typeNames = [...ir.models.map((m) => m.name), ...ir.nonModels.map((n) => n.name)];
  return typeNames.flatMap((typeName) => {
    const type = objectTypeNamed(schema, typeName);
    if (type === undefined)
      throw new Error(`fragments: ${typeName} is not an object type of the schema`);
    const leaves = schema
      .fields(type)
      .filter((f) => f.leaf)
      .map((f) => fieldNode(f.definition.name));
    if (leaves.length === 0) return [];
    const fragment: FragmentDefinitionNode = {
      kind: Kind.FRAGMENT_DEFINITION,
      name: { kind: Kind.NAME, value: `${typeName}Fields` },
      typeCondition: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: typeName } },
      directives: [],
      selectionSet: {
        kind: Kind.SELECTION_SET,
        selections: typename ? [...leaves, typenameField()] : leaves,
      },
    };
    return [
      { exportName: `${typeName.charAt(0).toLowerCase()}${typeName.slice(1)}Fields`, fragment },
    ];
  });
}

/** The fragments file at its target, or nothing when there is none or no type has a fragment. */
export function createFragmentsSource(
  ir: SchemaIR,
  schema: ApiSchema,
  typename: boolean,
): EmittedSource[] {
  const { api, output } = ir.render;
  if (api.kind !== 'graphQL' || api.fragments === undefined) return [];
  const fragments = createFragments(ir, schema, typename);
  if (fragments.length === 0) return [];
  const embedded = fragments.map((f) =>
    printEmbeddedGraphQL({ kind: Kind.DOCUMENT, definitions: [f.fragment] }),
  );
  // The file is in prettier's style only when the printer covered every fragment.
  const stable = embedded.every((text) => text !== undefined);
  const file = {
    exports: fragments.map((f, index) => ({
      name: f.exportName,
      document: embedded[index] ?? print(f.fragment),
    })),
  };
  return [
    {
      kind: 'module',
      target: api.fragments,
      ts: { text: renderGraphQLExports(file), prettierStable: stable },
      ...(output.language === 'ts'
        ? {}
        : { dts: { text: renderGraphQLDeclarations(file), prettierStable: true } }),
      ...(writesJavaScript(output) && stable
        ? { js: { text: renderJavaScriptExports(file), prettierStable: true } }
        : {}),
    },
  ];
}
