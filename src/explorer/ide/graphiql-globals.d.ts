/**
 * The few parts of the UMD builds the IDE page loads before its own script (React, ReactDOM,
 * GraphiQL with graphql-js as GraphiQL.GraphQL) that src/explorer/ide/ide.ts uses.
 */
declare namespace GraphiQLGlobals {
  type Element = object;
  interface GraphQLResult {
    data?: unknown;
    errors?: { message: string; extensions?: { code?: string } }[];
  }
  type Fetcher = (params: { query: string; operationName?: string | null; variables?: unknown }) => Promise<GraphQLResult>;
}

declare const React: {
  createElement(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]): GraphiQLGlobals.Element;
};

declare const ReactDOM: {
  createRoot(container: Element): { render(element: GraphiQLGlobals.Element): void };
};

declare const GraphiQL: {
  createFetcher(options: { url: string; headers?: Record<string, string> }): GraphiQLGlobals.Fetcher;
  GraphQL: {
    getIntrospectionQuery(): string;
    buildClientSchema(introspection: unknown): unknown;
  };
};
