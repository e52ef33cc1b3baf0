import type { DocumentNode } from 'graphql';

/** The deployed AppSync schema given beside the job, as `readDeployedSchema` returns it. */
export interface DeployedApiSchema {
  /** The SDL document, AWS scalars and directives declared. */
  readonly document: DocumentNode;
  /** Where it came from (a file path or `appsync:<apiId>`), for messages. */
  readonly source: string;
}
