/**
 * What the deployed AppSync schema has that the schema inferred from the job has not, and the
 * other way round (`inspect --api-schema`): types, fields (with their arguments) and enum values,
 * each with both sides' GraphQL type. Root fields only in the deployed schema are the operations
 * the job cannot describe (custom operations, renamed or custom index queries). The types every
 * deployed schema has and no operation uses are no difference.
 */
import type { SchemaIR } from '@uibuilder-codegen/transform';
import type { FieldDefinitionNode, InputValueDefinitionNode, TypeDefinitionNode } from 'graphql';
import { Kind, print } from '../graphql-language.js';
import { buildAppSyncSchemaDocument } from '../appsync-schema/build-appsync-schema.js';
import { apiSchemaFromDocument } from '../api-schema/api-schema.js';
import { UNUSED_DEPLOYED_TYPES } from '../appsync-schema/shared-inputs.js';
import type { DeployedApiSchema } from './deployed-api-schema.js';

/** One difference; `inferred` or `deployed` is absent where that side lacks the thing. */
export interface SchemaDifference {
  /** `type Post`, `Post.title`, `Query.echo`, `enum Status.DRAFT`. */
  readonly location: string;
  /** The thing as the job implies it (a field's signature, a type's kind), when it has it. */
  readonly inferred?: string;
  /** The same in the deployed API, when it has it. */
  readonly deployed?: string;
}

/** Every difference between the schema `ir` implies and `deployed`, in the deployed order. */
export function schemaDifferences(ir: SchemaIR, deployed: DeployedApiSchema): SchemaDifference[] {
  const inferred = apiSchemaFromDocument(buildAppSyncSchemaDocument(ir));
  const api = apiSchemaFromDocument(deployed.document);
  const differences: SchemaDifference[] = [];
  const names = [...new Set([...api.types, ...inferred.types].map((t) => t.name.value))].filter(
    (name) => !UNUSED_DEPLOYED_TYPES.has(name),
  );
  for (const name of names) {
    const ours = inferred.type(name);
    const theirs = api.type(name);
    if (ours === undefined || theirs === undefined || ours.kind !== theirs.kind) {
      differences.push({
        location: `type ${name}`,
        ...side('inferred', ours && kindWord(ours)),
        ...side('deployed', theirs && kindWord(theirs)),
      });
      continue;
    }
    differences.push(...memberDifferences(name, members(ours), members(theirs)));
  }
  return differences;
}

/**
 * What the model SDL changes in the schema the job implies (`inspect --model-schema`): the
 * differences between the schema of `jobOnly` (`inferred`) and that of `withModelSchema`
 * (`deployed`, the side the SDL makes exact).
 */
export function modelSchemaDifferences(
  jobOnly: SchemaIR,
  withModelSchema: SchemaIR,
): SchemaDifference[] {
  const document = buildAppSyncSchemaDocument(withModelSchema);
  return schemaDifferences(jobOnly, { document, source: 'the model SDL' });
}

function side(key: 'inferred' | 'deployed', value: string | undefined) {
  return value === undefined ? {} : { [key]: value };
}

/** A type's fields, input fields or enum values, each with its printed signature. */
function members(type: TypeDefinitionNode): Map<string, string> {
  switch (type.kind) {
    case Kind.OBJECT_TYPE_DEFINITION:
    case Kind.INTERFACE_TYPE_DEFINITION:
      return new Map((type.fields ?? []).map((f) => [f.name.value, fieldSignature(f)]));
    case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      return new Map((type.fields ?? []).map((f) => [f.name.value, print(f.type)]));
    case Kind.ENUM_TYPE_DEFINITION:
      return new Map((type.values ?? []).map((v) => [v.name.value, 'value']));
    default:
      return new Map();
  }
}

function fieldSignature(field: FieldDefinitionNode): string {
  const args = (field.arguments ?? []).map(
    (a: InputValueDefinitionNode) => `${a.name.value}: ${print(a.type)}`,
  );
  return `${args.length === 0 ? '' : `(${args.join(', ')})`}: ${print(field.type)}`;
}

function memberDifferences(
  type: string,
  ours: Map<string, string>,
  theirs: Map<string, string>,
): SchemaDifference[] {
  const differences: SchemaDifference[] = [];
  for (const name of new Set([...theirs.keys(), ...ours.keys()])) {
    const inferred = ours.get(name);
    const deployed = theirs.get(name);
    if (inferred !== deployed)
      differences.push({
        location: `${type}.${name}`,
        ...side('inferred', inferred),
        ...side('deployed', deployed),
      });
  }
  return differences;
}

function kindWord(type: TypeDefinitionNode): string {
  return type.kind
    .replace(/TypeDefinition$/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
}
