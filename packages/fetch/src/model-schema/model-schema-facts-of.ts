/**
 * The facts of an Amplify model SDL that the job lacks, read from its directives with graphql-js:
 * for each `@model` type, its `@model` arguments, `@auth` rules, `@primaryKey`, `@index`
 * directives (name, `sortKeyFields`, `queryField`), the `@hasMany` fields that name an index,
 * and whether each list field may itself be null; for each non-model, that last fact too. Directives are read by
 * name from the parsed document; the SDL is not validated (the Amplify directives are not
 * declared in it).
 */
import { sdlObject } from '@uibuilder-codegen/core';
import type { AuthRules, ModelFacts, ModelSchemaFacts, SdlValue } from '@uibuilder-codegen/core';
import type {
  ConstDirectiveNode,
  ConstValueNode,
  DocumentNode,
  FieldDefinitionNode,
  ObjectTypeDefinitionNode,
} from 'graphql';
import { Kind } from 'graphql/language/kinds.js';
import { valueFromASTUntyped } from 'graphql/utilities/valueFromASTUntyped.js';

/** The facts of the `@model` types in `documents` (one per file of a `schema/` folder). */
export function modelSchemaFactsOf(
  documents: readonly DocumentNode[],
  source: string,
): ModelSchemaFacts {
  const models: Record<string, ModelFacts> = {};
  const nonModels: Record<string, Pick<ModelFacts, 'listNullable'>> = {};
  for (const document of documents) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION) continue;
      const model = (definition.directives ?? []).find((d) => d.name.value === 'model');
      if (model === undefined) {
        if (!ROOT_TYPES.has(definition.name.value))
          nonModels[definition.name.value] = { listNullable: listNullableOf(definition.fields) };
        continue;
      }
      models[definition.name.value] = {
        ...modelFacts(definition.fields ?? []),
        modelArguments: argumentsOf(model),
        ...authOf(definition),
      };
    }
  }
  return { source, models, nonModels };
}

/** The custom operations' types, which are no non-models. */
const ROOT_TYPES: ReadonlySet<string> = new Set(['Query', 'Mutation', 'Subscription']);

/** For each list field, whether the list itself may be null (`[T]` or `[T]!`). */
function listNullableOf(fields: readonly FieldDefinitionNode[] = []): Record<string, boolean> {
  const listNullable: Record<string, boolean> = {};
  for (const field of fields) {
    const type = field.type;
    if (type.kind === Kind.LIST_TYPE) listNullable[field.name.value] = true;
    else if (type.kind === Kind.NON_NULL_TYPE && type.type.kind === Kind.LIST_TYPE)
      listNullable[field.name.value] = false;
  }
  return listNullable;
}

function modelFacts(fields: readonly FieldDefinitionNode[]): ModelFacts {
  const indexes: ModelFacts['indexes'][number][] = [];
  const hasManyIndexNames: Record<string, string> = {};
  let primaryKey: ModelFacts['primaryKey'];
  for (const field of fields) {
    const name = field.name.value;
    for (const directive of field.directives ?? []) {
      if (directive.name.value === 'primaryKey')
        primaryKey = {
          partitionKey: name,
          sortKeys: stringList(argument(directive, 'sortKeyFields')),
        };
      const indexName = stringValue(argument(directive, 'indexName'));
      if (directive.name.value === 'hasMany' && indexName !== undefined)
        hasManyIndexNames[name] = indexName;
      if (directive.name.value !== 'index') continue;
      const queryField = argument(directive, 'queryField');
      indexes.push({
        name: stringValue(argument(directive, 'name')),
        partitionKey: name,
        sortKeys: stringList(argument(directive, 'sortKeyFields')),
        queryField: queryField?.kind === Kind.NULL ? null : stringValue(queryField),
      });
    }
  }
  return {
    indexes,
    listNullable: listNullableOf(fields),
    hasManyIndexNames,
    ...(primaryKey === undefined ? {} : { primaryKey }),
  };
}

/** A directive's arguments as plain values, in source order (as AWS's modelgen reads them). */
function argumentsOf(directive: ConstDirectiveNode): Record<string, SdlValue> {
  return Object.fromEntries(
    (directive.arguments ?? []).map((a) => [
      a.name.value,
      valueFromASTUntyped(a.value) as SdlValue,
    ]),
  );
}

/** The rules of each of a type's `@auth` directives, when it has any. */
function authOf(type: ObjectTypeDefinitionNode): Pick<ModelFacts, 'auth'> {
  const auth = (type.directives ?? []).filter((d) => d.name.value === 'auth');
  if (auth.length === 0) return {};
  const rules = auth.map((directive): AuthRules => {
    const value = argumentsOf(directive)['rules'];
    const list: readonly SdlValue[] = Array.isArray(value) ? value : [value];
    return list.flatMap((rule): Readonly<Record<string, SdlValue>>[] => {
      const object = sdlObject(rule);
      return object === undefined ? [] : [object];
    });
  });
  return { auth: rules };
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
