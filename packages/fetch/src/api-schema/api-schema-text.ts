/**
 * The deployed AppSync schema as a source gives it: SDL text (a `.graphql` file, AppSync's
 * `GetIntrospectionSchema` in SDL format), or the introspection result parsed from a JSON file
 * (`{ "data": { "__schema": … } }` or the bare `__schema`). `@uibuilder-codegen/emit`'s
 * `readDeployedSchema` turns either into the document the generators read.
 */
export type ApiSchemaInput =
  | { readonly sdl: string; readonly source: string }
  | { readonly introspection: unknown; readonly source: string };
