/**
 * The inputs and enums every AppSync schema has (§1.10), and the ones it has only when used:
 * enum filter inputs, key-condition inputs and composite key-condition inputs.
 */
import type { DefinitionNode, InputValueDefinitionNode } from 'graphql';
import type { SchemaNeeds } from './schema-needs.js';
import { enumType, inputType, inputValue, listOf, namedType } from './sdl-nodes.js';

function scalarFields(type: string, names: readonly string[]): InputValueDefinitionNode[] {
  return names.map((name) => {
    if (name === 'between' || name === 'in' || name === 'notIn')
      return inputValue(name, listOf(namedType(type)));
    if (name === 'attributeExists') return inputValue(name, namedType('Boolean'));
    if (name === 'attributeType') return inputValue(name, namedType('ModelAttributeTypes'));
    if (name === 'size') return inputValue(name, namedType('ModelSizeInput'));
    return inputValue(name, namedType(type));
  });
}

const COMPARISONS = ['ne', 'eq', 'le', 'lt', 'ge', 'gt'];
const STRING_FILTER = [...COMPARISONS, 'contains', 'notContains', 'between', 'beginsWith'];
const ATTRIBUTE = ['attributeExists', 'attributeType'];

/**
 * Types the transformer deploys in every schema that no operation uses (§1.10:
 * `AmplifyAIConversationTurnErrorInput`, from its AI conversation support). Our schema leaves them
 * out, so nothing we generate declares them; comparisons with a deployed schema skip them.
 */
export const UNUSED_DEPLOYED_TYPES: ReadonlySet<string> = new Set([
  'AmplifyAIConversationTurnErrorInput',
]);

/** The always-present shared inputs and enums, in AWS's order. */
export function sharedDefinitions(): DefinitionNode[] {
  return [
    inputType('ModelStringInput', scalarFields('String', [...STRING_FILTER, ...ATTRIBUTE, 'size'])),
    inputType('ModelIntInput', scalarFields('Int', [...COMPARISONS, 'between', ...ATTRIBUTE])),
    inputType('ModelFloatInput', scalarFields('Float', [...COMPARISONS, 'between', ...ATTRIBUTE])),
    inputType('ModelBooleanInput', scalarFields('Boolean', ['ne', 'eq', ...ATTRIBUTE])),
    inputType('ModelIDInput', scalarFields('ID', [...STRING_FILTER, ...ATTRIBUTE, 'size'])),
    inputType(
      'ModelSubscriptionStringInput',
      scalarFields('String', [...STRING_FILTER, 'in', 'notIn']),
    ),
    inputType(
      'ModelSubscriptionIntInput',
      scalarFields('Int', [...COMPARISONS, 'between', 'in', 'notIn']),
    ),
    inputType(
      'ModelSubscriptionFloatInput',
      scalarFields('Float', [...COMPARISONS, 'between', 'in', 'notIn']),
    ),
    inputType('ModelSubscriptionBooleanInput', scalarFields('Boolean', ['ne', 'eq'])),
    inputType('ModelSubscriptionIDInput', scalarFields('ID', [...STRING_FILTER, 'in', 'notIn'])),
    enumType('ModelAttributeTypes', [
      'binary',
      'binarySet',
      'bool',
      'list',
      'map',
      'number',
      'numberSet',
      'string',
      'stringSet',
      '_null',
    ]),
    inputType('ModelSizeInput', scalarFields('Int', [...COMPARISONS, 'between'])),
    enumType('ModelSortDirection', ['ASC', 'DESC']),
  ];
}

/** `Model<E>Input` and `Model<E>ListInput` for the enums the filters use. */
export function enumFilterDefinitions(needs: SchemaNeeds): DefinitionNode[] {
  return [
    ...[...needs.enumInputs].map((e) =>
      inputType(`Model${e}Input`, [inputValue('eq', namedType(e)), inputValue('ne', namedType(e))]),
    ),
    ...[...needs.enumListInputs].map((e) =>
      inputType(`Model${e}ListInput`, [
        inputValue('eq', listOf(namedType(e))),
        inputValue('ne', listOf(namedType(e))),
        inputValue('contains', namedType(e)),
        inputValue('notContains', namedType(e)),
      ]),
    ),
  ];
}

const KEY_CONDITION = /^Model(String|ID|Int|Float)KeyConditionInput$/;

/** The key-condition and composite key-condition inputs used, placed last as AWS does. */
export function keyConditionDefinitions(needs: SchemaNeeds): DefinitionNode[] {
  const simple = [...needs.keyConditions].map((name) => {
    const scalar = KEY_CONDITION.exec(name)?.[1];
    if (scalar === undefined) throw new Error(`AppSync schema: unknown key condition ${name}`);
    const begins = scalar === 'String' || scalar === 'ID' ? ['beginsWith'] : [];
    return inputType(
      name,
      scalarFields(scalar, ['eq', 'le', 'lt', 'ge', 'gt', 'between', ...begins]),
    );
  });
  const composite = [...needs.compositeKeys.values()].flatMap((need) => [
    inputType(
      need.conditionName,
      scalarFields(need.keyInputName, ['eq', 'le', 'lt', 'ge', 'gt', 'between', 'beginsWith']),
    ),
    inputType(
      need.keyInputName,
      need.fields.map((f) => inputValue(f.name, namedType(f.typeName))),
    ),
  ]);
  return [...simple, ...composite];
}
