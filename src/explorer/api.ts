/**
 * The explorer's only way to the data: the public GraphQL endpoint of the server that served the
 * page, with the same queries any other client sends (no introspection, no private routes).
 */
const ENDPOINT = '/graphql';

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    message: string,
    readonly codes: string[] = [],
  ) {
    super(message);
  }
}

/**
 * Like query, but a NOT_FOUND error (an id that names nothing) is not a failure: the data comes
 * back with that field null, for the view to say "not found".
 */
export function queryAllowingNotFound<T>(document: string, variables: Record<string, unknown> = {}): Promise<T> {
  return query<T>(document, variables, ['NOT_FOUND']);
}

export async function query<T>(document: string, variables: Record<string, unknown> = {}, tolerated: string[] = []): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document, variables }),
    });
  } catch {
    throw new ApiError('The API cannot be reached.');
  }
  let body: GraphQLBody<T>;
  try {
    body = (await response.json()) as GraphQLBody<T>;
  } catch {
    throw new ApiError(`The API answered HTTP ${response.status} without a GraphQL response.`);
  }
  const tolerable = body.errors?.every((error) => tolerated.includes(error.extensions?.code ?? '')) ?? true;
  if (body.errors && body.errors.length > 0 && !(tolerable && body.data)) {
    const codes = body.errors.map((error) => error.extensions?.code ?? 'UNKNOWN');
    throw new ApiError(body.errors.map((error) => error.message).join(' '), codes);
  }
  if (!body.data) throw new ApiError(`The API answered HTTP ${response.status} without data.`);
  return body.data;
}

/** A page of a Relay connection, as far as walking it needs. */
export interface ConnectionPage<N> {
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

/**
 * Every item of a connection: `page(after)` asks for one page (null when its parent is not
 * there), walked with each page's endCursor until there is no next page. Null when the first page
 * had no parent.
 */
export async function walkConnection<N>(page: (after: string | null) => Promise<ConnectionPage<N> | null | undefined>): Promise<N[] | null> {
  const items: N[] = [];
  let after: string | null = null;
  for (let first = true; ; first = false) {
    const connection = await page(after);
    if (!connection) return first ? null : items;
    items.push(...connection.edges.map((edge) => edge.node));
    if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) return items;
    after = connection.pageInfo.endCursor;
  }
}
