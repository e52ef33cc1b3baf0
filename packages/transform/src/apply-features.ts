/**
 * `applyFeatures`: `features.isRelationshipSupported = false` removes relationship fields (and the
 * relationship metadata of foreign-key scalars, which stay as plain scalars);
 * `isNonModelSupported = false` removes non-model fields and the non-models. Each removal is an info.
 */
import { diagnostic } from '@uibuilder-codegen/core';
import type { Diagnostic } from '@uibuilder-codegen/core';
import type { SchemaIR } from './ir.js';
import type { RawField, RawSchema } from './raw-schema.js';

/** Applies the job's feature flags to the raw schema. */
export function applyFeatures(
  raw: RawSchema,
  features: SchemaIR['features'],
): { raw: RawSchema; diagnostics: readonly Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const keep =
    (owner: string) =>
    (field: RawField): boolean => {
      if (!features.relationships && field.dataType === 'Model') {
        diagnostics.push(
          diagnostic('FieldDroppedByFeature', field.path, {
            owner: `${owner}.${field.name}`,
            flag: 'isRelationshipSupported',
          }),
        );
        return false;
      }
      if (!features.nonModels && field.dataType === 'NonModel') {
        diagnostics.push(
          diagnostic('FieldDroppedByFeature', field.path, {
            owner: `${owner}.${field.name}`,
            flag: 'isNonModelSupported',
          }),
        );
        return false;
      }
      return true;
    };
  const strip = (field: RawField): RawField =>
    features.relationships ? field : { ...field, relationship: undefined };
  const models = raw.models.map((m) => ({
    ...m,
    fields: m.fields.filter(keep(m.name)).map(strip),
  }));
  if (features.nonModels)
    return {
      raw: {
        ...raw,
        models,
        nonModels: raw.nonModels.map((n) => ({
          ...n,
          fields: n.fields.filter(keep(n.name)).map(strip),
        })),
      },
      diagnostics,
    };
  for (const n of raw.nonModels)
    diagnostics.push(diagnostic('NonModelDroppedByFeature', n.path, { name: n.name }));
  return { raw: { ...raw, models, nonModels: [] }, diagnostics };
}
