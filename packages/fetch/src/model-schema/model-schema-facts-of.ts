/**
 * The facts of an Amplify model SDL that the job lacks, read from its directives with graphql-js:
 * for each `@model` type, its `@primaryKey`, its `@index` directives (name, `sortKeyFields`,
 * `queryField`) and whether each list field may itself be null. Directives are read by name from the parsed document; the
 * SDL is not validated (the Amplify directives are not declared in it).
 */
import type { ModelFacts, ModelSchemaFacts } from '@uibuilder-codegen/core';
import type {
  ConstDirectiveNode,
  ConstValueNode,
  DocumentNode,
  FieldDefinitionNode,
} from 'graphql';
import { Kind } from 'graphql/language/kinds.js';

/** The facts of the `@model` types in `documents` (one per file of a `schema/` folder). */
export function modelSchemaFactsOf(
  documents: readonly DocumentNode[],
  source: string,
): ModelSchemaFacts {
  const models: Record<string, ModelFacts> = {};
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      if (!(definition.directives ?? []).some((d) => d.name.value === 'model')) continue;
      models[definition.name.value] = modelFacts(definition.fields ?? []);
    }
  }
  return { source, models };
}

function modelFacts(fields: readonly FieldDefinitionNode[]): ModelFacts {
  const listNullable: Record<string, boolean> = {};
  const indexes: ModelFacts['indexes'][number][] = [];
  let primaryKey: ModelFacts['primaryKey'];
  for (const field of fields) {
    const name = field.name.value;
    const type = field.type;
    if (type.kind === Kind.LIST_TYPE) listNullable[name] = true;
    else if (type.kind === Kind.NON_NULL_TYPE && type.type.kind === Kind.LIST_TYPE)
      listNullable[name] = false;
    for (const directive of field.directives ?? []) {
      if (directive.name.value === 'primaryKey')
        primaryKey = {
          partitionKey: name,
          sortKeys: stringList(argument(directive, 'sortKeyFields')),
        };
      if (directive.name.value !== 'index') continue;
      const sortKeys = stringList(argument(directive, 'sortKeyFields'));
      indexes.push({
        name: stringValue(argument(directive, 'name')) ?? defaultIndexName([name, ...sortKeys]),
        partitionKey: name,
        sortKeys,
        queryField: stringValue(argument(directive, 'queryField')),
      });
    }
  }
  return { indexes, listNullable, ...(primaryKey === undefined ? {} : { primaryKey }) };
}

/** The transformer's name for an unnamed `@index`: `by` and each key field, joined by `And`. */
function defaultIndexName(fields: readonly string[]): string {
  return `by${fields.map((f) => f.charAt(0).toUpperCase() + f.slice(1)).join('And')}`;
}

function argument(directive: ConstDirectiveNode, name: string): ConstValueNode | undefined {
  return directive.arguments?.find((a) => a.name.value === name)?.value;
}

function stringValue(value: ConstValueNode | undefined): string | undefined {
  return value?.kind === Kind.STRING ? value.value : undefined;
}

function stringList(value: ConstValueNode | undefined): string[] {
  if (value?.kind === Kind.STRING) return [value.value];
  if (value?.kind !== Kind.LIST) return [];
  return value.values.flatMap((v) => (v.kind === Kind.STRING ? [v.value] : []));
}
