/**
 * How the API serves the GraphQL IDE: GraphiQL and React from node_modules at /graphiql/, a
 * Content-Security-Policy allowing this origin only (and data: for GraphiQL's embedded fonts and
 * icons), browsers asking for /graphql sent there, and no Apollo landing page (a CDN) anywhere.
 */
import fs from 'node:fs';
import path from 'node:path';
import { useTestApi } from '../support/api';
import { cspDirectives } from '../support/csp';

const packageFile = (name: string, file: string) => path.join(path.dirname(require.resolve(`${name}/package.json`)), file);

/** What a browser sends when it opens an address. */
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('the GraphQL IDE, served by the API', () => {
  const api = useTestApi({ seeded: false });
  const origin = () => new URL(api().url).origin;

  test('a browser opening /graphql is sent to the IDE at /graphiql/', async () => {
    const response = await fetch(`${origin()}/graphql`, { headers: { accept: BROWSER_ACCEPT }, redirect: 'manual' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphiql/');
    const redirect = await fetch(`${origin()}/graphiql`, { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    expect(redirect.headers.get('location')).toBe('/graphiql/');
  });

  test("GraphQL clients still get GraphQL from GET /graphql, and browsers never get Apollo's CDN page", async () => {
    const query = encodeURIComponent('{ __typename }');
    const response = await fetch(`${origin()}/graphql?query=${query}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' }, extensions: expect.anything() });
    for (const accept of [BROWSER_ACCEPT, 'text/html']) {
      const page = await (await fetch(`${origin()}/graphql`, { headers: { accept } })).text();
      expect(page).not.toMatch(/apollographql\.com|embeddable-sandbox|unpkg\.com|jsdelivr/i);
      expect(page).toContain('<div id="graphiql">');
    }
  });

  test('the page loads only files of its own origin', async () => {
    const page = await fetch(`${origin()}/graphiql/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await page.text();
    const references = [...html.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((match) => match[1] as string);
    expect(references).toEqual(expect.arrayContaining(['assets/graphiql.min.js', 'assets/react.production.min.js', 'ide.js']));
    for (const reference of references) expect(reference).not.toMatch(/^(?:[a-z]+:)?\/\//i);
  });

  test('GraphiQL and React come from node_modules, byte for byte', async () => {
    const assets: [string, string, string][] = [
      ['graphiql.min.js', 'graphiql', 'graphiql.min.js'],
      ['graphiql.min.css', 'graphiql', 'graphiql.min.css'],
      ['react.production.min.js', 'react', 'umd/react.production.min.js'],
      ['react-dom.production.min.js', 'react-dom', 'umd/react-dom.production.min.js'],
    ];
    for (const [served, name, file] of assets) {
      const response = await fetch(`${origin()}/graphiql/assets/${served}`);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(packageFile(name, file)))).toBe(true);
    }
  });

  test("its Content-Security-Policy allows 'self', data: only for fonts and images, and one inline style by its hash", async () => {
    for (const file of ['', 'ide.js', 'ide.css', 'assets/graphiql.min.js']) {
      const response = await fetch(`${origin()}/graphiql/${file}`);
      expect(response.status).toBe(200);
      const policy = cspDirectives(response.headers.get('content-security-policy'));
      expect(policy.get('default-src')).toEqual(["'self'"]);
      expect(policy.get('script-src')).toEqual(["'self'"]);
      expect(policy.get('style-src')).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
      expect(policy.get('connect-src')).toEqual(["'self'"]);
      expect(policy.get('font-src')).toEqual(["'self'", 'data:']);
      expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
      const others = [...policy.entries()].filter(([name]) => !['font-src', 'img-src', 'style-src'].includes(name)).flatMap(([, sources]) => sources);
      expect(others.filter((source) => source !== "'self'" && source !== "'none'")).toEqual([]);
    }
  });

  test('nothing else is served under /graphiql/, and the IDE is not served under /explore/', async () => {
    for (const missing of ['/graphiql/nothing.js', '/graphiql/assets/react.development.js', '/graphiql/%2e%2e/package.json', '/explore/ide/index.html', '/explore/ide/ide.js']) {
      expect((await fetch(`${origin()}${missing}`)).status).toBe(404);
    }
  });
});
