// A client typed like amplify-js v6 `generateClient().graphql()`: it infers the variables and the
// result from the brand properties of a generated statement.
export type Branded<V, R> = string &
  (
    | { __generatedQueryInput: V; __generatedQueryOutput: R }
    | { __generatedMutationInput: V; __generatedMutationOutput: R }
    | { __generatedSubscriptionInput: V; __generatedSubscriptionOutput: R }
  );

export declare function graphql<V, R>(options: {
  query: Branded<V, R>;
  variables: V;
}): Promise<{ data: R }>;
