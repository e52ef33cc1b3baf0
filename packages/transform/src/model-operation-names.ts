/**
 * The root field names of a model's operations, as the transformer gives them: the defaults
 * (`get<M>`, `list<Plural>`, `create<M>`, ..., `onCreate<M>`, ...), or what the model SDL's
 * `@model(queries:, mutations:, subscriptions:)` renames or removes (`null`). An argument merges
 * with the defaults key by key, as the transformer's default parameters do
 * (`subscriptions: { onCreate: ["added"] }` keeps `onUpdate<M>`); a subscription exists only
 * while its mutation does, and `subscriptions: { level: off }` has none.
 */
import type { ModelIR } from './ir.js';
import type { SdlValue } from '@uibuilder-codegen/core';
import { listQueryName, subscriptionFieldName, upperFirst } from './names.js';
import { sdlObject, sdlProperty } from '@uibuilder-codegen/core';

/** Each role's field names (several for a subscription given a list; none when removed). */
export interface ModelOperationNames {
  readonly get: readonly string[];
  readonly list: readonly string[];
  readonly create: readonly string[];
  readonly update: readonly string[];
  readonly delete: readonly string[];
  readonly onCreate: readonly string[];
  readonly onUpdate: readonly string[];
  readonly onDelete: readonly string[];
}

/** The operation names of `model`, from its `@model` arguments when the model SDL gave them. */
export function modelOperationNames(model: ModelIR): ModelOperationNames {
  const type = upperFirst(model.name);
  const args = model.modelArguments ?? {};
  const queries = group(args, 'queries');
  const mutations = group(args, 'mutations');
  const subscriptions = group(args, 'subscriptions');
  const create = names(mutations, 'create', `create${type}`);
  const update = names(mutations, 'update', `update${type}`);
  const remove = names(mutations, 'delete', `delete${type}`);
  const subscribed = subscriptions !== null && sdlProperty(subscriptions, 'level') !== 'off';
  const on = (role: string, mutation: readonly string[]): string[] =>
    subscribed && mutation.length > 0
      ? names(subscriptions, role, subscriptionFieldName(`${role}${type}`))
      : [];
  return {
    get: names(queries, 'get', `get${type}`),
    list: names(queries, 'list', listQueryName(upperFirst(model.pluralName))),
    create,
    update,
    delete: remove,
    onCreate: on('onCreate', create),
    onUpdate: on('onUpdate', update),
    onDelete: on('onDelete', remove),
  };
}

type Group = Readonly<Record<string, SdlValue>> | null;

/** `@model(<key>: ...)`: `{}` when absent (all defaults), `null` when turned off. */
function group(args: Readonly<Record<string, SdlValue>>, key: string): Group {
  if (!Object.hasOwn(args, key)) return {};
  return sdlObject(args[key]) ?? null;
}

/** One role's names: the default when the group does not mention it, none when `null`. */
function names(group: Group, role: string, fallback: string): string[] {
  if (group === null) return [];
  const value = sdlProperty(group, role);
  if (value === undefined) return [fallback];
  const list: readonly SdlValue[] = Array.isArray(value) ? value : [value];
  return list.filter((name): name is string => typeof name === 'string');
}
