/**
 * The GraphQL IDE (GraphiQL, served by the API at /graphiql/ with React from node_modules, so it
 * works offline). It asks the API for its schema first: where introspection is off (production
 * without ALLOW_INTROSPECTION=true) it says so above the editor, which still runs queries, without
 * completion or documentation.
 */
const ENDPOINT = new URL('/graphql', window.location.origin).href;

const DEFAULT_QUERY = `# Run with the ▶ button or Ctrl-Enter.
# The book icon (left) documents every type and field.
{
  person(id: "amber-balcaen") {
    name
    nationality
    seasons { season { name } team { name } finalPosition points }
  }
}
`;

/** What the page says when the API refuses introspection. */
export const INTROSPECTION_OFF =
  'This API has introspection turned off (as NODE_ENV=production does), so the IDE cannot read the schema: ' +
  'no completion, no documentation, no checking as you type. Queries still run. ' +
  'To turn introspection on, start the API with ALLOW_INTROSPECTION=true.';

function banner(text: string, testId: string): HTMLElement {
  const element = document.createElement('p');
  element.className = 'ide-banner';
  element.setAttribute('role', 'status');
  element.dataset.testid = testId;
  element.textContent = text;
  return element;
}

async function start(): Promise<void> {
  const root = document.getElementById('graphiql');
  const notices = document.getElementById('ide-notices');
  if (!root || !notices) throw new Error('The IDE page lacks its #graphiql or #ide-notices element.');
  const fetcher = GraphiQL.createFetcher({ url: ENDPOINT });
  let schema: unknown = null;
  try {
    const settings = (await (await fetch('settings.json')).json()) as { introspection?: boolean };
    const answer = settings.introspection
      ? await fetcher({ query: GraphiQL.GraphQL.getIntrospectionQuery(), operationName: 'IntrospectionQuery' })
      : undefined;
    if (answer?.data) schema = GraphiQL.GraphQL.buildClientSchema(answer.data);
    else notices.append(banner(INTROSPECTION_OFF, 'introspection-off'));
  } catch (error) {
    notices.append(banner(`The API at ${ENDPOINT} did not answer (${String(error)}). Is it running?`, 'api-unreachable'));
  }
  document.body.dataset.schema = schema ? 'loaded' : 'none';
  // schema null: GraphiQL neither introspects again nor checks queries against a schema.
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, { fetcher, schema, defaultQuery: DEFAULT_QUERY, defaultEditorToolsVisibility: false }),
  );
}

void start();
