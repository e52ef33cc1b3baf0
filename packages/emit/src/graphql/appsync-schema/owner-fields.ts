/**
 * The owner fields `@auth` owner rules add to the API (known from the model SDL, `model.auth`),
 * as the transformer deploys them (fixtures/real/owner-auth): an undeclared owner field
 * (`owner` by default) is appended to the type, its filter and its condition as `String` /
 * `ModelStringInput`; every owner field, declared or not, ends the subscription filter as a
 * `ModelStringInput` (not `ModelSubscriptionStringInput`) and becomes a `String` argument of the
 * model's subscriptions.
 */
import type { ModelIR } from '@uibuilder-codegen/transform';
import { ownerFieldOf } from '../../auth-rules.js';

/** One owner rule's field. */
export interface OwnerField {
  readonly name: string;
  /** The model declares a field of that name; else the transformer adds it. */
  readonly declared: boolean;
}

/** The owner fields of `model`'s `@auth` owner rules, each once, in rule order. */
export function ownerFields(model: ModelIR): OwnerField[] {
  const names: string[] = [];
  for (const rules of model.auth ?? []) {
    for (const rule of rules) {
      if (rule['allow'] !== 'owner') continue;
      const name = ownerFieldOf(rule);
      if (!names.includes(name)) names.push(name);
    }
  }
  return names.map((name) => ({ name, declared: model.fields.some((f) => f.name === name) }));
}
