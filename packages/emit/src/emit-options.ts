/** Options for {@link emitFiles}, beyond what the job's render config says. */
export interface EmitOptions {
  /** How deep selection sets go, counted as Amplify counts. @default 3 */
  readonly maxDepth?: number;
  /** Select `__typename` on every object (and keep it in the types). @default true */
  readonly typename?: boolean;
  /** Never re-enter a model already on the selection path. @default false */
  readonly pruneCycles?: boolean;
  /**
   * Also write the AppSync schema the models imply (SDL), at this path relative to the component
   * directory. @default undefined (not written)
   */
  readonly appSyncSchemaPath?: string;
}
